import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellEditResult, MatrixView, RaciLetter } from '../../src-main/api/contract/matrices.js';
import { newId } from '../../src-main/db/ids.js';
import { deleteCellRows, deleteColumnRow, setTaskOrder, updateTaskRow } from '../../src-main/db/repositories/matrix-draft-repository.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { contentHash } from '../support/db-content.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork, TEST_AUTHOR, TEST_INSTANT } from '../support/temp-network.js';
import { callOk, createTestSession, callRefusedWithoutWriting } from '../support/test-session.js';

/** Responsibility matrices through `dispatch`, on a real file: creation, editing, checks and their walls. */

let session: AppSession;
const db = () => session.requireNetwork().db;
const TODAY = TEST_INSTANT.slice(0, 10);

interface Fixture {
  actors: Record<'hml' | 'tyEtela' | 'tyHml' | 'hva' | 'kela' | 'spr' | 'te', string>;
  processId: string;
  otherProcessNodeId: string;
  nodes: Record<'ohjaus' | 'arviointi' | 'valinta' | 'suunnitelma' | 'jarjesto', string>;
}
let fixture: Fixture;

beforeAll(async () => {
  const { file, dir } = await createTempNetwork();
  ({ session } = await createTestSession({ dir, open: file }));
  fixture = await buildFixture(session);
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

const refusedWithoutWriting = (method: unknown, input: unknown) => callRefusedWithoutWriting(session, method, input);

async function newProcessMatrix(name = 'Asiakasprosessin vastuumatriisi'): Promise<MatrixView> {
  return callOk(session, 'matrices.create', { name: { fi: name }, processId: fixture.processId });
}

const taskNamed = (view: MatrixView, name: string) => view.tasks.find((task) => task.name === name)!.id;
const codes = (result: { findings: Array<{ code: string; taskId: string | null; actorId: string | null }> }, taskId?: string) =>
  result.findings.filter((finding) => taskId === undefined || finding.taskId === taskId).map((finding) => finding.code);

describe('creating a matrix', () => {
  it('takes a row for every step and decision of the process in its order, and the performers as columns', async () => {
    const view = await newProcessMatrix();
    expect(view.tasks.map((task) => task.name)).toEqual([
      'Ohjaus ja neuvonta',
      'Osaamisen ja kotoutumisen palvelutarpeen arviointi',
      'Onko asiakas työnhakija?',
      'Kotoutumissuunnitelma',
      'Järjestötoimintaan tutustuminen',
    ]);
    expect(view.tasks.map((task) => task.nodeId)).toEqual([
      fixture.nodes.ohjaus,
      fixture.nodes.arviointi,
      fixture.nodes.valinta,
      fixture.nodes.suunnitelma,
      fixture.nodes.jarjesto,
    ]);
    expect(view.tasks.map((task) => task.statutory)).toEqual([true, true, false, true, false]);
    expect(new Set(view.tasks.map((task) => task.lineageId)).size).toBe(5);
    expect(view.tasks.map((task) => task.sortOrder)).toEqual([0, 1, 2, 3, 4]);
    expect(view.columns.map((column) => column.actorId)).toEqual([fixture.actors.hml, fixture.actors.tyEtela, fixture.actors.spr]);
    expect(view.columns.map((column) => column.name)).toEqual(['Hämeenlinnan kaupunki', 'Etelä-Hämeen työllisyysalue', 'SPR Hämeen piiri']);
    expect(view.version).toMatchObject({ number: 1, status: 'draft', validOn: TODAY, basedOnVersionId: null, rowVersion: 1 });
    expect(view.versions.map((version) => version.id)).toEqual([view.version.id]);
    expect(view.matrix).toMatchObject({ processId: fixture.processId, processName: 'Kotoutujan asiakasprosessi', thresholds: { maxConsulted: 5, maxInformed: 12 } });
    expect(view.cells).toEqual([]);
    // Every row starts without A and R: the checks say so at once.
    expect(view.summary).toEqual({ errors: 10, openWarnings: 3, acceptedWarnings: 0 });
  });

  it('keeps the names it copied when a step is renamed later', async () => {
    const view = await newProcessMatrix('Nimihistoria');
    await db().updateTable('process_node').set({ name_fi: 'Alkuvaiheen ohjaus' }).where('id', '=', fixture.nodes.ohjaus).execute();
    const again = await callOk(session, 'matrices.get', { matrixId: view.matrix.id });
    expect(again.tasks[0]!.name).toBe('Ohjaus ja neuvonta');
    await db().updateTable('process_node').set({ name_fi: 'Ohjaus ja neuvonta' }).where('id', '=', fixture.nodes.ohjaus).execute();
  });

  it('takes the given actors as columns, in the given order, and refuses an unknown one by its place', async () => {
    const view = await callOk(session, 'matrices.create', {
      name: { fi: 'Vapaa matriisi', sv: 'Fri matris' },
      actorIds: [fixture.actors.kela, fixture.actors.hml, fixture.actors.kela],
      thresholds: { maxConsulted: 2, maxInformed: 11 },
    });
    expect(view.tasks).toEqual([]);
    expect(view.columns.map((column) => column.actorId)).toEqual([fixture.actors.kela, fixture.actors.hml]);
    expect(view.matrix.thresholds).toEqual({ maxConsulted: 2, maxInformed: 11 });

    const unknown = newId();
    const error = await refusedWithoutWriting('matrices.create', { name: { fi: 'X' }, actorIds: [fixture.actors.hml, unknown] });
    expect([error.code, error.path]).toEqual(['not_found', ['actorIds', 1]]);
    const noProcess = await refusedWithoutWriting('matrices.create', { name: { fi: 'X' }, processId: unknown });
    expect([noProcess.code, noProcess.path]).toEqual(['not_found', ['processId']]);
  });

  it('lists matrices by name with their latest version and size, and filters by process', async () => {
    const list = await callOk(session, 'matrices.list', {});
    const names = list.map((matrix) => matrix.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fi')));
    const free = list.find((matrix) => matrix.name === 'Vapaa matriisi')!;
    expect(free).toMatchObject({ processId: null, taskCount: 0, actorCount: 2, approvedVersion: null, latestVersion: { number: 1, status: 'draft' } });
    const ofProcess = await callOk(session, 'matrices.list', { processId: fixture.processId });
    expect(ofProcess.length).toBeGreaterThan(0);
    expect(ofProcess.every((matrix) => matrix.processId === fixture.processId && matrix.taskCount === 5 && matrix.processName === 'Kotoutujan asiakasprosessi')).toBe(true);
    expect((await callOk(session, 'matrices.list', { lang: 'sv' })).find((matrix) => matrix.id === free.id)).toMatchObject({ name: 'Fri matris', nameLanguage: 'sv' });
  });

  it('renames, archives and restores a matrix with optimistic concurrency', async () => {
    const view = await newProcessMatrix('Arkistoitava');
    const updated = await callOk(session, 'matrices.update', {
      id: view.matrix.id,
      expectedVersion: 1,
      name: { fi: 'Arkistoitava matriisi' },
      thresholds: { maxConsulted: 3, maxInformed: 11 },
    });
    expect([updated.matrix.name.fi, updated.matrix.rowVersion, updated.matrix.thresholds.maxConsulted]).toEqual(['Arkistoitava matriisi', 2, 3]);
    const stale = await refusedWithoutWriting('matrices.archive', { id: view.matrix.id, expectedVersion: 1 });
    expect(stale.code).toBe('version_conflict');
    const archived = await callOk(session, 'matrices.archive', { id: view.matrix.id, expectedVersion: 2 });
    expect(archived.matrix.archived).toBe(true);
    expect((await callOk(session, 'matrices.list', {})).some((matrix) => matrix.id === view.matrix.id)).toBe(false);
    expect((await callOk(session, 'matrices.list', { includeArchived: true })).some((matrix) => matrix.id === view.matrix.id)).toBe(true);
    expect((await callOk(session, 'matrices.restore', { id: view.matrix.id, expectedVersion: 3 })).matrix.archived).toBe(false);
  });
});

describe('editing letters', () => {
  let view: MatrixView;
  let rowVersion: number;
  const set = async (cells: Array<[taskId: string, actorId: string, letter: RaciLetter | null]>): Promise<CellEditResult> => {
    const result = await callOk(session, 'matrices.setCells', {
      versionId: view.version.id,
      expectedVersion: rowVersion,
      cells: cells.map(([taskId, actorId, letter]) => ({ taskId, actorId, letter })),
    });
    rowVersion = result.versionRowVersion;
    return result;
  };
  beforeAll(async () => {
    view = await newProcessMatrix('Kirjainten muokkaus');
    rowVersion = view.version.rowVersion;
  });

  it('shows a check appear and disappear as letters change', async () => {
    const ohjaus = taskNamed(view, 'Ohjaus ja neuvonta');
    expect(codes(view, ohjaus)).toEqual(['no_accountable', 'no_responsible']);

    let result = await set([[ohjaus, fixture.actors.hml, 'A']]);
    expect(codes(result, ohjaus)).toEqual(['no_responsible']);
    expect(result.versionRowVersion).toBe(2);
    expect(result.cells).toEqual([{ taskId: ohjaus, actorId: fixture.actors.hml, letter: 'A' }]);

    result = await set([[ohjaus, fixture.actors.tyEtela, 'R']]);
    expect(codes(result, ohjaus)).toEqual([]);
    expect(result.cells).toEqual([
      { taskId: ohjaus, actorId: fixture.actors.hml, letter: 'A' },
      { taskId: ohjaus, actorId: fixture.actors.tyEtela, letter: 'R' },
    ]);

    result = await set([[ohjaus, fixture.actors.spr, 'A']]);
    expect(codes(result, ohjaus)).toEqual(['several_accountable', 'statutory_accountable_not_authority']);
    expect(result.findings.find((finding) => finding.code === 'several_accountable')!.params).toEqual({ count: 2 });

    result = await set([[ohjaus, fixture.actors.spr, null]]);
    expect(codes(result, ohjaus)).toEqual([]);
    expect(result.cells.map((cell) => cell.actorId)).toEqual([fixture.actors.hml, fixture.actors.tyEtela]);

    const stored = await db().selectFrom('matrix_cell').selectAll().where('version_id', '=', view.version.id).execute();
    expect(stored.map((cell) => [cell.task_id, cell.actor_id, cell.letter]).sort()).toEqual(
      [
        [ohjaus, fixture.actors.hml, 'A'],
        [ohjaus, fixture.actors.tyEtela, 'R'],
      ].sort(),
    );
    const got = await callOk(session, 'matrices.get', { matrixId: view.matrix.id });
    expect(got.findings).toEqual(result.findings);
    expect(got.version.rowVersion).toBe(rowVersion);
  });

  it('fills many cells in one call, the last letter for a cell winning', async () => {
    const tasks = view.tasks.map((task) => task.id);
    const result = await set([
      ...tasks.map((taskId): [string, string, RaciLetter] => [taskId, fixture.actors.hml, 'A']),
      ...tasks.map((taskId): [string, string, RaciLetter] => [taskId, fixture.actors.tyEtela, 'C']),
      ...tasks.map((taskId): [string, string, RaciLetter] => [taskId, fixture.actors.tyEtela, 'R']),
    ]);
    expect(result.summary.errors).toBe(0);
    expect(result.cells).toHaveLength(10);
    expect(codes(result)).toEqual(['actor_without_part']);
    const log = await db().selectFrom('change_log').selectAll().where('entity_id', '=', view.version.id).orderBy('id', 'desc').executeTakeFirstOrThrow();
    // the first row already held these letters: only the changed cells are logged
    expect(JSON.parse(log.after_json!).cells).toHaveLength(8);
    expect(log.changed_by).toBe(TEST_AUTHOR);
  });

  it('refuses an unknown letter, a cell of an unknown or removed actor and a task of another version, writing nothing', async () => {
    const ohjaus = taskNamed(view, 'Ohjaus ja neuvonta');
    const other = await newProcessMatrix('Toinen');
    const good = { taskId: ohjaus, actorId: fixture.actors.hml, letter: 'C' };
    const call = (cells: unknown[]) => refusedWithoutWriting('matrices.setCells', { versionId: view.version.id, expectedVersion: rowVersion, cells });

    const letter = await call([good, { ...good, letter: 'X' }]);
    expect([letter.code, letter.path]).toEqual(['invalid_choice', ['cells', 1, 'letter']]);
    const lowercase = await call([{ ...good, letter: 'a' }]);
    expect(lowercase.path).toEqual(['cells', 0, 'letter']);

    const unknownActor = await call([good, { ...good, actorId: newId() }]);
    expect([unknownActor.code, unknownActor.path]).toEqual(['matrix_actor_not_column', ['cells', 1, 'actorId']]);
    expect(unknownActor.message).toMatch(/ei ole tämän vastuumatriisin version sarake/);
    const notAColumn = await call([good, good, { ...good, actorId: fixture.actors.kela }]);
    expect(notAColumn.path).toEqual(['cells', 2, 'actorId']);

    const foreignTask = await call([good, { ...good, taskId: other.tasks[0]!.id }]);
    expect([foreignTask.code, foreignTask.path]).toEqual(['matrix_task_not_in_version', ['cells', 1, 'taskId']]);

    // A column removed from the draft takes its letters with it; a later cell for it is refused.
    const removed = await callOk(session, 'matrices.removeColumn', { versionId: view.version.id, expectedVersion: rowVersion, actorId: fixture.actors.spr });
    rowVersion = removed.version.rowVersion;
    const forRemoved = await call([{ ...good, actorId: fixture.actors.spr }]);
    expect([forRemoved.code, forRemoved.path]).toEqual(['matrix_actor_not_column', ['cells', 0, 'actorId']]);
  });

  it('makes the second of two editors with the same version see a conflict naming the first', async () => {
    const ohjaus = taskNamed(view, 'Ohjaus ja neuvonta');
    const base = rowVersion;
    await callOk(session, 'settings.update', { userName: 'Aino Virtanen' });
    await set([[ohjaus, fixture.actors.tyEtela, 'R']]);
    await set([[ohjaus, fixture.actors.hml, 'I']]);
    await callOk(session, 'settings.update', { userName: TEST_AUTHOR });
    const conflict = await refusedWithoutWriting('matrices.setCells', {
      versionId: view.version.id,
      expectedVersion: base,
      cells: [{ taskId: ohjaus, actorId: fixture.actors.hml, letter: 'A' }],
    });
    expect(conflict.code).toBe('version_conflict');
    expect(conflict.params.changedBy).toBe('Aino Virtanen');
    await set([[ohjaus, fixture.actors.hml, 'A']]);
  });
});

describe('accepted warnings', () => {
  it('accepts only warnings, with a reason recorded with who and when, and takes the acceptance back', async () => {
    const view = await callOk(session, 'matrices.create', {
      name: { fi: 'Tiedottaminen' },
      actorIds: [fixture.actors.hml, fixture.actors.tyEtela, fixture.actors.kela, fixture.actors.hva],
      thresholds: { maxConsulted: 5, maxInformed: 1 },
    });
    const added = await callOk(session, 'matrices.addTask', { versionId: view.version.id, expectedVersion: 1, name: { fi: 'Tilannekuvan jakaminen' } });
    const taskId = added.tasks[0]!.id;
    const edit = await callOk(session, 'matrices.setCells', {
      versionId: view.version.id,
      expectedVersion: 2,
      cells: [
        { taskId, actorId: fixture.actors.hml, letter: 'A' },
        { taskId, actorId: fixture.actors.tyEtela, letter: 'I' },
        { taskId, actorId: fixture.actors.kela, letter: 'I' },
      ],
    });
    expect(codes(edit, taskId)).toEqual(['no_responsible', 'too_many_informed']);
    const ref = { versionId: view.version.id, expectedVersion: 3, taskId, actorId: null };

    const error = await refusedWithoutWriting('matrices.acceptWarning', { ...ref, code: 'no_responsible', reason: 'Ei tarvita' });
    expect(error.code).toBe('finding_not_acceptable');
    const absent = await refusedWithoutWriting('matrices.acceptWarning', { ...ref, code: 'too_many_consulted', reason: 'Ei tarvita' });
    expect(absent.code).toBe('finding_not_found');
    const noReason = await refusedWithoutWriting('matrices.acceptWarning', { ...ref, code: 'too_many_informed', reason: '  ' });
    expect([noReason.code, noReason.path]).toEqual(['required', ['reason']]);

    const accepted = await callOk(session, 'matrices.acceptWarning', { ...ref, code: 'too_many_informed', reason: 'Tilannekuva jaetaan kaikille jäsenille.' });
    expect(accepted.summary).toMatchObject({ acceptedWarnings: 1 });
    expect(accepted.findings.find((finding) => finding.code === 'too_many_informed')!.acceptedReason).toBe('Tilannekuva jaetaan kaikille jäsenille.');
    const row = await db().selectFrom('matrix_accepted_warning').selectAll().where('version_id', '=', view.version.id).executeTakeFirstOrThrow();
    expect([row.accepted_by, row.accepted_at, row.task_id, row.actor_id]).toEqual([TEST_AUTHOR, TEST_INSTANT, taskId, null]);
    // The actor without a part is a warning about a column, accepted by actor.
    const withoutPart = await callOk(session, 'matrices.acceptWarning', {
      versionId: view.version.id,
      expectedVersion: 4,
      code: 'actor_without_part',
      taskId: null,
      actorId: fixture.actors.hva,
      reason: 'Hyvinvointialue osallistuu vasta seuraavassa vaiheessa.',
    });
    expect(withoutPart.summary.acceptedWarnings).toBe(2);

    const withdrawn = await callOk(session, 'matrices.withdrawAcceptance', { ...ref, expectedVersion: 5, code: 'too_many_informed' });
    expect(withdrawn.findings.find((finding) => finding.code === 'too_many_informed')!.acceptedReason).toBeNull();
    expect(withdrawn.summary.acceptedWarnings).toBe(1);
    const again = await refusedWithoutWriting('matrices.withdrawAcceptance', { ...ref, expectedVersion: 6, code: 'too_many_informed' });
    expect(again.code).toBe('finding_not_found');
  });
});

describe('rows and columns of a draft', () => {
  it('adds, renames, moves and removes rows and columns', async () => {
    let view = await newProcessMatrix('Rakenne');
    const v = () => ({ versionId: view.version.id, expectedVersion: view.version.rowVersion });
    view = await callOk(session, 'matrices.addTask', { ...v(), name: { fi: 'Seuranta' }, position: 1 });
    expect(view.tasks.map((task) => task.name).slice(0, 3)).toEqual(['Ohjaus ja neuvonta', 'Seuranta', 'Osaamisen ja kotoutumisen palvelutarpeen arviointi']);
    expect(view.tasks.map((task) => task.sortOrder)).toEqual([0, 1, 2, 3, 4, 5]);
    const seuranta = taskNamed(view, 'Seuranta');
    expect(view.tasks[1]).toMatchObject({ nodeId: null, statutory: false });

    view = await callOk(session, 'matrices.updateTask', { ...v(), taskId: seuranta, name: { fi: 'Seuranta ja jatko-ohjaus', sv: 'Uppföljning' }, statutory: true });
    expect(view.tasks[1]).toMatchObject({ name: 'Seuranta ja jatko-ohjaus', names: { fi: 'Seuranta ja jatko-ohjaus', sv: 'Uppföljning', en: null }, statutory: true });

    view = await callOk(session, 'matrices.moveTask', { ...v(), taskId: seuranta, position: 99 });
    expect(view.tasks.at(-1)!.id).toBe(seuranta);
    expect(view.tasks.map((task) => task.sortOrder)).toEqual([0, 1, 2, 3, 4, 5]);

    // A step of the process can come back as a row; a step of another process cannot.
    view = await callOk(session, 'matrices.addTask', { ...v(), name: { fi: 'Arviointi uudelleen' }, nodeId: fixture.nodes.arviointi, position: 0 });
    expect(view.tasks[0]).toMatchObject({ nodeId: fixture.nodes.arviointi, statutory: true });
    const foreign = await refusedWithoutWriting('matrices.addTask', { ...v(), name: { fi: 'Vieras' }, nodeId: fixture.otherProcessNodeId });
    expect([foreign.code, foreign.path]).toEqual(['process_node_not_in_process', ['nodeId']]);

    view = await callOk(session, 'matrices.setCells', { ...v(), cells: [{ taskId: seuranta, actorId: fixture.actors.hml, letter: 'A' }] }).then(() =>
      callOk(session, 'matrices.get', { matrixId: view.matrix.id }),
    );
    view = await callOk(session, 'matrices.removeTask', { ...v(), taskId: seuranta });
    expect(view.tasks.some((task) => task.id === seuranta)).toBe(false);
    expect(view.cells.some((cell) => cell.taskId === seuranta)).toBe(false);
    expect(view.tasks.map((task) => task.sortOrder)).toEqual([0, 1, 2, 3, 4, 5]);
    const gone = await refusedWithoutWriting('matrices.removeTask', { ...v(), taskId: seuranta });
    expect([gone.code, gone.path]).toEqual(['matrix_task_not_in_version', ['taskId']]);

    view = await callOk(session, 'matrices.addColumn', { ...v(), actorId: fixture.actors.kela, position: 0 });
    expect(view.columns.map((column) => column.actorId)).toEqual([fixture.actors.kela, fixture.actors.hml, fixture.actors.tyEtela, fixture.actors.spr]);
    const twice = await refusedWithoutWriting('matrices.addColumn', { ...v(), actorId: fixture.actors.kela });
    expect([twice.code, twice.params.name]).toEqual(['matrix_column_exists', 'Kela']);
    view = await callOk(session, 'matrices.moveColumn', { ...v(), actorId: fixture.actors.kela, position: 2 });
    expect(view.columns.map((column) => column.actorId)).toEqual([fixture.actors.hml, fixture.actors.tyEtela, fixture.actors.kela, fixture.actors.spr]);
    expect(view.columns.map((column) => column.sortOrder)).toEqual([0, 1, 2, 3]);
    view = await callOk(session, 'matrices.removeColumn', { ...v(), actorId: fixture.actors.hml });
    expect(view.columns.map((column) => column.actorId)).toEqual([fixture.actors.tyEtela, fixture.actors.kela, fixture.actors.spr]);
    expect(view.cells.some((cell) => cell.actorId === fixture.actors.hml)).toBe(false);
  });

  it('names columns as on the version’s date and marks a superseded actor', async () => {
    const view = await callOk(session, 'matrices.create', { name: { fi: 'Seuraanto' }, actorIds: [fixture.actors.te, fixture.actors.hml] });
    const te = view.columns[0]!;
    expect(te).toMatchObject({ name: 'Hämeen TE-toimisto', superseded: true, archived: false, isPublicAuthority: true });
    expect(view.columns[1]).toMatchObject({ superseded: false });
    await callOk(session, 'actors.rename', { id: fixture.actors.hml, expectedVersion: 1, validFrom: '2026-06-01', name: { fi: 'Hämeenlinnan kaupunki (uusi nimi)' } });
    expect((await callOk(session, 'matrices.get', { matrixId: view.matrix.id })).columns[1]!.name).toBe('Hämeenlinnan kaupunki');
  });

  it('gives a superseded actor’s letters to its successors, keeping the stronger letter where both hold one', async () => {
    let view = await callOk(session, 'matrices.create', {
      name: { fi: 'Siirto' },
      actorIds: [fixture.actors.hml, fixture.actors.te, fixture.actors.tyHml],
    });
    const v = () => ({ versionId: view.version.id, expectedVersion: view.version.rowVersion });
    for (const name of ['Ohjaus', 'Arviointi', 'Suunnitelma']) view = await callOk(session, 'matrices.addTask', { ...v(), name: { fi: name } });
    const [ohjaus, arviointi, suunnitelma] = view.tasks.map((task) => task.id) as [string, string, string];
    await callOk(session, 'matrices.setCells', {
      ...v(),
      cells: [
        { taskId: ohjaus, actorId: fixture.actors.te, letter: 'A' },
        { taskId: ohjaus, actorId: fixture.actors.tyHml, letter: 'C' },
        { taskId: ohjaus, actorId: fixture.actors.hml, letter: 'R' },
        { taskId: arviointi, actorId: fixture.actors.te, letter: 'I' },
        { taskId: arviointi, actorId: fixture.actors.tyHml, letter: 'A' },
        { taskId: suunnitelma, actorId: fixture.actors.te, letter: 'R' },
      ],
    });
    view = await callOk(session, 'matrices.get', { matrixId: view.matrix.id });
    expect(codes(view).filter((code) => code === 'inactive_actor_holds_letter')).toHaveLength(3);

    const notSuccessor = await refusedWithoutWriting('matrices.transferColumn', { ...v(), fromActorId: fixture.actors.te, toActorIds: [fixture.actors.kela] });
    expect([notSuccessor.code, notSuccessor.path, notSuccessor.params.name]).toEqual(['transfer_not_successor', ['toActorIds', 0], 'Kela']);
    const self = await refusedWithoutWriting('matrices.transferColumn', { ...v(), fromActorId: fixture.actors.te, toActorIds: [fixture.actors.te] });
    expect(self.code).toBe('succession_self');

    view = await callOk(session, 'matrices.transferColumn', { ...v(), fromActorId: fixture.actors.te, toActorIds: [fixture.actors.tyEtela, fixture.actors.tyHml] });
    expect(view.columns.map((column) => column.actorId)).toEqual([fixture.actors.hml, fixture.actors.tyEtela, fixture.actors.tyHml]);
    const letters = Object.fromEntries(view.cells.map((cell) => [`${cell.taskId}/${cell.actorId}`, cell.letter]));
    expect(letters).toEqual({
      [`${ohjaus}/${fixture.actors.hml}`]: 'R',
      [`${ohjaus}/${fixture.actors.tyEtela}`]: 'A',
      [`${ohjaus}/${fixture.actors.tyHml}`]: 'A', // C gave way to A
      [`${arviointi}/${fixture.actors.tyEtela}`]: 'I',
      [`${arviointi}/${fixture.actors.tyHml}`]: 'A', // A stayed over I
      [`${suunnitelma}/${fixture.actors.tyEtela}`]: 'R',
      [`${suunnitelma}/${fixture.actors.tyHml}`]: 'R',
    });
    expect(codes(view)).not.toContain('inactive_actor_holds_letter');
    const log = await db().selectFrom('change_log').selectAll().where('entity_id', '=', view.version.id).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(log.before_json!).replaced).toEqual([{ taskId: ohjaus, actorId: fixture.actors.tyHml, letter: 'C' }]);
  });
});

describe('a frozen version', () => {
  let view: MatrixView;
  beforeAll(async () => {
    view = await callOk(session, 'matrices.create', { name: { fi: 'Jäädytetty' }, actorIds: [fixture.actors.hml, fixture.actors.tyEtela] });
    view = await callOk(session, 'matrices.addTask', { versionId: view.version.id, expectedVersion: 1, name: { fi: 'Ohjaus' } });
  });

  it('cannot be sent to review while it has errors, and says how many', async () => {
    const error = await refusedWithoutWriting('matrices.sendToReview', { versionId: view.version.id, expectedVersion: 2 });
    expect([error.code, error.params.count]).toEqual(['matrix_has_errors', 2]);
    expect(error.message).toContain('2 virhettä');
  });

  it('refuses every edit once in review, and the file stays the same', async () => {
    const taskId = view.tasks[0]!.id;
    await callOk(session, 'matrices.setCells', {
      versionId: view.version.id,
      expectedVersion: 2,
      cells: [
        { taskId, actorId: fixture.actors.hml, letter: 'A' },
        { taskId, actorId: fixture.actors.tyEtela, letter: 'R' },
      ],
    });
    const sent = await callOk(session, 'matrices.sendToReview', { versionId: view.version.id, expectedVersion: 3, reviewDeadline: '2026-04-15' });
    expect(sent.version).toMatchObject({ status: 'in_review', sentToReviewAt: TEST_INSTANT, reviewDeadline: '2026-04-15', rowVersion: 4 });
    const ref = { versionId: view.version.id, expectedVersion: 4 };
    const attempts: Array<[string, object]> = [
      ['matrices.setCells', { ...ref, cells: [{ taskId, actorId: fixture.actors.hml, letter: 'C' }] }],
      ['matrices.addTask', { ...ref, name: { fi: 'Uusi' } }],
      ['matrices.updateTask', { ...ref, taskId, name: { fi: 'Uusi nimi' }, statutory: true }],
      ['matrices.moveTask', { ...ref, taskId, position: 0 }],
      ['matrices.removeTask', { ...ref, taskId }],
      ['matrices.addColumn', { ...ref, actorId: fixture.actors.kela }],
      ['matrices.moveColumn', { ...ref, actorId: fixture.actors.hml, position: 1 }],
      ['matrices.removeColumn', { ...ref, actorId: fixture.actors.hml }],
      ['matrices.transferColumn', { ...ref, fromActorId: fixture.actors.hml, toActorIds: [fixture.actors.tyEtela] }],
      ['matrices.acceptWarning', { ...ref, code: 'several_responsible', taskId, actorId: null, reason: 'x' }],
      ['matrices.withdrawAcceptance', { ...ref, code: 'several_responsible', taskId, actorId: null }],
      ['matrices.sendToReview', ref],
    ];
    for (const [method, input] of attempts) {
      const error = await refusedWithoutWriting(method, input);
      expect([method, error.code]).toEqual([method, 'version_frozen']);
    }
  });

  it('is walled in storage too: draft-only statements change nothing of a frozen version', async () => {
    const taskId = view.tasks[0]!.id;
    const before = await contentHash(db());
    await deleteCellRows(db(), view.version.id, [{ taskId, actorId: fixture.actors.hml }]);
    await deleteColumnRow(db(), view.version.id, fixture.actors.hml);
    await updateTaskRow(db(), view.version.id, taskId, { name_fi: 'Ohitettu', name_sv: null, name_en: null, statutory: 1, updated_at: TEST_INSTANT });
    await setTaskOrder(db(), view.version.id, [{ id: taskId, sortOrder: 9 }], TEST_INSTANT);
    expect(await contentHash(db())).toBe(before);
  });
});

/** Actors through the contract; the process straight into its tables (the process area is built alongside). */
async function buildFixture(session: AppSession): Promise<Fixture> {
  const actor = async (fi: string, type: string, isPublicAuthority: boolean, shortName?: string) =>
    (
      await callOk(session, 'actors.create', {
        name: { fi },
        shortName: shortName ? { fi: shortName } : null,
        type: type as never,
        isPublicAuthority,
      })
    ).id;
  const actors = {
    hml: await actor('Hämeenlinnan kaupunki', 'municipality', true),
    tyEtela: await actor('Etelä-Hämeen työllisyysalue', 'employment_authority', true),
    tyHml: await actor('Hämeenlinnan seudun työllisyysalue', 'employment_authority', true),
    hva: await actor('Kanta-Hämeen hyvinvointialue', 'wellbeing_county', true),
    kela: await actor('Kela', 'kela', true),
    spr: await actor('SPR Hämeen piiri', 'ngo', false),
    te: await actor('Hämeen TE-toimisto', 'employment_authority', true),
  };
  await callOk(session, 'actors.addSuccession', { predecessorId: actors.te, successorIds: [actors.tyEtela, actors.tyHml], effectiveDate: '2025-01-01' });

  const now = TEST_INSTANT;
  const bookkeeping = { created_at: now, updated_at: now, row_version: 1 };
  const processId = newId();
  const otherProcessId = newId();
  for (const [id, name] of [
    [processId, 'Kotoutujan asiakasprosessi'],
    [otherProcessId, 'Varautuminen'],
  ] as const) {
    await db()
      .insertInto('process')
      .values({ id, status: 'draft', sort_order: 0, name_fi: name, search_text: '', ...bookkeeping })
      .execute();
  }
  const node = async (processOf: string, kind: string, name: string, sortOrder: number, performer: string | null, statutory = 0) => {
    const id = newId();
    await db()
      .insertInto('process_node')
      .values({ id, process_id: processOf, kind, name_fi: name, sort_order: sortOrder, performer_actor_id: performer, statutory, ...bookkeeping })
      .execute();
    return id;
  };
  // Written out of order on purpose: the matrix follows sort_order, not insertion.
  const suunnitelma = await node(processId, 'step', 'Kotoutumissuunnitelma', 40, actors.hml, 1);
  await node(processId, 'start', 'Asiakas muuttaa kuntaan', 0, actors.hml);
  const ohjaus = await node(processId, 'step', 'Ohjaus ja neuvonta', 10, actors.hml, 1);
  const arviointi = await node(processId, 'step', 'Osaamisen ja kotoutumisen palvelutarpeen arviointi', 20, actors.tyEtela, 1);
  const valinta = await node(processId, 'decision', 'Onko asiakas työnhakija?', 30, actors.tyEtela);
  const jarjesto = await node(processId, 'step', 'Järjestötoimintaan tutustuminen', 50, actors.spr);
  await node(processId, 'end', 'Asiakas ohjattu jatkopalveluihin', 60, actors.hml);
  const poistettu = await node(processId, 'step', 'Poistettu vaihe', 45, actors.kela);
  await db().updateTable('process_node').set({ deleted_at: now }).where('id', '=', poistettu).execute();
  const otherProcessNodeId = await node(otherProcessId, 'step', 'Valmiussuunnitelma', 10, actors.hml);
  return { actors, processId, otherProcessNodeId, nodes: { ohjaus, arviointi, valinta, suunnitelma, jarjesto } };
}
