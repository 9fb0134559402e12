import { Alert, Button, Group, List, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconCalendarEvent, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import type { MeetingDetail } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { toApiError } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { AppModal } from '../../components/AppModal';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { copyText } from './copy-text';
import { useMeetingExport } from './use-meeting-export';
import { WarningAlert } from './WarningAlert';

interface Props {
  meeting: MeetingDetail;
  onClose: () => void;
  onChange: (meeting: MeetingDetail) => void;
  onReload: () => void;
}

/**
 * The invitation as it is sent: the text to paste into an e-mail, the invitees' addresses as one
 * line for Outlook's To field (problems listed, nothing dropped silently) and the calendar file.
 * While the meeting is only planned, the footer records that the invitation was sent.
 */
export function InvitationModal({ meeting, onClose, onChange, onReload }: Props) {
  const { t, locale, format } = useI18n();
  const ti = t.meetings.invitation;
  const ta = t.meetings.actions;
  const notify = useNotify();
  const invitation = useApiQuery('meetings.invitation', { meetingId: meeting.id, lang: locale });
  const exporter = useMeetingExport();
  const [marking, setMarking] = useState(false);
  const [copyStatus, setCopyStatus] = useState('');

  const copy = async (text: string) => {
    const copied = await copyText(text);
    setCopyStatus(copied ? ti.copied : ti.copyFailed);
  };

  const markInvited = async () => {
    setMarking(true);
    try {
      const next = await call('meetings.markInvited', { meetingId: meeting.id, expectedVersion: meeting.rowVersion });
      onChange(next);
      notify.success(ta.invited);
    } catch (error) {
      notify.actionError(error, onReload);
    } finally {
      setMarking(false);
    }
  };

  const data = invitation.data;
  const cancelled = meeting.status === 'cancelled';
  return (
    <AppModal opened onClose={onClose} title={ti.title} size="xl">
      <Stack gap="md">
        <Text size="sm">{ti.intro}</Text>
        {invitation.error ? <FormErrorAlert error={toApiError(invitation.error, locale)} /> : null}
        {!data && !invitation.error && <LoadingState label={ti.loading} />}
        {data && (
          <>
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <TextInput label={ti.subject} value={data.subject} readOnly style={{ flex: 1 }} />
              <Button variant="default" leftSection={<IconCopy size={16} aria-hidden />} onClick={() => void copy(data.subject)}>
                {ti.copySubject}
              </Button>
            </Group>
            <Stack gap={4}>
              <Textarea label={ti.body} value={data.body} readOnly autosize minRows={6} maxRows={14} styles={{ input: { fontFamily: 'inherit' } }} />
              <Group>
                <Button variant="default" leftSection={<IconCopy size={16} aria-hidden />} onClick={() => void copy(data.body)}>
                  {ti.copyBody}
                </Button>
              </Group>
            </Stack>
            {meeting.invitees.length === 0 ? (
              <WarningAlert>
                {ti.noInvitees}
              </WarningAlert>
            ) : (
              <Group align="flex-end" gap="xs" wrap="nowrap">
                <Textarea label={ti.outlookLine} description={ti.outlookDescription} value={data.outlookLine} readOnly autosize minRows={2} maxRows={5} style={{ flex: 1 }} />
                <Button variant="default" leftSection={<IconCopy size={16} aria-hidden />} onClick={() => void copy(data.outlookLine)}>
                  {ti.copyLine}
                </Button>
              </Group>
            )}
            {data.addressProblems.length > 0 && (
              <WarningAlert title={ti.problemsTitle}>
                <List size="sm" spacing={2}>
                  {data.addressProblems.map((problem, index) => (
                    <List.Item key={`${problem.name}-${index}`}>{format(ti.problems[problem.problem], { name: problem.name, email: problem.email ?? '' })}</List.Item>
                  ))}
                </List>
              </WarningAlert>
            )}
            <Text role="status" size="sm" c="dimmed" aria-live="polite">
              {copyStatus}
            </Text>
          </>
        )}
        {meeting.status === 'planned' && (
          <Alert color="kotoBlue" variant="light">
            {ta.markInvitedText}
          </Alert>
        )}
        <Group justify="space-between">
          <Button
            variant="outline"
            leftSection={<IconCalendarEvent size={18} aria-hidden />}
            loading={exporter.running === 'ics'}
            onClick={() => void exporter.run('ics', () => call('exports.meetingIcs', { meetingId: meeting.id, lang: locale }))}
          >
            {cancelled ? ti.downloadCancellation : ti.downloadIcs}
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {t.common.close}
            </Button>
            {meeting.status === 'planned' && (
              <Button loading={marking} onClick={() => void markInvited()}>
                {ta.confirmInvited}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </AppModal>
  );
}
