import { listNetworkBackups, restoreNetworkBackup } from '../../session/network-backups.js';
import type { backupsContract } from '../contract/backups.js';
import type { HandlersFor } from './handler-context.js';

export const backupHandlers: HandlersFor<typeof backupsContract> = {
  'backups.list': async (_input, { session }) => {
    const backups = await listNetworkBackups(session.requireNetwork(), session.options.backupDirectory);
    return backups.map(({ name, kind, takenAt, date, size }) => ({ name, kind, takenAt, date, size }));
  },

  'backups.restore': async ({ name }, { session }) => restoreNetworkBackup(session, name),
};
