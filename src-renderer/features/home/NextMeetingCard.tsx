import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { toApiError } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { hrefFor } from '../../app/router';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LanguageMarkedText } from '../../components/LanguageMarkedText';
import { useI18n } from '../../i18n/use-i18n';
import { formatDateWithWeekday, formatTimeOfDay, splitDateTime } from '../meetings/meeting-time';
import { MeetingStatusBadge } from '../meetings/MeetingStatusBadge';

/** "Seuraava kokous": the next meeting not yet held, with a link to it. */
export function NextMeetingCard() {
  const { t, locale, format } = useI18n();
  const th = t.meetings.home;
  const next = useApiQuery('meetings.next', { lang: locale });
  const meeting = next.data;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="home-next-meeting">
      <Stack gap="sm">
        <Title order={2} size="h4" id="home-next-meeting">
          {th.nextTitle}
        </Title>
        {next.error ? <FormErrorAlert error={toApiError(next.error, locale)} /> : null}
        {next.error ? null : !meeting && next.loading ? (
          <Text c="dimmed">{t.common.loading}</Text>
        ) : !meeting ? (
          <Text>{th.nextNone}</Text>
        ) : (
          <Stack gap={4}>
            <Group gap="xs">
              <Anchor href={hrefFor({ name: 'meeting', id: meeting.id })} fw={600} size="lg">
                {meeting.number} <LanguageMarkedText text={meeting.title} language={meeting.titleLanguage} />
              </Anchor>
              <MeetingStatusBadge status={meeting.status} recordKind={meeting.recordKind} />
            </Group>
            <Text>
              {format(t.meetings.time.range, {
                date: formatDateWithWeekday(meeting.date, locale),
                start: formatTimeOfDay(splitDateTime(meeting.startsAt).time, locale),
                end: formatTimeOfDay(splitDateTime(meeting.endsAt).time, locale),
              })}
              {meeting.place ? `, ${meeting.place}` : ''}
            </Text>
          </Stack>
        )}
        <Group>
          <Anchor href={hrefFor({ name: 'meetings' })} size="sm">
            {th.goToMeetings}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}
