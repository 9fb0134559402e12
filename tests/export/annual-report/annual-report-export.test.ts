import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../src-main/api/contract/meetings.js';
import type { AppSession } from '../../../src-main/session/app-session.js';
import { ACTION_ITEMS_LAYOUT } from '../../../src-main/export/action-items-workbook/action-items-workbook.js';
import { removeTempDirs } from '../../support/temp-files.js';
import { createTempNetwork } from '../../support/temp-network.js';
import { callError, callOk, createTestSession } from '../../support/test-session.js';
import { addActorWithPeople, itemInput, meetingInput } from '../../api/meetings/planning-fixture.js';
import { all, paragraphs, readDocx, tableRows, textOf } from '../read-docx.js';

/**
 * The reports across meetings through the real dispatcher, on a network whose year the test makes
 * itself (today 23 November 2026): meetings held, attendance, decisions, action items, the action
 * plan; then the annual report (.docx) and the action-item workbook (.xlsx) read back.
 */

const NOW = '2026-11-23T10:00:00.000Z';
const UNKNOWN_ID = '019cf5a8-b400-7000-8000-000000000000';
let session: AppSession;
let dir: string;
let city: Awaited<ReturnType<typeof addActorWithPeople>>;
let ngo: Awaited<ReturnType<typeof addActorWithPeople>>;
const meetings: MeetingDetail[] = [];
let lastYear: MeetingDetail;
let decisionLabels: string[];
let goalActionId: string;

async function held(meeting: MeetingDetail): Promise<MeetingDetail> {
  return callOk(session, 'meetings.setStatus', { meetingId: meeting.id, expectedVersion: meeting.rowVersion, status: 'held' });
}

async function attend(meeting: MeetingDetail, representativeId: string, status: 'present' | 'absent' | 'deputy', deputyFor?: string) {
  await callOk(session, 'attendance.set', { meetingId: meeting.id, representativeId, status, deputyForRepresentativeId: deputyFor ?? null });
}

beforeAll(async () => {
  const created = await createTempNetwork({ now: NOW });
  ({ session, dir } = await createTestSession({ dir: created.dir, open: created.file, now: NOW }));
  city = await addActorWithPeople(session, 'Hämeenlinnan kaupunki', [{ name: 'Kaisa Kaupunki' }, { name: 'Ville Varanen' }]);
  ngo = await addActorWithPeople(session, 'Monikulttuurinen yhdistys ry', [{ name: 'Jaana Järjestö' }]);
  const [kaisa, ville] = city.representatives;
  const jaana = ngo.representatives[0]!;

  lastYear = await held(await callOk(session, 'meetings.create', meetingInput('2025-11-20T13:00', '2025-11-20T15:00')));
  for (const [start, end] of [
    ['2026-02-10T13:00', '2026-02-10T15:00'],
    ['2026-05-19T13:00', '2026-05-19T15:00'],
    ['2026-09-15T13:00', '2026-09-15T15:00'],
    ['2026-12-08T13:00', '2026-12-08T15:00'],
  ] as const) {
    meetings.push(await callOk(session, 'meetings.create', meetingInput(start, end, { title: { fi: `Kokous ${start.slice(5, 7)}/2026` } })));
  }
  const [first, second, third] = meetings as [MeetingDetail, MeetingDetail, MeetingDetail];
  await held(first);
  await held(second);
  await callOk(session, 'meetings.cancel', { meetingId: third.id, expectedVersion: third.rowVersion });

  await attend(first, kaisa!.id, 'present');
  await attend(first, jaana.id, 'present');
  await attend(second, kaisa!.id, 'absent');
  await attend(second, ville!.id, 'deputy', kaisa!.id);
  await attend(second, jaana.id, 'absent');

  const withItem = await callOk(session, 'agendaItems.create', itemInput(first.id, 'Toimintasuunnitelma 2026'));
  const itemId = withItem.agenda.find((item) => item.title === 'Toimintasuunnitelma 2026')!.id;
  await callOk(session, 'decisions.create', { agendaItemId: itemId, kind: 'general', text: { fi: 'Toimintasuunnitelma hyväksyttiin.' } });
  decisionLabels = (await callOk(session, 'meetings.get', { meetingId: first.id })).agenda.filter((item) => item.id === itemId).map((item) => item.sectionLabel);

  const goal = await callOk(session, 'goals.create', { name: { fi: 'Asiakas löytää oikean palvelun' }, periodFrom: '2026-01-01', periodTo: '2027-12-31' });
  const withAction = await callOk(session, 'goalActions.create', {
    goalId: goal.id,
    name: { fi: 'Palvelutarjottimen päivitys' },
    status: 'ongoing',
    actorIds: [city.actor.id],
  });
  goalActionId = withAction.actions[0]!.id;

  const add = async (meeting: MeetingDetail, title: string, fields: Record<string, unknown> = {}) => {
    const detail = await callOk(session, 'actionItems.create', { meetingId: meeting.id, title: { fi: title }, ...fields });
    return detail.actionItems.find((item) => item.title === title)!;
  };
  await add(first, 'Päivitetään palvelutarjotin', { ownerActorId: city.actor.id, ownerRepresentativeId: kaisa!.id, dueDate: '2026-03-31', goalActionId, agendaItemId: itemId });
  const done = await add(first, 'Lähetetään muistio jäsenille', { ownerActorId: city.actor.id, dueDate: '2026-02-20', goalActionId });
  const dropped = await add(second, 'Järjestetään kesätapahtuma', { ownerActorId: ngo.actor.id, dueDate: '2026-06-30' });
  await add(second, 'Valmistellaan syysseminaari', { ownerActorId: ngo.actor.id, dueDate: '2026-12-31' });
  await add(lastYear, 'Viime vuoden tehtävä', { dueDate: '2025-12-31' });
  await callOk(session, 'actionItems.close', { id: done.id, expectedVersion: done.rowVersion, status: 'done', closedOn: '2026-02-18', closingNote: null });
  await callOk(session, 'actionItems.close', { id: dropped.id, expectedVersion: dropped.rowVersion, status: 'dropped', closedOn: '2026-06-01', closingNote: 'Ei rahoitusta.' });
});
afterAll(async () => {
  await session.closeFile();
  removeTempDirs();
});

function tableStarting(doc: Awaited<ReturnType<typeof readDocx>>, first: string, second: string): string[][] {
  const table = all(doc.document, 'tbl').find((candidate) => tableRows(candidate)[0]?.[0] === first && tableRows(candidate)[0]?.[1] === second);
  expect(table, `a table starting ${first} | ${second}`).toBeDefined();
  return tableRows(table!);
}

function figures(doc: Awaited<ReturnType<typeof readDocx>>, firstLabel: string): Map<string, string> {
  const table = all(doc.document, 'tbl').find((candidate) => tableRows(candidate)[0]?.[0] === firstLabel)!;
  return new Map(tableRows(table).map((row) => [row[0]!, row[1]!]));
}

describe('exports.annualReport', () => {
  it('reports the year’s meetings, attendance, decisions, action plan and action items as recorded', async () => {
    const result = (await callOk(session, 'exports.annualReport', { year: 2026, lang: 'fi' }))!;
    expect(result.fileName).toMatch(/^Vuosiraportti-2026-.*\.docx$/);
    const doc = await readDocx(readFileSync(result.path));
    const body = paragraphs(doc.document).map((p) => p.text);
    expect(body).toContain('VUOSIRAPORTTI 2026');
    expect(textOf(doc.headers[0]!.documentElement!)).toContain('Vuosiraportti 2026');

    const [first, second] = meetings as [MeetingDetail, MeetingDetail];
    // the held meetings of 2026 only: not last year's, not the cancelled or the planned one
    expect(tableStarting(doc, 'Nro', 'Päivämäärä').slice(1)).toEqual([
      [first.number, '10.2.2026', 'Kokous 02/2026', 'verkoston kokous', '2'],
      [second.number, '19.5.2026', 'Kokous 05/2026', 'verkoston kokous', '1'],
    ]);
    expect(tableStarting(doc, 'Organisaatio', 'Kokouksia').slice(1)).toEqual([
      ['Hämeenlinnan kaupunki', '2 / 2', '2'],
      ['Monikulttuurinen yhdistys ry', '1 / 2', '1'],
    ]);
    expect(tableStarting(doc, '§', 'Asia').slice(1)).toEqual([[decisionLabels[0], 'Toimintasuunnitelma 2026', 'Toimintasuunnitelma hyväksyttiin.']]);
    const summary = figures(doc, 'Pidettyjä kokouksia');
    expect([summary.get('Pidettyjä kokouksia'), summary.get('Peruttuja kokouksia'), summary.get('Päätöksiä'), summary.get('Kokouksissa sovittuja tehtäviä')]).toEqual(['2', '1', '1', '4']);
    const items = figures(doc, 'Sovittu');
    expect(Object.fromEntries(items)).toEqual({ Sovittu: '4', Tehty: '1', Luovuttu: '1', Avoinna: '2', 'Myöhässä (avoimista)': '1' });
    const actions = tableStarting(doc, 'Toimenpide', 'Toimijat').slice(1);
    expect(actions).toEqual([['Palvelutarjottimen päivitys', 'Hämeenlinnan kaupunki', '–', 'käynnissä', '1 / 1']]);
    expect(body).toContain('Pilotteja ei vielä kirjata tämän verkoston tietoihin.');
    expect(body).toContain('Vuonna 2026 ei hyväksytty vastuumatriisin versioita.');
  });

  it('reports last year by itself', async () => {
    const result = (await callOk(session, 'exports.annualReport', { year: 2025, lang: 'en' }))!;
    const doc = await readDocx(readFileSync(result.path));
    expect(tableStarting(doc, 'No.', 'Date').slice(1).map((row) => row[0])).toEqual([lastYear.number]);
    expect(figures(doc, 'Agreed').get('Overdue (of the open ones)')).toBe('1');
  });
});

async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  return workbook;
}

function itemRows(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = ACTION_ITEMS_LAYOUT.headerRow + 1; row <= sheet.rowCount; row += 1) rows.push(Array.from({ length: 12 }, (_, index) => sheet.getCell(row, index + 1).value));
  return rows;
}

describe('exports.actionItemsWorkbook', () => {
  it('writes every action item with the overview’s state, real dates, the § and the overdue word', async () => {
    const overview = await callOk(session, 'actionItems.overview', { state: 'all' });
    const result = (await callOk(session, 'exports.actionItemsWorkbook', { state: 'all', lang: 'fi' }))!;
    expect(result.fileName).toMatch(/^Kokousten-tehtävät-2026-11-23\.xlsx$/);
    const workbook = await loadWorkbook(result.path);
    const rows = itemRows(workbook.getWorksheet('Tehtävät')!);
    expect(rows.map((row) => row[3])).toEqual(overview.map((item) => item.title));
    const late = rows.find((row) => row[3] === 'Päivitetään palvelutarjotin')!;
    expect(late[0]).toBe((meetings[0] as MeetingDetail).number);
    expect(late[1]).toBeInstanceOf(Date);
    expect((late[6] as Date).toISOString().slice(0, 10)).toBe('2026-03-31');
    expect(late[2]).toBe(decisionLabels[0]);
    expect(late.slice(4, 9)).toEqual(['Hämeenlinnan kaupunki', 'Kaisa Kaupunki', late[6], 'avoin', 'Myöhässä']);
    expect(late[11]).toBe('Palvelutarjottimen päivitys');
    const overdueTitles = rows.filter((row) => row[8] === 'Myöhässä').map((row) => row[3]);
    expect(overdueTitles.sort()).toEqual(overview.filter((item) => item.overdue).map((item) => item.title).sort());
    const droppedRow = rows.find((row) => row[3] === 'Järjestetään kesätapahtuma')!;
    expect([droppedRow[7], droppedRow[10]]).toEqual(['luovuttu', 'Ei rahoitusta.']);
  });

  it('keeps the organisation filter and names it on the filters sheet', async () => {
    const result = (await callOk(session, 'exports.actionItemsWorkbook', { actorId: city.actor.id, state: 'open', lang: 'sv' }))!;
    const workbook = await loadWorkbook(result.path);
    expect(itemRows(workbook.getWorksheet('Uppgifter')!).map((row) => row[3])).toEqual(['Päivitetään palvelutarjotin']);
    const facts = new Map<string, string>();
    workbook.getWorksheet('Urval')!.eachRow((row) => facts.set(String(row.getCell(1).value), String(row.getCell(2).value ?? '')));
    expect(facts.get('Organisation')).toBe('Hämeenlinnan kaupunki');
    expect(facts.get('Uppgifter')).toBe('öppna');
    expect(facts.get('Exporterad till Excel')).toBe('23.11.2026 12:00');
  });

  it('refuses an unknown organisation or person before any file is written', async () => {
    const before = readdirSync(join(dir, 'exports'));
    expect((await callError(session, 'exports.actionItemsWorkbook', { actorId: UNKNOWN_ID, lang: 'fi' })).code).toBe('export_actor_not_found');
    expect((await callError(session, 'exports.actionItemsWorkbook', { ownerRepresentativeId: UNKNOWN_ID, lang: 'fi' })).code).toBe('export_representative_not_found');
    expect(readdirSync(join(dir, 'exports'))).toEqual(before);
  });
});
