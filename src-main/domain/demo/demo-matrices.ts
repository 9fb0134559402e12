import type { MatrixView, RaciLetter } from '../../api/contract/matrices.js';
import { recordAcceptance } from '../matrices/acceptance-commands.js';
import { acceptWarning, setCells } from '../matrices/cell-commands.js';
import { createMatrix } from '../matrices/matrix-commands.js';
import { getMatrixView } from '../matrices/matrix-view.js';
import { recordReviewAnswers, resolveReview } from '../matrices/review-commands.js';
import { newDraft, sendToReview } from '../matrices/version-lifecycle.js';
import { calendarDateInHelsinki } from '../shared/calendar.js';
import type { WriteContext } from '../shared/contexts.js';
import { at } from './demo-clock.js';

/**
 * The demo network's responsibility matrix of its customer process, with a history:
 *
 * - Version 1 was made in autumn 2025, when Hämeen ELY-keskus still coordinated the network. It
 *   passed review, was approved by a network meeting's decision (demo-meetings.ts) and accepted by four member organisations by
 *   their own decisions. Its checks are clean but for one warning accepted with a reason.
 * - Version 2 was started from it three weeks before the demo's today and is now in review. It is
 *   valid on today, so the ELY-keskus (succeeded by Sisä-Suomen elinvoimakeskus on 1.1.2026) holds
 *   letters it no longer should, and a new overlap has appeared: open warnings, no errors. Members
 *   have answered; one comment is open, one answered.
 *
 * Built through the same commands users run. Dates of version 1 are fixed to the 2025 story;
 * version 2's are relative to the demo's today.
 */

export interface DemoMatrices {
  matrixId: string;
  approvedVersionId: string;
  reviewVersionId: string;
}

/** The demo organisations the matrix uses, by their Finnish names. */
const COLUMNS = {
  hml: 'Hämeenlinnan kaupunki',
  tyHml: 'Hämeenlinnan seudun työllisyysalue',
  hva: 'Kanta-Hämeen hyvinvointialue',
  kela: 'Kela',
  ely: 'Hämeen ELY-keskus',
  tavastia: 'Koulutuskeskus Tavastia',
  yhdistys: 'Kanta-Hämeen monikulttuurinen yhdistys ry',
  spr: 'Suomen Punainen Risti, Hämeen piiri',
} as const;
type Column = keyof typeof COLUMNS;

/** Version 1's letters, row by row (the process's steps by their Finnish names). */
const LETTERS_V1: Record<string, Partial<Record<Column, RaciLetter>>> = {
  'Ohjaus ja neuvonta': { hml: 'A', tyHml: 'R', yhdistys: 'C', kela: 'I' },
  'Osaamisen ja kotoutumisen palvelutarpeen arviointi': { hml: 'A', tyHml: 'R', hva: 'C', kela: 'I' },
  'Onko asiakas työnhakija?': { tyHml: 'A', hml: 'R', kela: 'I' },
  'Kotoutumissuunnitelma (työnhakijat)': { hml: 'A', tyHml: 'R', tavastia: 'C', kela: 'I' },
  'Kotoutumissuunnitelma (työvoiman ulkopuolella olevat)': { hml: 'A', hva: 'R', yhdistys: 'C', kela: 'I' },
  'Kotoutumiskoulutus ja muut palvelut': { hml: 'A', tavastia: 'R', tyHml: 'C', kela: 'I' },
  'Etuudet suunnitelman ajalta': { kela: 'A', tyHml: 'R', hml: 'I' },
  'Sosiaali- ja terveyspalvelut tarpeen mukaan': { hva: 'A', hml: 'R', kela: 'I' },
  'Vertaistuki ja järjestötoiminta': { hml: 'A', yhdistys: 'R', spr: 'C' },
  'Suunnitelman toteutumisen seuranta': { hml: 'A', tyHml: 'R', hva: 'C', kela: 'I' },
  'Jatko-ohjaus': { hml: 'A', tyHml: 'R', tavastia: 'C', ely: 'I' },
  'Alueellinen seuranta ja kehittäminen': { ely: 'A', hml: 'R', tyHml: 'I', hva: 'I', kela: 'I', tavastia: 'I', yhdistys: 'I', spr: 'I' },
};

export async function populateDemoMatrices(
  context: WriteContext,
  processId: string,
  approveFirstVersion: (versionId: string) => Promise<void>,
): Promise<DemoMatrices> {
  const actor = await actorIdsByName(context);
  const columns = Object.keys(COLUMNS) as Column[];

  // Version 1, autumn 2025.
  const v1Day = at(context, '2025-09-15T07:30:00Z');
  let view = await createMatrix(v1Day, {
    name: {
      fi: 'Maahanmuuttaja-asiakkaan kotoutumisprosessin vastuumatriisi',
      sv: 'Ansvarsmatris för integrationsprocessen för invandrarkunder',
      en: 'Responsibility matrix of the integration process of an immigrant client',
    },
    processId,
    actorIds: columns.map((key) => actor(COLUMNS[key])),
    // Sharing the monitoring with every member is deliberate; three is the limit elsewhere.
    thresholds: { maxConsulted: 3, maxInformed: 3 },
  });
  const taskId = (current: MatrixView, name: string) => {
    const task = current.tasks.find((candidate) => candidate.names.fi === name);
    if (!task) throw new Error(`the demo process has no step named ${name}`);
    return task.id;
  };
  const cells = Object.entries(LETTERS_V1).flatMap(([task, letters]) =>
    Object.entries(letters).map(([column, letter]) => ({ taskId: taskId(view, task), actorId: actor(COLUMNS[column as Column]), letter })),
  );
  let edit = await setCells(v1Day, view.version.id, view.version.rowVersion, cells);
  edit = await acceptWarning(
    v1Day,
    view.version.id,
    edit.versionRowVersion,
    { code: 'too_many_informed', taskId: taskId(view, 'Alueellinen seuranta ja kehittäminen'), actorId: null },
    'Seurantatieto jaetaan tarkoituksella kaikille verkoston jäsenille: yhteinen tilannekuva on seurannan tarkoitus.',
  );
  view = await sendToReview(at(context, '2025-09-22T08:00:00Z'), view.version.id, edit.versionRowVersion, '2025-10-17');
  for (const [name, instant] of [
    [COLUMNS.hml, '2025-10-06T09:15:00Z'],
    [COLUMNS.kela, '2025-10-09T11:40:00Z'],
    [COLUMNS.hva, '2025-10-14T07:05:00Z'],
  ] as const) {
    view = await agreeToOwnTasks(at(context, instant), view, actor(name), 'app');
  }
  // Approved by the network meeting's decision (demo-meetings), the way users do it.
  await approveFirstVersion(view.version.id);
  view = await getMatrixView(context, view.matrix.id, view.version.id);
  const acceptances = [
    { name: COLUMNS.hml, by: 'Hämeenlinnan kaupunginhallitus', on: '2025-11-24', section: '215 §', caseNumber: 'HMLDno-2025-481' },
    { name: COLUMNS.yhdistys, by: 'Kanta-Hämeen monikulttuurinen yhdistys ry:n hallitus', on: '2025-11-12', section: '7 §', caseNumber: null },
    { name: COLUMNS.spr, by: 'SPR Hämeen piirin hallitus', on: '2025-11-18', section: '14 §', caseNumber: null },
    { name: COLUMNS.hva, by: 'Kanta-Hämeen hyvinvointialueen aluehallitus', on: '2025-12-08', section: '112 §', caseNumber: 'KHHVA/1874/2025' },
  ];
  for (const acceptance of acceptances) {
    view = await recordAcceptance(at(context, `${acceptance.on}T12:00:00Z`), view.version.id, {
      actorId: actor(acceptance.name),
      acceptedByName: acceptance.by,
      acceptedOn: acceptance.on,
      body: acceptance.by,
      section: acceptance.section,
      caseNumber: acceptance.caseNumber,
      note: null,
    });
  }
  const approvedVersionId = view.version.id;

  // Version 2, begun three weeks ago and valid on today: the names and successions of today.
  const daysAgo = (days: number) => at(context, new Date(context.author.now.getTime() - days * 86_400_000).toISOString());
  const started = daysAgo(21);
  view = await newDraft(started, view.matrix.id, {
    validOn: context.today,
    note: 'Vuosipäivitys: kotoutumiskoulutuksen järjestäminen työnhakijoille ja hyvinvointialueen osuus suunnitelmissa.',
  });
  edit = await setCells(started, view.version.id, view.version.rowVersion, [
    { taskId: taskId(view, 'Kotoutumiskoulutus ja muut palvelut'), actorId: actor(COLUMNS.tyHml), letter: 'R' },
    { taskId: taskId(view, 'Kotoutumissuunnitelma (työnhakijat)'), actorId: actor(COLUMNS.hva), letter: 'C' },
  ]);
  const reviewStart = daysAgo(14);
  const deadline = calendarDateInHelsinki(new Date(context.author.now.getTime() + 14 * 86_400_000));
  view = await sendToReview(reviewStart, view.version.id, edit.versionRowVersion, deadline);

  view = await agreeToOwnTasks(daysAgo(10), view, actor(COLUMNS.hml), 'app');
  view = await agreeToOwnTasks(daysAgo(8), view, actor(COLUMNS.kela), 'form');
  view = await recordReviewAnswers(
    daysAgo(6),
    view.version.id,
    actor(COLUMNS.tyHml),
    [
      {
        taskId: taskId(view, 'Kotoutumiskoulutus ja muut palvelut'),
        verdict: 'comment',
        comment: 'Työnhakijoiden kotoutumiskoulutuksen hankkii työllisyysalue, muiden kunta. Kummallekin R – onko tämä tarkoitus?',
      },
      { taskId: taskId(view, 'Jatko-ohjaus'), verdict: 'agree', comment: null },
    ],
    'app',
  );
  const answered = view.reviews.find((review) => review.verdict === 'comment')!;
  view = await resolveReview(
    daysAgo(5),
    answered.id,
    'Kyllä: kunta vastaa muiden kuin työnhakijoiden ja työllisyysalue työnhakijoiden koulutuksesta. Päällekkäisyysvaroitus jätetään näkyviin.',
  );
  view = await recordReviewAnswers(
    daysAgo(2),
    view.version.id,
    actor(COLUMNS.hva),
    [
      {
        taskId: taskId(view, 'Alueellinen seuranta ja kehittäminen'),
        verdict: 'comment',
        comment: 'Hämeen ELY-keskuksen tehtävät siirtyivät Sisä-Suomen elinvoimakeskukselle 1.1.2026. Vastuut pitää siirtää elinvoimakeskukselle ennen hyväksymistä.',
      },
      { taskId: taskId(view, 'Sosiaali- ja terveyspalvelut tarpeen mukaan'), verdict: 'agree', comment: null },
    ],
    'entered_by_coordinator',
  );
  return { matrixId: view.matrix.id, approvedVersionId, reviewVersionId: view.version.id };
}

/** A member agrees with every row on which it holds a letter. */
async function agreeToOwnTasks(context: WriteContext, view: MatrixView, actorId: string, source: 'app' | 'form'): Promise<MatrixView> {
  const current = await getMatrixView(context, view.matrix.id, view.version.id);
  const own = current.cells.filter((cell) => cell.actorId === actorId).map((cell) => ({ taskId: cell.taskId, verdict: 'agree' as const, comment: null }));
  return recordReviewAnswers(context, view.version.id, actorId, own, source);
}

async function actorIdsByName(context: WriteContext): Promise<(name: string) => string> {
  const rows = await context.db
    .selectFrom('actor_name')
    .select(['actor_id', 'name_fi'])
    .where('name_fi', 'in', Object.values(COLUMNS))
    .execute();
  const ids = new Map(rows.map((row) => [row.name_fi, row.actor_id]));
  return (name) => {
    const id = ids.get(name);
    if (!id) throw new Error(`populateDemoMatrices needs the demo actor ${name}`);
    return id;
  };
}
