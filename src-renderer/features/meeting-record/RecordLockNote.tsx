import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { MeetingDetail } from '../../../src-main/api/contract/index';
import { useI18n } from '../../i18n/use-i18n';

/** A cancelled meeting has no record, and an approved record stands (corrected by a new decision). */
export const recordIsOpen = (meeting: Pick<MeetingDetail, 'status'>) => meeting.status !== 'cancelled' && meeting.status !== 'record_approved';

/** Says why the record cannot be changed, when it cannot. */
export function RecordLockNote({ meeting }: { meeting: Pick<MeetingDetail, 'status' | 'number'> }) {
  const { t, format } = useI18n();
  if (recordIsOpen(meeting)) return null;
  const text = meeting.status === 'cancelled' ? t.meetingRecord.readOnlyCancelled : format(t.meetingRecord.readOnlyApproved, { number: meeting.number });
  return (
    <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
      {text}
    </Alert>
  );
}
