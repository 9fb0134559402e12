import { Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChecks, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { call } from '../../api/api';
import { useOpenFile } from '../../app/SessionContext';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { attendanceCounts, attendanceGroups } from './attendance-lines';
import { AttendanceLineRow } from './AttendanceLineRow';
import { GuestModal } from './GuestModal';
import type { MeetingPanelProps } from './meeting-panel-props';
import { RecordLockNote, recordIsOpen } from './RecordLockNote';
import { useMeetingWrite } from './use-meeting-write';

/**
 * Who attended (läsnäolo): every invitee and any other recorded person, grouped by the
 * organisation they represented, with present / absent / deputy for whom, in person or online.
 */
export function AttendancePanel({ meeting, onChange }: MeetingPanelProps) {
  const { t, format } = useI18n();
  const ta = t.meetingRecord.attendance;
  const file = useOpenFile();
  const notify = useNotify();
  const write = useMeetingWrite(meeting, onChange);
  const [guestOpen, setGuestOpen] = useState(false);
  const [marking, setMarking] = useState(false);
  const writable = !file.readOnly && recordIsOpen(meeting);
  const groups = attendanceGroups(meeting);
  const counts = attendanceCounts(groups);
  const unrecordedInvitees = groups.flatMap((group) => group.lines).filter((line) => line.role && !line.row && line.representativeId);

  const markAllPresent = async () => {
    if (unrecordedInvitees.length === 0) {
      notify.success(ta.nothingToMark);
      return;
    }
    setMarking(true);
    // One write per person (the contract records one row at a time); the last answer is the whole meeting.
    await write.run(async () => {
      let latest = meeting;
      for (const line of unrecordedInvitees) {
        latest = await call('attendance.set', { meetingId: meeting.id, representativeId: line.representativeId, status: 'present' });
      }
      return latest;
    }, format(ta.markedPresent, { count: unrecordedInvitees.length }));
    setMarking(false);
  };

  return (
    <Stack gap="md">
      <RecordLockNote meeting={meeting} />
      <Text size="sm" maw={900}>
        {ta.intro}
      </Text>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Text fw={600} role="status" data-testid="attendance-summary">
            {format(ta.summary, counts as unknown as Record<string, number>)}
          </Text>
          {counts.online > 0 && (
            <Text size="sm" c="dimmed">
              {format(ta.online, { count: counts.online })}
            </Text>
          )}
        </Stack>
        {writable && (
          <Group gap="xs">
            <Button variant="default" leftSection={<IconChecks size={16} aria-hidden />} loading={marking} onClick={() => void markAllPresent()} aria-describedby="mark-all-description">
              {ta.markAllPresent}
            </Button>
            <Button variant="default" leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setGuestOpen(true)}>
              {ta.addGuest}
            </Button>
          </Group>
        )}
      </Group>
      {writable && (
        <Text id="mark-all-description" size="xs" c="dimmed" ta="right">
          {ta.markAllPresentDescription}
        </Text>
      )}
      {groups.length === 0 && <Text>{ta.none}</Text>}
      {groups.length > 0 && (
        <Paper withBorder p="md">
          <Table.ScrollContainer minWidth={700}>
            <Table verticalSpacing={4}>
              <Table.Caption>
                <VisuallyHidden>{ta.caption}</VisuallyHidden>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w="26%">
                    {ta.person}
                  </Table.Th>
                  <Table.Th scope="col">{ta.status}</Table.Th>
                  <Table.Th scope="col">{ta.deputyFor}</Table.Th>
                  <Table.Th scope="col">{ta.participation}</Table.Th>
                  <Table.Th scope="col">{ta.note}</Table.Th>
                  {writable && <Table.Th scope="col">{t.common.actions}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              {groups.map((group) => (
                // One body per organisation, headed by its name (a row group header for screen readers).
                <Table.Tbody key={group.key}>
                  <Table.Tr bg="gray.1">
                    <Table.Th scope="rowgroup" colSpan={writable ? 6 : 5} fw={700} pt="sm">
                      {group.actorName ?? ta.noOrganisation}
                    </Table.Th>
                  </Table.Tr>
                  {group.lines.map((line) => (
                    <AttendanceLineRow key={line.key} line={line} meeting={meeting} writable={writable} write={write} />
                  ))}
                </Table.Tbody>
              ))}
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {guestOpen && (
        <GuestModal
          meeting={meeting}
          onClose={() => setGuestOpen(false)}
          onSaved={(changed, name) => {
            setGuestOpen(false);
            onChange(changed);
            notify.success(format(ta.guestAdded, { name }));
          }}
        />
      )}
    </Stack>
  );
}
