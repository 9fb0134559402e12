import { Anchor, Badge, Button, Group, List, Mark, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import { type FormEvent, Fragment, useState } from 'react';
import type { MeetingSearchHit } from '../../../src-main/api/contract/index';
import { toApiError } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { hrefFor } from '../../app/router';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { useI18n } from '../../i18n/use-i18n';

/**
 * Search over the meetings' agendas, records, decisions and action items (`search.meetings`). The
 * hits come newest meeting first; they are shown under their meeting, each a link to it.
 */
export function MeetingSearch() {
  const { t, locale, format, date } = useI18n();
  const ts = t.meetings.search;
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const hits = useApiQuery('search.meetings', query ? { query, lang: locale } : null);
  // The hits carry the meeting's number but not its title; the list gives the titles.
  const meetings = useApiQuery('meetings.list', query ? { lang: locale } : null);
  const titles = new Map((meetings.data ?? []).map((meeting) => [meeting.id, meeting.title]));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery(text.trim());
  };
  const clear = () => {
    setText('');
    setQuery('');
  };

  const groups = groupByMeeting(hits.data ?? []);
  const count = hits.data?.length ?? 0;
  const summary = !query
    ? ''
    : hits.loading && !hits.data
      ? ts.searching
      : !hits.data
        ? ''
        : count === 0
          ? format(ts.none, { query })
          : count === 1
            ? ts.countOne
            : groups.length === 1
              ? format(ts.countInOne, { count })
              : format(ts.count, { count, meetings: groups.length });

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="meeting-search-title">
      <Stack gap="sm">
        <Title order={2} size="h5" id="meeting-search-title">
          {ts.title}
        </Title>
        <form role="search" aria-labelledby="meeting-search-title" onSubmit={onSubmit}>
          <Group align="flex-end" gap="sm">
            <TextInput
              label={ts.label}
              description={ts.description}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              maxLength={200}
              w={560}
              type="search"
            />
            <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />} disabled={!text.trim()}>
              {ts.submit}
            </Button>
            {query && (
              <Button variant="subtle" leftSection={<IconX size={16} aria-hidden />} onClick={clear}>
                {ts.clear}
              </Button>
            )}
          </Group>
        </form>
        {hits.error ? <FormErrorAlert error={toApiError(hits.error, locale)} onReload={hits.reload} /> : null}
        <Text role="status" size="sm" fw={query && count === 0 ? 500 : undefined}>
          {summary}
        </Text>
        {query && groups.length > 0 && (
          <Stack gap="md" aria-label={ts.resultsLabel} role="region">
            {groups.map((group) => (
              <Stack key={group.meetingId} gap={4}>
                <Title order={3} size="h6">
                  {format(ts.meetingHeading, { number: group.number, title: titles.get(group.meetingId) ?? '' }).trim()}
                  <Text span size="sm" c="dimmed" fw={400} ml={8}>
                    {date(group.date)}
                  </Text>
                </Title>
                <List spacing={6} listStyleType="none" p={0} m={0}>
                  {group.hits.map((hit, index) => (
                    <List.Item key={`${hit.kind}:${hit.itemId ?? hit.meetingId}:${index}`}>
                      <Stack gap={0}>
                        <Group gap="xs">
                          <Anchor href={hrefFor({ name: 'meeting', id: hit.meetingId })} fw={500} aria-label={format(ts.open, { label: hit.label, kind: ts.kinds[hit.kind] })}>
                            {hit.label}
                          </Anchor>
                          <Badge variant="light" color="gray" c="dark.6" tt="none" size="sm">
                            {ts.kinds[hit.kind]}
                          </Badge>
                        </Group>
                        {hit.snippet && (
                          <Text size="sm">
                            <Highlighted text={hit.snippet} query={query} />
                          </Text>
                        )}
                      </Stack>
                    </List.Item>
                  ))}
                </List>
              </Stack>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

interface MeetingHits {
  meetingId: string;
  /** "3/2026", the label's first part */
  number: string;
  date: string;
  hits: MeetingSearchHit[];
}

/** Consecutive hits of one meeting under one heading; the core's order (newest meeting first) stays. */
function groupByMeeting(hits: readonly MeetingSearchHit[]): MeetingHits[] {
  const groups: MeetingHits[] = [];
  for (const hit of hits) {
    const last = groups.at(-1);
    if (last?.meetingId === hit.meetingId) last.hits.push(hit);
    else groups.push({ meetingId: hit.meetingId, number: hit.label.split(' · ')[0] ?? hit.label, date: hit.date, hits: [hit] });
  }
  return groups;
}

/** The snippet with the searched words marked where they appear as typed (case aside). */
function Highlighted({ text, query }: { text: string; query: string }) {
  const lower = text.toLocaleLowerCase('fi');
  const wanted = query.toLocaleLowerCase('fi');
  if (!wanted || lower.length !== text.length) return <>{text}</>;
  const parts: Array<{ text: string; match: boolean }> = [];
  let position = 0;
  for (let found = lower.indexOf(wanted); found >= 0; found = lower.indexOf(wanted, found + wanted.length)) {
    if (found > position) parts.push({ text: text.slice(position, found), match: false });
    parts.push({ text: text.slice(found, found + wanted.length), match: true });
    position = found + wanted.length;
  }
  if (position < text.length) parts.push({ text: text.slice(position), match: false });
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>{part.match ? <Mark>{part.text}</Mark> : part.text}</Fragment>
      ))}
    </>
  );
}
