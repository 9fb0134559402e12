import type { Dictionary } from '../../../i18n/fi';

export const backupsEn: Dictionary['backups'] = {
  title: 'Backups',
  description:
    'Kotoverkko backs up the open network once a day and keeps the last seven days and the last four weeks. A copy is also always taken before the file is upgraded to a new version and before a restore.',
  where: 'The backups are kept on this computer, not in the network file’s folder.',
  tableLabel: 'The network’s backups',
  none: 'There are no backups of this network yet.',
  takenAt: 'Taken',
  kind: 'Kind',
  size: 'Size',
  kinds: {
    daily: 'Daily',
    weekly: 'Weekly',
    'pre-upgrade': 'Before upgrade',
    'pre-restore': 'Before restore',
  },
  sizeKb: '{size} kB',
  sizeMb: '{size} MB',
  restore: 'Restore…',
  restoreLabel: 'Restore the backup of {date} ({kind})',
  readOnly: 'The file is open read-only, so no backup can be restored.',
  confirmTitle: 'Restore this backup?',
  confirmText: 'The network goes back to how it was on {date} ({kind}). Changes made since then are not in the restored network.',
  confirmKeep: 'A “Before restore” copy of the network as it is now is taken first, so the restore can be undone by restoring that copy.',
  confirm: 'Restore backup',
  restoring: 'Restoring…',
  restored: 'The backup of {date} was restored. The earlier state is kept as a “Before restore” copy.',
};
