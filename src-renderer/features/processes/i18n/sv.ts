import type { Dictionary } from '../../../i18n/fi';

export const processesSv: Dictionary['processes'] = {
  mapTitle: 'Processkarta',
};
