import type { MeetingSearchHit } from '../../api/contract/meetings.js';
import { findMeetingRowsByIds, meetingNumber } from '../../db/repositories/meeting-repository.js';
import { fromStoredLocalized } from '../../db/stored-values.js';
import { containsFolded } from '../../db/text-search.js';
import type { Locale } from '../../i18n/locales.js';
import type { ReadContext } from '../shared/contexts.js';
import { foldForSearch } from '../shared/finnish-text.js';
import { itemLabels } from './meeting-view.js';

/**
 * Search over meetings, agenda items, decisions and action items: each row keeps a folded
 * `search_text`, so "hämeenlinna" finds "HÄMEENLINNA" and "a" does not find "ä". Hits come newest
 * meeting first, labelled "3/2026 · 5 §", with the stored text around the first match.
 */

const MAX_HITS = 200;
const SNIPPET_RADIUS = 60;

interface Candidate {
  kind: MeetingSearchHit['kind'];
  meetingId: string;
  itemId: string | null;
  /** the agenda item whose § label the hit carries */
  agendaItemId: string | null;
  texts: Array<string | null>;
}

export async function searchMeetings(context: ReadContext, query: string): Promise<MeetingSearchHit[]> {
  const folded = foldForSearch(query);
  if (!folded) return [];
  const { db } = context;
  const [meetings, items, decisions, actions] = await Promise.all([
    db.selectFrom('meeting').selectAll().where(containsFolded('search_text', folded)).execute(),
    db.selectFrom('agenda_item').selectAll().where(containsFolded('search_text', folded)).execute(),
    db.selectFrom('meeting_decision').selectAll().where(containsFolded('search_text', folded)).execute(),
    db.selectFrom('action_item').selectAll().where(containsFolded('search_text', folded)).execute(),
  ]);
  const localized = (row: object, prefix: string) => ordered(fromStoredLocalized(row, prefix), context.locale);
  const candidates: Candidate[] = [
    ...meetings.map((row) => ({
      kind: 'meeting' as const,
      meetingId: row.id,
      itemId: null,
      agendaItemId: null,
      texts: [...localized(row, 'title'), row.place, row.case_number, meetingNumber(row)],
    })),
    ...items.map((row) => ({
      kind: 'agenda_item' as const,
      meetingId: row.meeting_id,
      itemId: row.id,
      agendaItemId: row.id,
      texts: [
        ...localized(row, 'title'),
        ...localized(row, 'background'),
        ...localized(row, 'proposal'),
        ...localized(row, 'discussion'),
        row.presenter_text,
      ],
    })),
    ...decisions.map((row) => ({
      kind: 'decision' as const,
      meetingId: row.meeting_id,
      itemId: row.id,
      agendaItemId: row.agenda_item_id,
      texts: localized(row, 'text'),
    })),
    ...actions.map((row) => ({
      kind: 'action_item' as const,
      meetingId: row.meeting_id,
      itemId: row.id,
      agendaItemId: row.agenda_item_id,
      texts: [...localized(row, 'title'), row.closing_note],
    })),
  ];
  const meetingRows = new Map((await findMeetingRowsByIds(db, candidates.map((hit) => hit.meetingId))).map((row) => [row.id, row]));
  const labels = await itemLabels(context, candidates.map((hit) => hit.agendaItemId).filter((id): id is string => id !== null));
  const kindOrder = { meeting: 0, agenda_item: 1, decision: 2, action_item: 3 };
  return candidates
    .flatMap((hit): Array<MeetingSearchHit & { start: string }> => {
      const meeting = meetingRows.get(hit.meetingId);
      if (!meeting) return [];
      const label = hit.agendaItemId ? (labels.get(hit.agendaItemId)?.label ?? meetingNumber(meeting)) : meetingNumber(meeting);
      return [
        {
          kind: hit.kind,
          meetingId: hit.meetingId,
          itemId: hit.itemId,
          label,
          snippet: snippetOf(hit.texts, folded),
          date: meeting.starts_at.slice(0, 10),
          start: meeting.starts_at,
        },
      ];
    })
    .sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : kindOrder[a.kind] - kindOrder[b.kind] || a.label.localeCompare(b.label, 'fi', { numeric: true })))
    .slice(0, MAX_HITS)
    .map(({ start: _start, ...hit }) => hit);
}

/** The reader's language first, then the others. */
function ordered(text: { fi: string | null; sv: string | null; en: string | null }, locale: Locale): Array<string | null> {
  const order: Locale[] = locale === 'fi' ? ['fi', 'sv', 'en'] : locale === 'sv' ? ['sv', 'fi', 'en'] : ['en', 'fi', 'sv'];
  return order.map((language) => text[language]);
}

/** The first text holding the query, cut around the match (with … where it was cut). */
function snippetOf(texts: ReadonlyArray<string | null>, foldedQuery: string): string {
  for (const text of texts) {
    if (!text) continue;
    const flat = text.normalize('NFC').replace(/\s+/g, ' ').trim();
    // folding keeps the length of Finnish and Swedish text, so the index points into the original too
    const folded = flat.toLocaleLowerCase('fi');
    const at = folded.indexOf(foldedQuery);
    if (at < 0) continue;
    const source = folded.length === flat.length ? flat : folded;
    const from = Math.max(0, at - SNIPPET_RADIUS);
    const to = Math.min(source.length, at + foldedQuery.length + SNIPPET_RADIUS);
    return `${from > 0 ? '…' : ''}${source.slice(from, to)}${to < source.length ? '…' : ''}`;
  }
  const first = texts.find((text): text is string => Boolean(text)) ?? '';
  return first.length > SNIPPET_RADIUS * 2 ? `${first.slice(0, SNIPPET_RADIUS * 2)}…` : first;
}
