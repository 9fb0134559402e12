import { meetingNumber } from '../../db/repositories/meeting-repository.js';
import type { Queryable } from '../../db/network-store.js';
import { foldForSearch } from '../shared/finnish-text.js';

/** The folded `search_text` of meetings and agenda items (see db/text-search.ts): written on every change. */

export async function refreshMeetingSearchText(db: Queryable, meetingId: string): Promise<void> {
  const row = await db.selectFrom('meeting').selectAll().where('id', '=', meetingId).executeTakeFirst();
  if (!row) return;
  const parts = [meetingNumber(row), row.title_fi, row.title_sv, row.title_en, row.place, row.case_number];
  await db.updateTable('meeting').set({ search_text: fold(parts) }).where('id', '=', meetingId).execute();
}

export async function refreshAgendaItemSearchText(db: Queryable, itemId: string): Promise<void> {
  const row = await db.selectFrom('agenda_item').selectAll().where('id', '=', itemId).executeTakeFirst();
  if (!row) return;
  const parts = [
    row.title_fi,
    row.title_sv,
    row.title_en,
    row.presenter_text,
    ...(['background', 'proposal', 'discussion'] as const).flatMap((prefix) => [row[`${prefix}_fi`], row[`${prefix}_sv`], row[`${prefix}_en`]]),
  ];
  const attachments = await db.selectFrom('agenda_attachment').select('file_name').where('agenda_item_id', '=', itemId).execute();
  parts.push(...attachments.map((attachment) => attachment.file_name));
  await db.updateTable('agenda_item').set({ search_text: fold(parts) }).where('id', '=', itemId).execute();
}

function fold(parts: ReadonlyArray<string | null>): string {
  return foldForSearch(parts.filter(Boolean).join(' | '));
}
