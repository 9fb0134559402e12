import type { Dictionary } from '../../../i18n/fi';

export const meetingsEn: Dictionary['meetings'] = {
  title: 'Meetings',
};
