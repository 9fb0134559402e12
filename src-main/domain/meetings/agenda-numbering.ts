/**
 * § numbers for agenda items (pykälänumerointi). A network chooses, in its settings, either
 * - `per_meeting`: every meeting starts again from 1 §, or
 * - `running_year`: numbers run through the calendar year across the network's meetings in date
 *   order (1 §–7 § in the first meeting of 2026, 8 §–… in the next), as municipal bodies number them.
 *
 * Decisions (see docs/design/meetings.md):
 * - An item left undiscussed keeps its number. The agenda that was sent and the record then carry
 *   the same numbers, so "asia 5 §" means the same thing in both; the record says it was not
 *   discussed, and the item offered to the next meeting gets a new number there.
 * - Until a meeting's agenda is sent its numbers are not fixed: reordering, adding or removing
 *   items renumbers it (and, with running numbering, the unfixed meetings after it).
 * - Once sent, the meeting is `fixed`: its items keep the numbers stored for them. An item added
 *   afterwards (lisäpykälä) takes the next number after the highest already given in its scope
 *   (the meeting, or the year), so no number is ever given twice or taken back.
 * - A cancelled meeting's items get no numbers.
 */

export type SectionNumbering = 'per_meeting' | 'running_year';

export interface NumberingItem {
  id: string;
  sortOrder: number;
  /** The number stored when the meeting was fixed; null for an item added since (or while unfixed). */
  storedNumber: number | null;
}

export interface NumberingMeeting {
  id: string;
  /** Helsinki wall-clock start, YYYY-MM-DDTHH:mm: the calendar year and the order come from it. */
  start: string;
  /** The agenda has been sent: stored numbers stand. */
  fixed: boolean;
  cancelled: boolean;
  items: readonly NumberingItem[];
}

/** The § number of every item of the given meetings (cancelled meetings' items are absent).
 * For running numbering pass all the meetings of the year(s) concerned, not just one. */
export function numberAgendaItems(meetings: readonly NumberingMeeting[], mode: SectionNumbering): Map<string, number> {
  const numbers = new Map<string, number>();
  const ids = new Set<string>();
  for (const item of meetings.flatMap((meeting) => meeting.items)) {
    if (ids.has(item.id)) throw new Error(`Agenda item ${item.id} appears twice`);
    ids.add(item.id);
  }
  const live = [...meetings].filter((meeting) => !meeting.cancelled).sort(byStart);
  const scopes = mode === 'per_meeting' ? live.map((meeting) => [meeting]) : groupByYear(live);
  for (const scope of scopes) numberScope(scope, numbers);
  return numbers;
}

/** One numbering scope: fixed numbers first, then late additions to fixed meetings, then the rest. */
function numberScope(meetings: readonly NumberingMeeting[], numbers: Map<string, number>): void {
  let highest = 0;
  for (const meeting of meetings) {
    if (!meeting.fixed) continue;
    for (const item of meeting.items) {
      if (item.storedNumber === null) continue;
      numbers.set(item.id, item.storedNumber);
      highest = Math.max(highest, item.storedNumber);
    }
  }
  for (const meeting of meetings) {
    if (!meeting.fixed) continue;
    for (const item of inOrder(meeting.items)) if (item.storedNumber === null) numbers.set(item.id, ++highest);
  }
  for (const meeting of meetings) {
    if (meeting.fixed) continue;
    for (const item of inOrder(meeting.items)) numbers.set(item.id, ++highest);
  }
}

function groupByYear(meetings: readonly NumberingMeeting[]): NumberingMeeting[][] {
  const years = new Map<string, NumberingMeeting[]>();
  for (const meeting of meetings) {
    const year = meeting.start.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), meeting]);
  }
  return [...years.values()];
}

function byStart(a: NumberingMeeting, b: NumberingMeeting): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function inOrder(items: readonly NumberingItem[]): NumberingItem[] {
  return [...items].sort((a, b) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** How a § number is written: "5 §" in Finnish and Swedish, "§ 5" in English. */
export function sectionLabel(number: number, locale: 'fi' | 'sv' | 'en'): string {
  return locale === 'en' ? `§ ${number}` : `${number} §`;
}
