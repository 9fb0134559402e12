import type { Dictionary } from '../../../i18n/fi';

export const historySv: Dictionary['history'] = {
  title: 'Ändringshistorik',
  intro: 'Vem ändrade vad och när. Den senaste ändringen kan ångras om uppgiften inte har ändrats efter den.',
  none: 'Inga ändringar.',
  loadFailed: 'Ändringshistoriken kunde inte laddas.',
  when: 'Tid',
  who: 'Ändrad av',
  what: 'Ändring',
  operations: { create: 'Tillagd', update: 'Ändrad', archive: 'Arkiverad', restore: 'Återställd', delete: 'Borttagen' },
  fieldChange: '{field}: {before} → {after}',
  empty: '(tom)',
  noFields: 'inga synliga fältändringar',
  undoLast: 'Ångra senaste ändringen',
  confirmTitle: 'Ångra den senaste ändringen?',
  confirmText: 'Ändringen ({operation}, {who}, {when}) ångras och uppgiften återställs. Ångrandet förs in i historiken som en egen ändring.',
  confirm: 'Ångra ändringen',
  undone: 'Den senaste ändringen ångrades.',
};
