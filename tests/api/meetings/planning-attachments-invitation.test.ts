import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENT_LIMITS } from '../../../src-main/api/contract/meetings.js';
import { readAttachmentContent } from '../../../src-main/db/repositories/meeting-attachment-repository.js';
import type { AppSession } from '../../../src-main/session/app-session.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork } from '../../support/temp-network.js';
import { callOk, callRefusedWithoutWriting, createTestSession } from '../../support/test-session.js';
import { addActorWithPeople, itemInput, meetingInput } from './planning-fixture.js';

/** Attachments kept in the network file, and the invitation text with the Outlook address line. */

let session: AppSession;
beforeAll(async () => {
  const { file, dir } = await createTempNetwork();
  ({ session } = await createTestSession({ dir, open: file }));
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

const db = () => session.requireNetwork().db;
const base64Of = (size: number, fill = 0x41) => Buffer.alloc(size, fill).toString('base64');

describe('attachments', () => {
  it('keeps a file with its type from the name and its hash, and never lists the bytes', async () => {
    const meeting = await callOk(session, 'meetings.create', meetingInput('2026-04-14T13:00', '2026-04-14T15:00'));
    const item = meeting.agenda[0]!;
    const bytes = Buffer.from('%PDF-1.4 esityslistan liite');
    const detail = await callOk(session, 'attachments.add', { itemId: item.id, fileName: 'C:\\Users\\aino\\Liite 1.PDF', contentBase64: bytes.toString('base64') });
    const [attachment] = detail.agenda[0]!.attachments;
    expect(attachment).toEqual({
      id: attachment!.id,
      fileName: 'Liite 1.PDF',
      mediaType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      rowVersion: 1,
    });
    const stored = await readAttachmentContent(db(), attachment!.id);
    expect(Buffer.from(stored!.content).equals(bytes)).toBe(true);
    const everything = JSON.stringify([detail, await callOk(session, 'meetings.list', {}), await callOk(session, 'meetings.get', { meetingId: meeting.id })]);
    expect(everything).not.toContain(bytes.toString('base64'));
    expect(everything).not.toContain('esityslistan liite');

    expect((await callRefusedWithoutWriting(session, 'attachments.add', { itemId: item.id, fileName: 'ohjelma.exe', contentBase64: 'AAAA' })).code).toBe('attachment_type_not_allowed');
    expect((await callRefusedWithoutWriting(session, 'attachments.add', { itemId: item.id, fileName: 'a.txt', contentBase64: 'not base64!' })).code).toBe('upload_damaged');
    expect((await callRefusedWithoutWriting(session, 'attachments.add', { itemId: item.id, fileName: 'a.txt', contentBase64: 'QUJD' + '=' })).code).toBe('upload_damaged');
    expect((await callRefusedWithoutWriting(session, 'attachments.add', { itemId: item.id, fileName: 'a.txt', contentBase64: '' })).code).toBe('upload_empty');

    const removed = await callOk(session, 'attachments.remove', { attachmentId: attachment!.id, expectedVersion: 1 });
    expect(removed.agenda[0]!.attachments).toEqual([]);
    expect(await readAttachmentContent(db(), attachment!.id)).toBeNull();
  });

  it('refuses a file over 5 MB, and more than 25 MB for one meeting', async () => {
    const meeting = await callOk(session, 'meetings.create', meetingInput('2026-05-14T13:00', '2026-05-14T15:00'));
    const itemId = meeting.agenda[0]!.id;
    expect(
      (await callRefusedWithoutWriting(session, 'attachments.add', { itemId, fileName: 'iso.pdf', contentBase64: base64Of(ATTACHMENT_LIMITS.maxFileBytes + 1) })).code,
    ).toBe('attachment_too_large');
    const full = base64Of(ATTACHMENT_LIMITS.maxFileBytes);
    for (let count = 0; count < ATTACHMENT_LIMITS.maxMeetingBytes / ATTACHMENT_LIMITS.maxFileBytes; count += 1) {
      await callOk(session, 'attachments.add', { itemId, fileName: `osa-${count}.txt`, contentBase64: full });
    }
    const other = await callOk(session, 'agendaItems.create', itemInput(meeting.id, 'Toinen kohta'));
    expect((await callRefusedWithoutWriting(session, 'attachments.add', { itemId: other.agenda[1]!.id, fileName: 'yksi.txt', contentBase64: base64Of(1) })).code).toBe(
      'attachment_meeting_limit',
    );
  });
});

describe('the invitation', () => {
  it('writes the invitation with the agenda, and the Outlook line with the address problems', async () => {
    const { representatives } = await addActorWithPeople(session, 'Kanta-Hämeen hyvinvointialue', [
      { name: 'Virtanen, Lotta', email: 'lotta.virtanen@example.fi' },
      { name: 'Åsa Öberg', email: 'asa@example.fi' },
      { name: 'Ilman Osoitetta' },
      { name: 'Toinen Lotta', email: 'LOTTA.virtanen@example.fi' },
      { name: 'Vanha Osoite', email: 'vanha@example.fi' },
    ]);
    // an address saved before the check existed
    await db().updateTable('representative').set({ email: 'vanha@@example' }).where('id', '=', representatives[4]!.id).execute();
    const meeting = await callOk(
      session,
      'meetings.create',
      meetingInput('2026-12-08T13:00', '2026-12-08T15:00', { chairId: representatives[1]!.id, secretaryId: representatives[0]!.id, onlineLink: 'https://teams.example/kokous' }),
    );
    await callOk(session, 'agendaItems.update', { itemId: meeting.agenda[0]!.id, expectedVersion: 1, title: meeting.agenda[0]!.titles, durationMinutes: 15 });
    await callOk(session, 'agendaItems.create', itemInput(meeting.id, 'Kotoutumisohjelma', { durationMinutes: 45, presenterId: representatives[1]!.id }));

    const text = await callOk(session, 'meetings.invitation', { meetingId: meeting.id });
    expect(text.subject).toBe('Kutsu: Kotoutumisverkoston kokous 3/2026, ti 8.12.2026 klo 13.00–15.00');
    expect(text.body).toContain('Aika: ti 8.12.2026 klo 13.00–15.00\nPaikka: Hämeenlinna\nEtäyhteys: https://teams.example/kokous');
    expect(text.body).toContain('Esityslista\n1 § Avoimet tehtävät (13.00–13.15)\n2 § Kotoutumisohjelma (13.15–14.00)\n   Esittelijä: Åsa Öberg');
    expect(text.body.endsWith('Ystävällisin terveisin\nVirtanen, Lotta')).toBe(true);
    // the chair first, then the others by name: the same address twice is written once
    expect(text.outlookLine).toBe('Åsa Öberg <asa@example.fi>; Toinen Lotta <LOTTA.virtanen@example.fi>');
    expect(text.addressProblems).toEqual([
      { name: 'Ilman Osoitetta', email: null, problem: 'missing' },
      { name: 'Vanha Osoite', email: 'vanha@@example', problem: 'invalid' },
      { name: 'Virtanen, Lotta', email: 'lotta.virtanen@example.fi', problem: 'duplicate' },
    ]);
    const quoted = await callOk(session, 'meetings.setInvitees', {
      meetingId: meeting.id,
      expectedVersion: meeting.rowVersion,
      invitees: [{ representativeId: representatives[0]!.id, role: 'required' }],
    });
    expect(quoted.invitees.map((invitee) => [invitee.name, invitee.role])).toEqual([['Virtanen, Lotta', 'required']]);
    expect((await callOk(session, 'meetings.invitation', { meetingId: meeting.id })).outlookLine).toBe('"Virtanen, Lotta" <lotta.virtanen@example.fi>');
    const english = await callOk(session, 'meetings.invitation', { meetingId: meeting.id, lang: 'en' });
    expect(english.subject).toBe('Invitation: Kotoutumisverkoston kokous 3/2026, Tue 8 Dec 2026, 13:00–15:00');
    expect(english.body).toContain('§ 2 Kotoutumisohjelma (13:15–14:00)');
    const swedish = await callOk(session, 'meetings.invitation', { meetingId: meeting.id, lang: 'sv' });
    expect(swedish.body).toContain('1 § Öppna uppgifter (13.00–13.15)');
  });
});
