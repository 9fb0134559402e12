import type { Selectable } from 'kysely';
import type { Queryable } from '../network-store.js';
import type { AgendaAttachmentTable } from '../schema.js';

/** Attachments of agenda items. Lists never select `content`: the bytes leave only through `readAttachmentContent`. */

const SUMMARY_COLUMNS = ['id', 'agenda_item_id', 'file_name', 'media_type', 'size_bytes', 'sha256', 'sort_order', 'row_version'] as const;

export type AttachmentSummaryRow = Pick<Selectable<AgendaAttachmentTable>, (typeof SUMMARY_COLUMNS)[number]>;

export async function findAttachmentSummaries(db: Queryable, itemIds: readonly string[]): Promise<AttachmentSummaryRow[]> {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('agenda_attachment')
    .select([...SUMMARY_COLUMNS])
    .where('agenda_item_id', 'in', [...new Set(itemIds)])
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
}

export async function findAttachmentSummary(db: Queryable, id: string): Promise<AttachmentSummaryRow | undefined> {
  return db.selectFrom('agenda_attachment').select([...SUMMARY_COLUMNS]).where('id', '=', id).executeTakeFirst();
}

/** Bytes of all attachments of a meeting's items together (the per-meeting limit). */
export async function meetingAttachmentBytes(db: Queryable, meetingId: string): Promise<number> {
  const row = await db
    .selectFrom('agenda_attachment')
    .innerJoin('agenda_item', 'agenda_item.id', 'agenda_attachment.agenda_item_id')
    .select((eb) => eb.fn.sum<number>('agenda_attachment.size_bytes').as('total'))
    .where('agenda_item.meeting_id', '=', meetingId)
    .executeTakeFirst();
  return Number(row?.total ?? 0);
}

/** One attachment with its bytes, for the host's "save these bytes" door and the exports. */
export async function readAttachmentContent(
  db: Queryable,
  attachmentId: string,
): Promise<{ fileName: string; mediaType: string; sha256: string; content: Uint8Array } | null> {
  const row = await db
    .selectFrom('agenda_attachment')
    .select(['file_name', 'media_type', 'sha256', 'content'])
    .where('id', '=', attachmentId)
    .executeTakeFirst();
  if (!row) return null;
  return { fileName: row.file_name, mediaType: row.media_type, sha256: row.sha256, content: new Uint8Array(row.content) };
}
