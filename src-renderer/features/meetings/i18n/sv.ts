import type { Dictionary } from '../../../i18n/fi';

export const meetingsSv: Dictionary['meetings'] = {
  title: 'Möten',
};
