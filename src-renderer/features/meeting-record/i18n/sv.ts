import type { Dictionary } from '../../../i18n/fi';

export const meetingRecordSv: Dictionary['meetingRecord'] = {
  title: 'Mötets anteckningar',
};
