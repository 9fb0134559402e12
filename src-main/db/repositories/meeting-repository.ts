import type { Selectable } from 'kysely';
import type { Queryable } from '../network-store.js';
import type { MeetingInviteeTable, MeetingTable } from '../schema.js';

/** Reads of meetings and their invitees. Writes live in the domain (src-main/domain/meetings). */

export type MeetingRow = Selectable<MeetingTable>;
export type MeetingInviteeRow = Selectable<MeetingInviteeTable>;

export interface MeetingListFilter {
  year?: number;
  /** 'network' or a working group's id */
  body?: string;
  status?: string;
  /** YYYY-MM-DD, inclusive, compared with the start's date */
  from?: string | null;
  to?: string | null;
}

export async function findMeetingRows(db: Queryable, filter: MeetingListFilter = {}): Promise<MeetingRow[]> {
  let query = db.selectFrom('meeting').selectAll();
  if (filter.year !== undefined) query = query.where('year', '=', filter.year);
  if (filter.body) query = query.where('body_key', '=', filter.body);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.from) query = query.where('starts_at', '>=', filter.from);
  // a date's last minute is before the next day's first
  if (filter.to) query = query.where('starts_at', '<', `${filter.to}T99`);
  return query.orderBy('starts_at', 'desc').orderBy('id', 'desc').execute();
}

export async function findMeetingRow(db: Queryable, id: string): Promise<MeetingRow | undefined> {
  return db.selectFrom('meeting').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findMeetingRowsByIds(db: Queryable, ids: readonly string[]): Promise<MeetingRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('meeting').selectAll().where('id', 'in', [...new Set(ids)]).execute();
}

/** The meetings of one body (all years): numbering by year and carry-over both look across them. */
export async function findBodyMeetingRows(db: Queryable, bodyKey: string, year?: number): Promise<MeetingRow[]> {
  let query = db.selectFrom('meeting').selectAll().where('body_key', '=', bodyKey);
  if (year !== undefined) query = query.where('year', '=', year);
  return query.execute();
}

/** The next free number of a body in a year ("3/2026"): one above the highest ever given. */
export async function nextNumberInYear(db: Queryable, bodyKey: string, year: number): Promise<number> {
  const row = await db
    .selectFrom('meeting')
    .select((eb) => eb.fn.max('number_in_year').as('highest'))
    .where('body_key', '=', bodyKey)
    .where('year', '=', year)
    .executeTakeFirst();
  return Number(row?.highest ?? 0) + 1;
}

export async function findInviteeRows(db: Queryable, meetingId: string): Promise<MeetingInviteeRow[]> {
  return db.selectFrom('meeting_invitee').selectAll().where('meeting_id', '=', meetingId).execute();
}

/** The meeting's shown number, "3/2026". */
export function meetingNumber(row: Pick<MeetingRow, 'number_in_year' | 'year'>): string {
  return `${row.number_in_year}/${row.year}`;
}
