import { createHash } from 'node:crypto';
import { ATTACHMENT_LIMITS, type MeetingDetail } from '../../api/contract/meetings.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { findAgendaItemRow } from '../../db/repositories/agenda-item-repository.js';
import { findAttachmentSummary, meetingAttachmentBytes } from '../../db/repositories/meeting-attachment-repository.js';
import { throwVersionProblem } from '../../db/versioned-row.js';
import { decodeUpload } from '../../export/uploaded-file.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { openMeeting } from './agenda-commands.js';
import { refreshAgendaItemSearchText } from './meeting-search-text.js';
import { getMeetingDetail } from './meeting-view.js';

/**
 * Small files kept with a § item inside the network file. The media type comes from the name's
 * extension (an allowlist of office documents and pictures), never from what the page claims.
 */
const ATTACHMENT_MEDIA_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  txt: 'text/plain',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

const MEGABYTE = 1024 * 1024;

export async function addAttachment(context: WriteContext, itemId: string, fileName: string, contentBase64: string): Promise<MeetingDetail> {
  const item = await findAgendaItemRow(context.db, itemId);
  if (!item) throw new AppError('not_found', { id: itemId }, ['itemId']);
  await openMeeting(context, item.meeting_id, ['itemId']);
  const name = cleanFileName(fileName);
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const mediaType = ATTACHMENT_MEDIA_TYPES[extension];
  if (!mediaType) throw new AppError('attachment_type_not_allowed', { extension: extension ? `.${extension}` : '—' }, ['fileName']);
  const bytes = decodeUpload(contentBase64);
  if (bytes.length > ATTACHMENT_LIMITS.maxFileBytes) {
    throw new AppError('attachment_too_large', { limit: ATTACHMENT_LIMITS.maxFileBytes / MEGABYTE }, ['contentBase64']);
  }
  if ((await meetingAttachmentBytes(context.db, item.meeting_id)) + bytes.length > ATTACHMENT_LIMITS.maxMeetingBytes) {
    throw new AppError('attachment_meeting_limit', { limit: ATTACHMENT_LIMITS.maxMeetingBytes / MEGABYTE }, ['contentBase64']);
  }
  const last = await context.db
    .selectFrom('agenda_attachment')
    .select((eb) => eb.fn.max('sort_order').as('highest'))
    .where('agenda_item_id', '=', itemId)
    .executeTakeFirst();
  const now = context.author.now.toISOString();
  const id = newId(context.author.now.getTime());
  const row = {
    id,
    agenda_item_id: itemId,
    file_name: name,
    media_type: mediaType,
    size_bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    sort_order: Number(last?.highest ?? 0) + 1,
    created_at: now,
    updated_at: now,
    row_version: 1,
  };
  await context.db.insertInto('agenda_attachment').values({ ...row, content: bytes }).execute();
  await refreshAgendaItemSearchText(context.db, itemId);
  // the bytes stay out of the change log: the file would only grow
  await recordChange(context.db, context.author, { entityType: 'agenda_attachment', entityId: id, operation: 'create', after: row });
  return getMeetingDetail(context, item.meeting_id);
}

export async function removeAttachment(context: WriteContext, attachmentId: string, expectedVersion: number): Promise<MeetingDetail> {
  const before = await findAttachmentSummary(context.db, attachmentId);
  if (!before || before.row_version !== expectedVersion) return throwVersionProblem(context.db, 'agenda_attachment', attachmentId);
  const item = (await findAgendaItemRow(context.db, before.agenda_item_id))!;
  await openMeeting(context, item.meeting_id, ['attachmentId']);
  await context.db.deleteFrom('agenda_attachment').where('id', '=', attachmentId).execute();
  await refreshAgendaItemSearchText(context.db, item.id);
  await recordChange(context.db, context.author, { entityType: 'agenda_attachment', entityId: attachmentId, operation: 'delete', before });
  return getMeetingDetail(context, item.meeting_id);
}

/**
 * Only the name itself: no folders, no control characters (it becomes a file name when saved), and
 * no bidirectional overrides, which make "kuva\u202Efdp.png" show as "kuvagnp.pdf" in the list.
 */
function cleanFileName(fileName: string): string {
  const name = (fileName.split(/[\\/]/).pop() ?? '').trim();
  if (!name || name === '.' || name === '..' || /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"|?*]/.test(name)) {
    throw new AppError('attachment_name_invalid', {}, ['fileName']);
  }
  return name.normalize('NFC');
}
