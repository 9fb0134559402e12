import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../src-main/api/contract/meetings.js';
import type { AppSession } from '../../../src-main/session/app-session.js';
import { child, parseIcs, property, resolveWithVtimezone } from '../../domain/meetings/ics-parser.js';
import { callError, callOk, createTestSession } from '../../support/test-session.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork } from '../../support/temp-network.js';
import { paragraphs, readDocx, tableRows, all } from '../read-docx.js';
import { buildRealMeetings } from './real-meeting.js';

/** The meeting documents through the API on a real file: the worker's .docx, the .ics, an attachment's bytes. */

let session: AppSession;
let file: string;
let meeting: MeetingDetail;
let first: MeetingDetail;
const UNKNOWN_ID = '019cf5a8-b400-7000-8000-000000000000';

beforeAll(async () => {
  file = (await createTempNetwork()).file;
  session = (await createTestSession({ open: file })).session;
  ({ meeting, first } = await buildRealMeetings(session));
}, 60_000);
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

describe('exports.meetingRecord and exports.agenda', () => {
  it('writes the minutes with the carried overdue item, the deputy, the decision and the signature lines', { timeout: 60_000 }, async () => {
    const result = (await callOk(session, 'exports.meetingRecord', { meetingId: meeting.id, lang: 'fi' }))!;
    expect(result.fileName).toMatch(/^Pöytäkirja-2-2026-2026-03-10.*\.docx$/);
    const docx = await readDocx(readFileSync(result.path));
    const texts = paragraphs(docx.document).map((p) => p.text);
    const tables = all(docx.document, 'tbl').map(tableRows);
    expect(tables[0]![0]![1]).toBe('PÖYTÄKIRJA 2/2026');
    expect(tables[0]).toContainEqual(['Diaarinumero', 'HML/77/2026']);
    expect(texts).toContain('Verkosto hyväksyi matriisin yksimielisesti.');
    expect(texts).toContain('Asiaa ei käsitelty. Se siirtyy myöhempään kokoukseen.');
    const rows = tables.flat();
    expect(rows).toContainEqual(['Laura Heikkinen', 'varajäsenenä (Olli Mäkelä)', 'paikan päällä']);
    expect(rows).toContainEqual(['Sari Koskinen', 'poissa', '–']);
    const overdue = rows.find((row) => row[0] === 'Yhteystietolistan päivitys');
    expect(overdue).toBeDefined();
    expect(overdue!.at(-1)).toBe('avoin, myöhässä');
    expect(rows).toContainEqual(['Matriisin julkaisu verkoston sivuilla', 'Mikko Laine (Hämeen ELY-keskus)', '15.4.2026', 'avoin']);
    expect(texts).toContain('Pöytäkirja tarkastettu');
  });

  it('writes the agenda in Swedish, falling back to Finnish where the Swedish text is missing', { timeout: 60_000 }, async () => {
    const result = (await callOk(session, 'exports.agenda', { meetingId: meeting.id, lang: 'sv' }))!;
    const docx = await readDocx(readFileSync(result.path));
    const headings = paragraphs(docx.document).filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(headings).toEqual(expect.arrayContaining(['Inbjudna', expect.stringMatching(/^\d+ § Godkännande av ansvarsmatrisen$/), expect.stringMatching(/^\d+ § Koulutuspäivä$/)]));
    expect(all(docx.document, 'tbl').map(tableRows)[0]![0]![1]).toBe('FÖREDRAGNINGSLISTA 2/2026');
  });

  it('refuses an unknown meeting before asking for a file name', async () => {
    const error = await callError(session, 'exports.agenda', { meetingId: UNKNOWN_ID, lang: 'fi' });
    expect(error.code).toBe('export_meeting_not_found');
    expect(error.message).toContain(UNKNOWN_ID);
  });
});

describe('exports.meetingIcs', () => {
  it('writes an invitation organised by the secretary, with the invitees who have addresses', async () => {
    const result = (await callOk(session, 'exports.meetingIcs', { meetingId: meeting.id }))!;
    expect(result.fileName.endsWith('.ics')).toBe(true);
    const text = readFileSync(result.path, 'utf8');
    const calendar = parseIcs(text);
    expect(property(calendar, 'METHOD').value).toBe('REQUEST');
    const event = child(calendar, 'VEVENT');
    const start = property(event, 'DTSTART');
    expect(start.params.TZID).toBe('Europe/Helsinki');
    expect(start.value).toBe('20260310T130000');
    expect(resolveWithVtimezone(child(calendar, 'VTIMEZONE'), start.value).toISOString()).toBe('2026-03-10T11:00:00.000Z');
    expect(property(event, 'UID').value).toBe(`${meeting.id}@kotoverkko.invalid`);
    expect(property(event, 'ORGANIZER').value).toBe('mailto:mikko.laine@example.fi');
    const attendees = event.properties.filter((line) => line.name === 'ATTENDEE').map((line) => line.value);
    // Laura has no address: she is on the agenda's invitee list but not in the calendar file
    expect(attendees.sort()).toEqual(['mailto:aino.virtanen@example.fi', 'mailto:mikko.laine@example.fi', 'mailto:olli.makela@example.fi', 'mailto:sari.koskinen@example.fi']);
    expect(property(event, 'DESCRIPTION').value).toContain('Vastuumatriisin hyväksyminen');
  });

  it('writes a cancellation with the same UID and a higher SEQUENCE for a cancelled meeting', async () => {
    const before = parseIcs(readFileSync((await callOk(session, 'exports.meetingIcs', { meetingId: first.id }))!.path, 'utf8'));
    const current = await callOk(session, 'meetings.get', { meetingId: first.id });
    await callOk(session, 'meetings.markInvited', { meetingId: first.id, expectedVersion: current.rowVersion });
    const invited = await callOk(session, 'meetings.get', { meetingId: first.id });
    await callOk(session, 'meetings.cancel', { meetingId: first.id, expectedVersion: invited.rowVersion });
    const cancelled = parseIcs(readFileSync((await callOk(session, 'exports.meetingIcs', { meetingId: first.id, lang: 'en' }))!.path, 'utf8'));
    expect(property(cancelled, 'METHOD').value).toBe('CANCEL');
    const event = child(cancelled, 'VEVENT');
    expect(property(event, 'STATUS').value).toBe('CANCELLED');
    expect(property(event, 'UID').value).toBe(property(child(before, 'VEVENT'), 'UID').value);
    expect(Number(property(event, 'SEQUENCE').value)).toBeGreaterThan(Number(property(child(before, 'VEVENT'), 'SEQUENCE').value));
  });
});

describe('exports.attachment', () => {
  it('writes the stored bytes unchanged under the stored name', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x10, 0x80]);
    const attachmentId = '019cf5a8-b400-7000-8000-0000000000a1';
    // attachments.add belongs to the planning area; the stored row is all this export reads
    const store = session.requireNetwork();
    await store.db
      .insertInto('agenda_attachment')
      .values({
        id: attachmentId,
        agenda_item_id: meeting.agenda[0]!.id,
        file_name: 'Liite 1 – matriisi.pdf',
        media_type: 'application/pdf',
        size_bytes: bytes.length,
        sha256: 'x',
        content: bytes,
        sort_order: 1,
        row_version: 1,
        created_at: '2026-03-16T08:00:00.000Z',
        updated_at: '2026-03-16T08:00:00.000Z',
      })
      .execute();
    const result = (await callOk(session, 'exports.attachment', { attachmentId }))!;
    expect(result.fileName).toBe('Liite-1-matriisi.pdf');
    expect(new Uint8Array(readFileSync(result.path))).toEqual(bytes);
    expect((await callError(session, 'exports.attachment', { attachmentId: UNKNOWN_ID })).code).toBe('export_attachment_not_found');
  });
});
