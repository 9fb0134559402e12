import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erasureCompacted } from '../../src-main/domain/privacy/compact-after-erasure.js';
import { foldForSearch } from '../../src-main/domain/shared/finnish-text.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { removeTempDirs, sideFiles } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { callOk, callRefusedWithoutWriting, createTestSession } from '../support/test-session.js';

/**
 * GDPR erasure through the API on a real demo file: a representative who has left loses name,
 * title, e-mail and phone everywhere the data copied them, the change log keeps its entries with
 * the texts replaced, and afterwards not one byte of the file spells them.
 */
const PERSON = { name: 'Ilmari Poistettava', title: 'Vastaava monikielisyysohjaaja', email: 'ilmari.poistettava@example.fi', phone: '+358 40 765 4321' };

let session: AppSession;
let file: string;
const db = () => session.requireNetwork().db;

beforeAll(async () => {
  const created = await createTempNetwork({ demo: true });
  file = created.file;
  ({ session } = await createTestSession({ dir: created.dir, open: file, now: '2026-11-23T10:00:00.000Z' }));
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

function fileHolds(text: string): boolean {
  const bytes = readFileSync(file);
  return bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'));
}

async function someActorId(): Promise<{ actorId: string; actorName: string }> {
  const actor = (await callOk(session, 'actors.list', {})).find((entry) => entry.type === 'municipality') ?? (await callOk(session, 'actors.list', {}))[0]!;
  return { actorId: actor.id, actorName: actor.name };
}

describe('privacy.eraseRepresentative', () => {
  it('refuses a representative who is still in office, writing nothing', async () => {
    const { actorId } = await someActorId();
    const current = await callOk(session, 'representatives.create', { actorId, name: 'Nykyinen Edustaja', networkRole: 'member', validFrom: '2025-01-01' });
    const error = await callRefusedWithoutWriting(session, 'privacy.eraseRepresentative', { representativeId: current.id, expectedVersion: current.rowVersion });
    expect(error.code).toBe('privacy_representative_current');
    expect(error.message).toContain('Nykyinen Edustaja');
    // an end date still ahead is not "has left" either
    const leaving = await callOk(session, 'representatives.update', { id: current.id, expectedVersion: 1, name: 'Nykyinen Edustaja', networkRole: 'member', validTo: '2026-12-31' });
    expect((await callRefusedWithoutWriting(session, 'privacy.eraseRepresentative', { representativeId: leaving.id, expectedVersion: leaving.rowVersion })).code).toBe(
      'privacy_representative_current',
    );
  });

  it('erases a former representative from the data and the change log, and no byte of the file keeps the texts', async () => {
    const { actorId, actorName } = await someActorId();
    // A life in the network: created, edited (leaving old copies in the file's pages), at a meeting, named in notes, then left.
    let person = await callOk(session, 'representatives.create', { actorId, ...PERSON, title: 'Suunnittelija', networkRole: 'member', validFrom: '2024-01-01' });
    person = await callOk(session, 'representatives.update', { id: person.id, expectedVersion: person.rowVersion, ...PERSON, networkRole: 'member', validFrom: '2024-01-01' });
    const [meeting, otherMeeting] = await callOk(session, 'meetings.list', {});
    await callOk(session, 'attendance.set', { meetingId: meeting!.id, representativeId: person.id, status: 'present', note: `Yhteyshenkilö ${PERSON.phone}` });
    // a row deleted long before the erasure: its old bytes stay in a page's free space unless something clears them
    const marked = await callOk(session, 'attendance.set', { meetingId: otherMeeting!.id, representativeId: person.id, status: 'absent', note: `Soita ${PERSON.phone}, ${PERSON.email}` });
    const mistake = marked.attendance.find((row) => row.representativeId === person.id)!;
    await callOk(session, 'attendance.remove', { attendanceId: mistake.id, expectedVersion: mistake.rowVersion });
    const actor = await callOk(session, 'actors.get', { id: actorId });
    await callOk(session, 'actors.update', {
      id: actorId,
      expectedVersion: actor.rowVersion,
      name: actor.name,
      shortName: actor.shortName,
      type: actor.type,
      isPublicAuthority: actor.isPublicAuthority,
      businessId: actor.businessId,
      municipality: actor.municipality,
      website: actor.website,
      notes: `Yhteydet: ${PERSON.name} (${PERSON.email}).`,
      validFrom: actor.validFrom,
      validTo: actor.validTo,
    });
    person = await callOk(session, 'representatives.update', { id: person.id, expectedVersion: person.rowVersion, ...PERSON, networkRole: 'member', validFrom: '2024-01-01', validTo: '2026-06-30' });
    const entriesBefore = await db().selectFrom('change_log').select(['id', 'entity_type', 'entity_id', 'operation']).orderBy('id').execute();
    expect(fileHolds(PERSON.name) && fileHolds(PERSON.email), 'the file spells the person before the erasure').toBe(true);

    const started = performance.now();
    const result = await callOk(session, 'privacy.eraseRepresentative', { representativeId: person.id, expectedVersion: person.rowVersion });
    const erasedIn = performance.now() - started;
    const label = `Entinen edustaja (${actorName})`;
    expect(result.representative).toMatchObject({ id: person.id, actorId, name: label, title: null, email: null, phone: null, validTo: '2026-06-30', networkRole: 'member' });
    expect(result.rowsRewritten).toBeGreaterThanOrEqual(3);
    expect(result.changeLogEntriesRewritten).toBeGreaterThanOrEqual(5);

    // ids stay: the attendance, the actor and every earlier change-log entry are still there
    const attendance = await db().selectFrom('meeting_attendance').selectAll().where('representative_id', '=', person.id).execute();
    expect(attendance.map((row) => [row.person_name, row.note])).toEqual([[label, `Yhteyshenkilö ${label}`]]);
    expect((await callOk(session, 'actors.get', { id: actorId })).notes).toBe(`Yhteydet: ${label} (${label}).`);
    const entriesAfter = await db().selectFrom('change_log').select(['id', 'entity_type', 'entity_id', 'operation', 'before_json', 'after_json']).orderBy('id').execute();
    expect(entriesAfter.slice(0, entriesBefore.length).map(({ id, entity_type, entity_id, operation }) => ({ id, entity_type, entity_id, operation }))).toEqual(entriesBefore);
    const own = entriesAfter.filter((entry) => entry.entity_type === 'representative' && entry.entity_id === person.id);
    expect(own.length).toBe(4);
    for (const entry of own) {
      for (const json of [entry.before_json, entry.after_json]) {
        if (!json) continue;
        const value = JSON.parse(json) as Record<string, unknown>;
        expect([value.name, value.title, value.email, value.phone]).toEqual([label, null, null, null]);
      }
    }
    // nobody finds the person any more, by any of the texts
    const everything = JSON.stringify(await db().selectFrom('change_log').selectAll().execute());
    for (const text of Object.values(PERSON)) {
      const where = JSON.parse(everything).filter((entry: { before_json: string | null; after_json: string | null }) => `${entry.before_json}${entry.after_json}`.includes(text));
      expect(where, text).toEqual([]);
    }
    const found = await db().selectFrom('representative').select('id').where('search_text', 'like', `%${foldForSearch(PERSON.name)}%`).execute();
    expect(found).toEqual([]);

    // VACUUM runs right after the commit; then not one page spells the name, e-mail or phone
    await erasureCompacted(db());
    await sql`select 1`.execute(db());
    console.info(`erasure: ${Math.round(erasedIn)} ms in the transaction, VACUUM done ${Math.round(performance.now() - started)} ms after the call, file ${readFileSync(file).length} bytes`);
    for (const text of [PERSON.name, PERSON.email, PERSON.phone, foldForSearch(PERSON.name), PERSON.title]) expect(fileHolds(text), text).toBe(false);
    expect((await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db())).rows[0]!.integrity_check).toBe('ok');
    expect(sideFiles(file)).toEqual([]);
  });

  it('refuses a stale version and a second erasure', async () => {
    const { actorId } = await someActorId();
    const person = await callOk(session, 'representatives.create', { actorId, name: 'Toinen Lähtenyt', networkRole: 'deputy', validTo: '2025-12-31' });
    expect((await callRefusedWithoutWriting(session, 'privacy.eraseRepresentative', { representativeId: person.id, expectedVersion: 7 })).code).toBe('version_conflict');
    const archived = await callOk(session, 'representatives.archive', { id: person.id, expectedVersion: 1 });
    const erased = await callOk(session, 'privacy.eraseRepresentative', { representativeId: archived.id, expectedVersion: archived.rowVersion });
    await erasureCompacted(db());
    expect((await callRefusedWithoutWriting(session, 'privacy.eraseRepresentative', { representativeId: person.id, expectedVersion: erased.representative.rowVersion })).code).toBe(
      'privacy_already_erased',
    );
  });
});
