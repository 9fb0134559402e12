import { Anchor, Table, Text, VisuallyHidden } from '@mantine/core';
import type { MeetingSummary } from '../../../src-main/api/contract/index';
import { hrefFor } from '../../app/router';
import { LanguageMarkedText } from '../../components/LanguageMarkedText';
import { useI18n } from '../../i18n/use-i18n';
import { formatDateWithWeekday, formatTimeOfDay, splitDateTime } from './meeting-time';
import { MeetingStatusBadge } from './MeetingStatusBadge';

/** The meetings as a table, newest first as the core sorts them. */
export function MeetingTable({ meetings, busy }: { meetings: MeetingSummary[]; busy: boolean }) {
  const { t, locale, format } = useI18n();
  const tm = t.meetings;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-busy={busy}>
        <Table.Caption>
          <VisuallyHidden>{tm.table.caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{tm.table.number}</Table.Th>
            <Table.Th scope="col">{tm.table.when}</Table.Th>
            <Table.Th scope="col">{tm.table.title}</Table.Th>
            <Table.Th scope="col">{tm.table.kind}</Table.Th>
            <Table.Th scope="col">{tm.table.status}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((meeting) => {
            const start = splitDateTime(meeting.startsAt);
            const end = splitDateTime(meeting.endsAt);
            return (
              <Table.Tr key={meeting.id}>
                <Table.Td>
                  <Text span fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {meeting.number}
                  </Text>
                </Table.Td>
                {/* Date and hours on two lines, so that the table fits at 1024 px. */}
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text span size="sm" display="block">
                    {formatDateWithWeekday(start.date, locale)}
                  </Text>
                  <Text span size="sm" display="block">
                    {format(tm.time.hours, { start: formatTimeOfDay(start.time, locale), end: formatTimeOfDay(end.time, locale) })}
                  </Text>
                </Table.Td>
                <Table.Th scope="row" fw={400}>
                  <Anchor href={hrefFor({ name: 'meeting', id: meeting.id })} fw={600}>
                    <LanguageMarkedText text={meeting.title} language={meeting.titleLanguage} />
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  <Text size="sm">{tm.kinds[meeting.kind]}</Text>
                  <Text size="xs" c="dimmed">
                    {meeting.workingGroupName ?? tm.network}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <MeetingStatusBadge status={meeting.status} recordKind={meeting.recordKind} wrap />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
