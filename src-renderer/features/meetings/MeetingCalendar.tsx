import { Anchor, Box, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import type { MeetingSummary } from '../../../src-main/api/contract/index';
import { toApiError } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { hrefFor } from '../../app/router';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { localToday } from '../../components/local-today';
import { LOCALE_TAGS } from '../../i18n/dictionaries';
import { useI18n } from '../../i18n/use-i18n';
import { monthRange, monthWeeks, shiftMonth } from './calendar-month';
import { formatTimeOfDay, splitDateTime } from './meeting-time';

/**
 * A month as a plain table (weeks as rows, Monday first): each day cell lists its meetings as
 * links, so the calendar is read and used with the keyboard and a screen reader like any table.
 */
export function MeetingCalendar({ status }: { status: MeetingSummary['status'] | null }) {
  const { t, locale } = useI18n();
  const tc = t.meetings.calendar;
  const today = localToday();
  const [shown, setShown] = useState(() => ({ year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) }));
  const meetings = useApiQuery('meetings.list', { ...monthRange(shown.year, shown.month), lang: locale, ...(status ? { status } : {}) });
  const weeks = monthWeeks(shown.year, shown.month);
  const monthName = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { month: 'long', year: 'numeric' }).format(new Date(shown.year, shown.month - 1, 1));
  const weekdays = weeks[0]!.map((day) => {
    const date = new Date(Number(day.date.slice(0, 4)), Number(day.date.slice(5, 7)) - 1, Number(day.date.slice(8, 10)));
    return {
      short: new Intl.DateTimeFormat(LOCALE_TAGS[locale], { weekday: 'short' }).format(date),
      long: new Intl.DateTimeFormat(LOCALE_TAGS[locale], { weekday: 'long' }).format(date),
    };
  });
  const byDay = new Map<string, MeetingSummary[]>();
  for (const meeting of [...(meetings.data ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    byDay.set(meeting.date, [...(byDay.get(meeting.date) ?? []), meeting]);
  }
  const dayLabel = (date: string) =>
    new Intl.DateTimeFormat(LOCALE_TAGS[locale], { weekday: 'long', day: 'numeric', month: 'long' }).format(
      new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))),
    );
  const captionId = 'meeting-calendar-caption';

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Title order={2} size="h3" id={captionId} aria-live="polite" tt="capitalize">
          {monthName}
        </Title>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconChevronLeft size={16} aria-hidden />} onClick={() => setShown(shiftMonth(shown.year, shown.month, -1))}>
            {tc.previous}
          </Button>
          <Button variant="default" onClick={() => setShown({ year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) })}>
            {tc.today}
          </Button>
          <Button variant="default" rightSection={<IconChevronRight size={16} aria-hidden />} onClick={() => setShown(shiftMonth(shown.year, shown.month, 1))}>
            {tc.next}
          </Button>
        </Group>
      </Group>
      {meetings.error ? <FormErrorAlert error={toApiError(meetings.error, locale)} /> : null}
      <Text role="status" size="sm" c="dimmed">
        {meetings.data ? (meetings.data.length === 0 ? tc.noneInMonth : '') : meetings.error ? '' : t.common.loading}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table withTableBorder withColumnBorders aria-labelledby={captionId} aria-busy={meetings.loading} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              {weekdays.map((weekday) => (
                <Table.Th key={weekday.long} scope="col" ta="center">
                  <abbr title={weekday.long} style={{ textDecoration: 'none' }}>
                    {weekday.short}
                  </abbr>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {weeks.map((week) => (
              <Table.Tr key={week[0]!.date}>
                {week.map((day) => {
                  const dayMeetings = byDay.get(day.date) ?? [];
                  const isToday = day.date === today;
                  return (
                    <Table.Td key={day.date} valign="top" h={96} p={6} bg={day.inMonth ? undefined : 'gray.0'} aria-current={isToday ? 'date' : undefined}>
                      <Stack gap={4}>
                        <Box
                          component="span"
                          fw={isToday ? 700 : 400}
                          c={day.inMonth ? undefined : 'dark.3'}
                          style={isToday ? { background: 'var(--mantine-color-kotoBlue-8)', color: 'white', borderRadius: 12, padding: '0 7px', alignSelf: 'flex-start' } : undefined}
                        >
                          <span aria-hidden>{day.day}</span>
                          <VisuallyHidden component="span">{dayLabel(day.date)}</VisuallyHidden>
                        </Box>
                        {dayMeetings.map((meeting) => (
                          <Anchor
                            key={meeting.id}
                            href={hrefFor({ name: 'meeting', id: meeting.id })}
                            size="sm"
                            lh={1.3}
                            td={meeting.status === 'cancelled' ? 'line-through' : undefined}
                          >
                            <Text span inherit fw={600}>
                              {formatTimeOfDay(splitDateTime(meeting.startsAt).time, locale)}
                            </Text>{' '}
                            {meeting.number} <span lang={meeting.titleLanguage}>{meeting.title}</span>
                            {meeting.status === 'cancelled' && ` (${t.meetings.statuses.cancelled.toLowerCase()})`}
                          </Anchor>
                        ))}
                      </Stack>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
