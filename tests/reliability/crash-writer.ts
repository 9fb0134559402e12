/**
 * The child of the crash-safety test: opens a network file the way every door does (an AppSession,
 * `openNetworkFile` underneath) and writes through `dispatch` until it is killed. After each write
 * has committed it prints one line, so the parent knows exactly which writes were acknowledged.
 *
 *   node --import tsx tests/reliability/crash-writer.ts <network file> <run tag>
 *
 * Lines: `P <processId>`, `A <actorId>`, `N <processId> <node name>`,
 * `C <versionId> <rowVersion> <taskId> <actorId> <letter|->`; `ready` once the file is open.
 */
import { dirname, join } from 'node:path';
import { dispatch } from '../../src-main/api/dispatch.js';
import type { InputOf, MethodName, ResultOf } from '../../src-main/api/contract/index.js';
import { APP_VERSION } from '../../src-main/app-version.js';
import { systemClock } from '../../src-main/domain/shared/clock.js';
import { AppSession } from '../../src-main/session/app-session.js';
import { FolderFileHost } from '../../src-main/session/folder-file-host.js';
import { SettingsStore } from '../../src-main/session/settings-store.js';

const [file, tag] = process.argv.slice(2);
if (!file || !tag) throw new Error('usage: crash-writer <network file> <run tag>');

const LETTERS = ['R', 'A', 'C', 'I', null] as const;

async function call<M extends MethodName>(session: AppSession, method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const answer = await dispatch(session, method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.code}: ${answer.error.message}`);
  return answer.result as ResultOf<M>;
}

/** One line per acknowledged write; written synchronously so a kill right after cannot lose it. */
function acknowledge(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const dir = dirname(file!);
  const settings = new SettingsStore(null);
  await settings.update({ userName: 'Kaatuja', uiLanguage: 'fi' });
  const session = new AppSession({
    door: 'cli',
    clock: systemClock,
    settings,
    fileHost: new FolderFileHost(dir, join(dir, 'demo.kotoverkko')),
    backupDirectory: join(dir, 'backups'),
    version: APP_VERSION,
  });
  await session.openFile(file!);
  acknowledge('ready');

  // A draft matrix of the demo to type letters into (the first run makes one from the demo's process).
  const summaries = await call(session, 'matrices.list', {});
  const draft = summaries.find((summary) => !summary.archived && summary.latestVersion.status === 'draft');
  const view = draft
    ? await call(session, 'matrices.get', { matrixId: draft.id })
    : await call(session, 'matrices.create', { name: { fi: 'Kaatumistestin vastuumatriisi' }, processId: summaries[0]?.processId ?? null });
  if (view.tasks.length === 0 || view.columns.length === 0) throw new Error('the crash-test matrix has no cells to set');
  const versionId: string = view.version.id;
  let rowVersion: number = view.version.rowVersion;
  const tasks: string[] = view.tasks.map((task) => task.id);
  const actors: string[] = view.columns.map((column) => column.actorId);

  // Each run adds its own process so the steps of one process stay few (a process detail draws its chart).
  const created = await call(session, 'processes.create', { name: { fi: `Kaatumistesti ${tag}` } });
  const processId: string = created.id;
  acknowledge(`P ${processId}`);

  for (let i = 0; ; i++) {
    switch (i % 3) {
      case 0: {
        const actor = await call(session, 'actors.create', {
          name: { fi: `Kaatuja ${tag}-${i}` },
          type: 'municipality',
          isPublicAuthority: true,
          businessId: null,
          municipality: null,
          website: null,
          notes: null,
        });
        acknowledge(`A ${actor.id}`);
        break;
      }
      case 1: {
        const name = `Askel ${tag}-${i}`;
        await call(session, 'processNodes.create', { processId, fields: { kind: 'step', name: { fi: name } } });
        acknowledge(`N ${processId} ${name}`);
        break;
      }
      default: {
        const taskId = tasks[i % tasks.length]!;
        const actorId = actors[(i * 7) % actors.length]!;
        const letter = LETTERS[i % LETTERS.length]!;
        const result = await call(session, 'matrices.setCells', { versionId, expectedVersion: rowVersion, cells: [{ taskId, actorId, letter }] });
        rowVersion = result.versionRowVersion;
        acknowledge(`C ${versionId} ${rowVersion} ${taskId} ${actorId} ${letter ?? '-'}`);
      }
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`crash-writer: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(2);
});
