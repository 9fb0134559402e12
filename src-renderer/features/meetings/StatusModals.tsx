import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { MeetingDetail } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { toApiError } from '../../api/errors';
import type { ApiError } from '../../../src-main/api/contract/api-error';
import { useApiQuery } from '../../api/use-api-query';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { DateField } from '../../components/DateField';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { FormFooter } from '../../components/FormFooter';
import { localToday } from '../../components/local-today';
import { useI18n } from '../../i18n/use-i18n';

interface Props {
  meeting: MeetingDetail;
  onClose: () => void;
  onSaved: (meeting: MeetingDetail) => void;
  onReload: () => void;
}

/** Cancelling asks first: the meeting stays with its agenda, but its items lose their numbers. */
export function CancelMeetingModal({ meeting, onClose, onSaved, onReload }: Props) {
  const { t, locale, format } = useI18n();
  const ta = t.meetings.actions;
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const confirm = async () => {
    setSaving(true);
    setError(null);
    try {
      onSaved(await call('meetings.cancel', { meetingId: meeting.id, expectedVersion: meeting.rowVersion }));
    } catch (failure) {
      setError(toApiError(failure, locale));
    } finally {
      setSaving(false);
    }
  };
  return (
    <AppModal opened onClose={onClose} title={ta.cancelTitle} size="lg">
      <Stack gap="md">
        <Text size="sm">{format(ta.cancelText, { number: meeting.number })}</Text>
        {meeting.invitationSentAt && <Text size="sm">{ta.cancelInvitedText}</Text>}
        <FormErrorAlert error={error} onReload={onReload} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {ta.keep}
          </Button>
          <Button color="red.9" loading={saving} onClick={() => void confirm()}>
            {ta.confirmCancel}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

/** The record approved: on a date, by a later meeting or (for minutes) by the minute-checkers. */
export function ApproveRecordModal({ meeting, onClose, onSaved, onReload }: Props) {
  const { t, locale } = useI18n();
  const ta = t.meetings.actions;
  const [approvedOn, setApprovedOn] = useState(localToday);
  const [byMeeting, setByMeeting] = useState('');
  const later = useApiQuery('meetings.list', { lang: locale, body: meeting.workingGroupId ?? 'network', from: meeting.date });
  const candidates = (later.data ?? []).filter((candidate) => candidate.id !== meeting.id && candidate.status !== 'cancelled' && candidate.startsAt > meeting.startsAt);
  const { errors, formError, saving, submit } = useContractSubmit({
    method: 'meetings.setStatus',
    fields: ['recordApprovedOn', 'recordApprovedByMeetingId'],
    locale,
    onSaved,
    focusServerErrors: true,
  });
  const title = meeting.recordKind === 'minutes' ? ta.approveMinutes : ta.approveMemo;
  return (
    <AppModal opened onClose={onClose} title={title} size="lg">
      <form
        noValidate
        aria-label={title}
        onSubmit={(event) =>
          void submit(event, {
            meetingId: meeting.id,
            expectedVersion: meeting.rowVersion,
            status: 'record_approved',
            recordApprovedOn: approvedOn || null,
            recordApprovedByMeetingId: byMeeting || null,
          })
        }
      >
        <Stack gap="md">
          <DateField label={ta.approvedOn} withAsterisk value={approvedOn} onChange={setApprovedOn} error={errors.recordApprovedOn} />
          <NativeSelect
            label={ta.approvedBy}
            value={byMeeting}
            onChange={(event) => setByMeeting(event.currentTarget.value)}
            data={[{ value: '', label: ta.approvedByNone }, ...candidates.map((candidate) => ({ value: candidate.id, label: `${candidate.number} ${candidate.title}` }))]}
            error={errors.recordApprovedByMeetingId}
          />
          <FormFooter error={formError} onReload={onReload} saving={saving} onCancel={onClose} submitLabel={title} />
        </Stack>
      </form>
    </AppModal>
  );
}
