import type { Dictionary } from '../../../i18n/fi';

export const matricesEn: Dictionary['matrices'] = {
  listTitle: 'Responsibility matrices',
};
