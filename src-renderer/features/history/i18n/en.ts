import type { Dictionary } from '../../../i18n/fi';

export const historyEn: Dictionary['history'] = {
  title: 'History',
  intro: 'Who changed what, and when. The last change can be undone if nothing has changed since.',
  none: 'No changes.',
  loadFailed: 'The history could not be loaded.',
  when: 'When',
  who: 'By',
  what: 'Change',
  operations: { create: 'Added', update: 'Changed', archive: 'Archived', restore: 'Restored', delete: 'Removed' },
  fieldChange: '{field}: {before} → {after}',
  empty: '(empty)',
  noFields: 'no visible field changes',
  undoLast: 'Undo last change',
  confirmTitle: 'Undo the last change?',
  confirmText: 'The change ({operation}, {who}, {when}) is undone and the item is restored. The undo is recorded in the history as a change of its own.',
  confirm: 'Undo the change',
  undone: 'The last change was undone.',
};
