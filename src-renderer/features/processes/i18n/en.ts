import type { Dictionary } from '../../../i18n/fi';

export const processesEn: Dictionary['processes'] = {
  mapTitle: 'Process map',
};
