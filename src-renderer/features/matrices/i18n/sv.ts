import type { Dictionary } from '../../../i18n/fi';

export const matricesSv: Dictionary['matrices'] = {
  listTitle: 'Ansvarsmatriser',
};
