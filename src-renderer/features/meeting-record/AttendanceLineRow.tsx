import { Badge, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import {
  type AttendanceStatus,
  type MeetingDetail,
  type ParticipationMode,
} from '../../../src-main/api/contract/index';
import { ATTENDANCE_STATUSES, PARTICIPATION_MODES } from '../../../src-main/api/contract/meetings';
import { call } from '../../api/api';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../i18n/use-i18n';
import type { AttendanceLine } from './attendance-lines';
import type { useMeetingWrite } from './use-meeting-write';

interface Props {
  line: AttendanceLine;
  meeting: MeetingDetail;
  writable: boolean;
  write: ReturnType<typeof useMeetingWrite>;
}

interface Draft {
  status: AttendanceStatus | '';
  deputyFor: string;
  participation: ParticipationMode | '';
  note: string;
}

const draftOf = (line: AttendanceLine): Draft => ({
  status: line.row?.status ?? '',
  deputyFor: line.row?.deputyFor?.representativeId ?? '',
  participation: line.row?.participation ?? '',
  note: line.row?.note ?? '',
});

/**
 * One person's attendance, saved as soon as a choice is made (a deputy once the person they stand
 * in for is chosen; the note when leaving its field). Every control is named with the person.
 */
export function AttendanceLineRow({ line, meeting, writable, write }: Props) {
  const { t, format } = useI18n();
  const ta = t.meetingRecord.attendance;
  const [draft, setDraft] = useState<Draft>(() => draftOf(line));
  const rowKey = line.row ? `${line.row.id}:${line.row.rowVersion}` : 'none';
  useEffect(() => setDraft(draftOf(line)), [rowKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const deputy = draft.status === 'deputy';
  const representatives = useApiQuery('actors.get', deputy && line.actorId ? { id: line.actorId } : null);
  const deputyChoices = new Map<string, string>();
  for (const invitee of meeting.invitees) {
    if (invitee.actorId === line.actorId && invitee.representativeId !== line.representativeId) deputyChoices.set(invitee.representativeId, invitee.name);
  }
  for (const representative of representatives.data?.representatives ?? []) {
    if (!representative.archived && representative.id !== line.representativeId) deputyChoices.set(representative.id, representative.name);
  }
  if (line.row?.deputyFor) deputyChoices.set(line.row.deputyFor.representativeId, line.row.deputyFor.name);
  const missingDeputyFor = deputy && !draft.deputyFor;
  const hintId = `deputy-hint-${line.key}`;

  const save = (next: Draft) => {
    setDraft(next);
    if (!next.status || (next.status === 'deputy' && !next.deputyFor)) return;
    const person = line.representativeId ? { representativeId: line.representativeId } : { guestName: line.name, guestActorId: line.actorId };
    void write
      .run(() =>
      call('attendance.set', {
        meetingId: meeting.id,
        ...person,
        status: next.status as AttendanceStatus,
        deputyForRepresentativeId: next.status === 'deputy' ? next.deputyFor : null,
        participation: next.status === 'absent' ? null : next.participation || null,
        note: next.note.trim() || null,
      }),
      )
      .then((saved) => {
        // A refused choice is not left on screen as if it had been saved.
        if (!saved) setDraft(draftOf(line));
      });
  };
  const saveNote = () => {
    if ((line.row?.note ?? '') !== draft.note.trim()) save(draft);
  };

  const remove = () => {
    const row = line.row;
    if (!row) return;
    void write.run(() => call('attendance.remove', { attendanceId: row.id, expectedVersion: row.rowVersion }), format(ta.removed, { name: line.name }));
  };

  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        <Stack gap={2}>
          <Text span fw={500}>
            {line.name}
          </Text>
          <Group gap={4}>
            {line.role && line.role !== 'required' && (
              <Text span size="xs" c="dimmed">
                {ta.roles[line.role]}
              </Text>
            )}
            {!line.representativeId && (
              <Badge size="sm" variant="outline" color="dark.4" tt="none">
                {ta.guest}
              </Badge>
            )}
            {line.representativeId && !line.role && (
              <Text span size="xs" c="dimmed">
                {ta.notInvited}
              </Text>
            )}
            {line.inactive && (
              <Text span size="xs" c="dimmed">
                ({ta.inactive})
              </Text>
            )}
          </Group>
        </Stack>
      </Table.Th>
      <Table.Td>
        <NativeSelect
          aria-label={format(ta.statusLabel, { name: line.name })}
          value={draft.status}
          disabled={!writable}
          onChange={(event) => save({ ...draft, status: event.currentTarget.value as AttendanceStatus })}
          data={[...(line.row ? [] : [{ value: '', label: `– ${ta.notRecorded} –` }]), ...ATTENDANCE_STATUSES.map((status) => ({ value: status, label: ta.statuses[status] }))]}
          w={150}
        />
      </Table.Td>
      <Table.Td>
        {deputy ? (
          <Stack gap={4}>
            <NativeSelect
              aria-label={format(ta.deputyForLabel, { name: line.name })}
              aria-describedby={missingDeputyFor ? hintId : undefined}
              aria-invalid={missingDeputyFor || undefined}
              value={draft.deputyFor}
              disabled={!writable}
              onChange={(event) => save({ ...draft, deputyFor: event.currentTarget.value })}
              data={[{ value: '', label: ta.chooseDeputyFor }, ...[...deputyChoices].map(([value, label]) => ({ value, label }))]}
              w={190}
            />
            {missingDeputyFor && (
              <Text id={hintId} size="xs" c="red.9" maw={240}>
                {deputyChoices.size === 0 && representatives.data ? ta.noDeputyChoices : ta.deputyForMissing}
              </Text>
            )}
          </Stack>
        ) : (
          <Text span c="dimmed">
            {t.common.notGiven}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <NativeSelect
          aria-label={format(ta.participationLabel, { name: line.name })}
          value={draft.status === 'absent' ? '' : draft.participation}
          disabled={!writable || !draft.status || draft.status === 'absent'}
          onChange={(event) => save({ ...draft, participation: event.currentTarget.value as ParticipationMode })}
          data={[{ value: '', label: ta.notGiven }, ...PARTICIPATION_MODES.map((mode) => ({ value: mode, label: ta.participations[mode] }))]}
          w={130}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          aria-label={format(ta.noteLabel, { name: line.name })}
          value={draft.note}
          disabled={!writable || !draft.status}
          onChange={(event) => setDraft({ ...draft, note: event.currentTarget.value })}
          onBlur={saveNote}
          onKeyDown={(event) => {
            if (event.key === 'Enter') saveNote();
          }}
          maxLength={500}
          miw={110}
        />
      </Table.Td>
      {writable && (
        <Table.Td>
          {line.row && (
            <Button
              size="compact-sm"
              variant="outline"
              color="red.9"
              leftSection={<IconTrash size={14} aria-hidden />}
              aria-label={format(ta.removeLabel, { name: line.name })}
              onClick={remove}
            >
              {ta.remove}
            </Button>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}
