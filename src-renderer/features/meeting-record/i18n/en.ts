import type { Dictionary } from '../../../i18n/fi';

export const meetingRecordEn: Dictionary['meetingRecord'] = {
  title: 'Meeting record',
};
