import { Anchor, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { MeetingDetail, PersonRef } from '../../../src-main/api/contract/index';
import { SectionCard } from '../../components/SectionCard';
import { useI18n } from '../../i18n/use-i18n';
import { formatDateWithWeekday, formatTimeOfDay, splitDateTime } from './meeting-time';

/** The meeting's details as a description list: when, where, who chairs and keeps the record. */
export function MeetingDetailsSection({ meeting, actions }: { meeting: MeetingDetail; actions?: ReactNode }) {
  const { t, locale, format, date, instant } = useI18n();
  const tp = t.meetings.page;
  const person = (ref: PersonRef | null) => (ref ? `${ref.name} (${ref.actorName})` : null);
  const start = splitDateTime(meeting.startsAt);
  const entries: Array<[string, ReactNode]> = [
    [
      tp.when,
      format(t.meetings.time.range, {
        date: formatDateWithWeekday(start.date, locale),
        start: formatTimeOfDay(start.time, locale),
        end: formatTimeOfDay(splitDateTime(meeting.endsAt).time, locale),
      }),
    ],
    [tp.place, meeting.place],
    [
      tp.onlineLink,
      meeting.onlineLink ? (
        <Anchor href={meeting.onlineLink} target="_blank" rel="noreferrer" style={{ wordBreak: 'break-all' }}>
          {meeting.onlineLink}
        </Anchor>
      ) : null,
    ],
    [tp.chair, person(meeting.chair)],
    [tp.secretary, person(meeting.secretary)],
    [tp.recordKind, t.meetings.recordKinds[meeting.recordKind]],
  ];
  if (meeting.caseNumber) entries.push([tp.caseNumber, meeting.caseNumber]);
  if (meeting.recordKind === 'minutes') {
    const checkers = meeting.minuteCheckers.map(person).filter(Boolean).join(', ');
    entries.push([tp.minuteCheckers, checkers || null]);
  }
  if (meeting.invitationSentAt) entries.push([tp.invitationSent, instant(meeting.invitationSentAt)]);
  if (meeting.recordApprovedOn) entries.push([tp.recordApprovedOn, date(meeting.recordApprovedOn)]);

  return (
    <SectionCard id="meeting-details" title={tp.details} actions={actions}>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm" m={0}>
        {entries.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="sm" fw={700} c="dimmed">
              {label}
            </Text>
            <Text component="dd" m={0}>
              {value ?? t.common.notGiven}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {meeting.numbersFixed && (
        <Text size="sm" c="dimmed">
          {tp.numbersFixed}
        </Text>
      )}
    </SectionCard>
  );
}
