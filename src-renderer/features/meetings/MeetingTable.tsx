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
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-busy={busy}>
        <Table.Caption>
          <VisuallyHidden>{tm.table.caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{tm.table.number}</Table.Th>
            <Table.Th scope="col">{tm.table.when}</Table.Th>
            <Table.Th scope="col">{tm.table.title}</Table.Th>
            <Table.Th scope="col">{tm.table.body}</Table.Th>
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
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {format(tm.time.range, {
                    date: formatDateWithWeekday(start.date, locale),
                    start: formatTimeOfDay(start.time, locale),
                    end: formatTimeOfDay(end.time, locale),
                  })}
                </Table.Td>
                <Table.Th scope="row" fw={400}>
                  <Anchor href={hrefFor({ name: 'meeting', id: meeting.id })} fw={600}>
                    <LanguageMarkedText text={meeting.title} language={meeting.titleLanguage} />
                  </Anchor>
                </Table.Th>
                <Table.Td>{meeting.workingGroupName ?? tm.network}</Table.Td>
                <Table.Td>{tm.kinds[meeting.kind]}</Table.Td>
                <Table.Td>
                  <MeetingStatusBadge status={meeting.status} recordKind={meeting.recordKind} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
