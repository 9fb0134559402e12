import { Anchor, Badge, Button, Group, Menu, Stack, Tabs, Text } from '@mantine/core';
import { IconArrowLeft, IconCheck, IconChevronDown, IconMail, IconPencil, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { MeetingDetail } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { toApiError } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { hrefFor } from '../../app/router';
import { useOpenFile } from '../../app/SessionContext';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LanguageMarkedText } from '../../components/LanguageMarkedText';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { HistoryPanel } from '../history/HistoryPanel';
import { ActionItemsPanel } from '../meeting-record/ActionItemsPanel';
import { AttendancePanel } from '../meeting-record/AttendancePanel';
import { ConfirmModal } from '../meeting-record/ConfirmModal';
import { DecisionsPanel } from '../meeting-record/DecisionsPanel';
import { AgendaPanel } from './AgendaPanel';
import { DocumentsPanel } from './DocumentsPanel';
import { InvitationModal } from './InvitationModal';
import { InviteesPanel } from './InviteesPanel';
import { MeetingDetailsSection } from './MeetingDetailsSection';
import { MeetingFormModal } from './MeetingFormModal';
import { MeetingStatusBadge } from './MeetingStatusBadge';
import { ApproveRecordModal, CancelMeetingModal } from './StatusModals';

/** One meeting: its status and actions, details, agenda, invitees, record and documents. */
export function MeetingPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const query = useApiQuery('meetings.get', { meetingId: id, lang: locale });
  // A write answers with the whole meeting: shown at once, until the refreshed read arrives.
  const [meeting, setMeeting] = useState<MeetingDetail | null>(null);
  useEffect(() => {
    if (query.data) setMeeting(query.data);
  }, [query.data]);
  const shown = meeting?.id === id ? meeting : null;
  if (!shown) {
    return (
      <Stack gap="md">
        <BackLink />
        <PageTitle documentTitle={t.meetings.title}>{query.error ? t.meetings.loadFailed : t.common.loading}</PageTitle>
        {query.error ? <FormErrorAlert error={toApiError(query.error, locale)} /> : <LoadingState label={t.common.loading} />}
      </Stack>
    );
  }
  return <MeetingWorkspace meeting={shown} onChange={setMeeting} reload={query.reload} />;
}

function BackLink() {
  const { t } = useI18n();
  return (
    <Anchor href={hrefFor({ name: 'meetings' })} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t.meetings.backToList}
      </Group>
    </Anchor>
  );
}

type Modal = 'edit' | 'invitation' | 'approve' | 'cancel' | 'backToPlanned' | null;

function MeetingWorkspace({ meeting, onChange, reload }: { meeting: MeetingDetail; onChange: (meeting: MeetingDetail) => void; reload: () => void }) {
  const { t, format } = useI18n();
  const tm = t.meetings;
  const ta = tm.actions;
  const file = useOpenFile();
  const notify = useNotify();
  const [modal, setModal] = useState<Modal>(null);
  const [tab, setTab] = useState<string | null>('agenda');
  const closeModal = () => setModal(null);
  const writable = !file.readOnly;
  const cancelled = meeting.status === 'cancelled';
  const approveLabel = meeting.recordKind === 'minutes' ? ta.approveMinutes : ta.approveMemo;
  // A sent invitation stays sent: "back" then means invited, and the label says so.
  const backLabel = meeting.invitationSentAt ? ta.backToInvited : ta.backToPlanned;

  const setStatus = async (status: 'planned' | 'held', message: string) => {
    try {
      onChange(await call('meetings.setStatus', { meetingId: meeting.id, expectedVersion: meeting.rowVersion, status }));
      notify.success(message);
    } catch (error) {
      notify.actionError(error, reload);
    }
  };

  /** Back to not yet held: asked first, as it also takes back an approved record. */
  const backToPlanned = async () => {
    const next = await call('meetings.setStatus', { meetingId: meeting.id, expectedVersion: meeting.rowVersion, status: 'planned' });
    closeModal();
    onChange(next);
    notify.success(next.status === 'invited' ? ta.invitedAgain : ta.planned);
  };

  const afterModal = (message: string) => (next: MeetingDetail) => {
    closeModal();
    onChange(next);
    notify.success(message);
  };

  const panelProps = { meeting, onChange };
  return (
    <Stack gap="lg">
      <BackLink />
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6}>
          <PageTitle documentTitle={`${meeting.number} ${meeting.title}`}>
            {meeting.number} <LanguageMarkedText text={meeting.title} language={meeting.titleLanguage} />
          </PageTitle>
          <Group gap="xs">
            <MeetingStatusBadge status={meeting.status} recordKind={meeting.recordKind} size="lg" />
            <Badge variant="outline" color="dark" tt="none">
              {tm.kinds[meeting.kind]}
            </Badge>
            <Text size="sm" c="dimmed">
              {meeting.workingGroupName ?? tm.network}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs" role="group" aria-label={ta.label}>
          {meeting.status !== 'planned' && (
            <Button variant={meeting.status === 'invited' ? 'default' : 'outline'} leftSection={<IconMail size={18} aria-hidden />} onClick={() => setModal('invitation')}>
              {ta.showInvitation}
            </Button>
          )}
          {writable && !cancelled && (
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" rightSection={<IconChevronDown size={16} aria-hidden />}>
                  {t.common.actions}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {(meeting.status === 'held' || meeting.status === 'record_approved') && (
                  <Menu.Item onClick={() => setModal('backToPlanned')}>{backLabel}</Menu.Item>
                )}
                {meeting.status !== 'held' && meeting.status !== 'record_approved' && (
                  <Menu.Item color="red.9" leftSection={<IconX size={16} aria-hidden />} onClick={() => setModal('cancel')}>
                    {ta.cancel}
                  </Menu.Item>
                )}
              </Menu.Dropdown>
            </Menu>
          )}
          {/* The primary step of the meeting's status comes last, on the right, as in the app's dialogs. */}
          {meeting.status === 'planned' && writable && (
            <Button leftSection={<IconMail size={18} aria-hidden />} onClick={() => setModal('invitation')}>
              {ta.markInvited}
            </Button>
          )}
          {meeting.status === 'invited' && writable && (
            <Button leftSection={<IconCheck size={18} aria-hidden />} onClick={() => void setStatus('held', ta.held)}>
              {ta.markHeld}
            </Button>
          )}
          {meeting.status === 'held' && writable && (
            <Button leftSection={<IconCheck size={18} aria-hidden />} onClick={() => setModal('approve')}>
              {approveLabel}
            </Button>
          )}
        </Group>
      </Group>

      {cancelled && <Text c="red.9">{tm.page.cancelledNote}</Text>}

      <MeetingDetailsSection
        meeting={meeting}
        actions={
          writable && !cancelled ? (
            <Button size="xs" variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setModal('edit')}>
              {tm.page.editDetails}
            </Button>
          ) : undefined
        }
      />

      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="agenda">{tm.page.tabAgenda}</Tabs.Tab>
          <Tabs.Tab value="invitees">{tm.page.tabInvitees}</Tabs.Tab>
          <Tabs.Tab value="attendance">{tm.page.tabAttendance}</Tabs.Tab>
          <Tabs.Tab value="decisions">{tm.page.tabDecisions}</Tabs.Tab>
          <Tabs.Tab value="actionItems">{tm.page.tabActionItems}</Tabs.Tab>
          <Tabs.Tab value="documents">{tm.page.tabDocuments}</Tabs.Tab>
          <Tabs.Tab value="history">{t.history.title}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="agenda" pt="md">
          <AgendaPanel meeting={meeting} canEdit={writable && !cancelled} onChange={onChange} onReload={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="invitees" pt="md">
          <InviteesPanel meeting={meeting} canEdit={writable && !cancelled} onChange={onChange} onReload={reload} />
        </Tabs.Panel>
        <Tabs.Panel value="attendance" pt="md">
          <AttendancePanel {...panelProps} />
        </Tabs.Panel>
        <Tabs.Panel value="decisions" pt="md">
          <DecisionsPanel {...panelProps} />
        </Tabs.Panel>
        <Tabs.Panel value="actionItems" pt="md">
          <ActionItemsPanel {...panelProps} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryPanel entityType="meeting" entityId={meeting.id} canEdit={writable} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <DocumentsPanel meeting={meeting} />
        </Tabs.Panel>
      </Tabs>

      {modal === 'edit' && <MeetingFormModal meeting={meeting} onClose={closeModal} onSaved={afterModal(tm.form.saved)} onReload={reload} />}
      {modal === 'invitation' && <InvitationModal meeting={meeting} onClose={closeModal} onChange={onChange} onReload={reload} />}
      {modal === 'approve' && <ApproveRecordModal meeting={meeting} onClose={closeModal} onSaved={afterModal(ta.approved)} onReload={reload} />}
      {modal === 'backToPlanned' && (
        <ConfirmModal title={backLabel} confirmLabel={backLabel} onClose={closeModal} onConfirm={backToPlanned} onReload={reload}>
          <Stack gap="xs">
            <Text>{format(ta.backToPlannedText, { number: meeting.number })}</Text>
            {meeting.status === 'record_approved' && <Text>{meeting.recordKind === 'minutes' ? ta.unapproveMinutes : ta.unapproveMemo}</Text>}
          </Stack>
        </ConfirmModal>
      )}
      {modal === 'cancel' && (
        <CancelMeetingModal meeting={meeting} onClose={closeModal} onSaved={afterModal(format(ta.cancelled, { number: meeting.number }))} onReload={reload} />
      )}
    </Stack>
  );
}
