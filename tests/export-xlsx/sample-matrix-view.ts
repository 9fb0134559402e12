import type { MatrixCell, MatrixColumn, MatrixTask, MatrixView, MatrixVersionSummary } from '../../src-main/api/contract/matrices.js';
import type { RaciLetter } from '../../src-main/domain/matrices/raci.js';
import { checkMatrix, summarizeFindings } from '../../src-main/domain/matrices/matrix-checks.js';

/** A small matrix view as the core returns it: enough for the pure builders and parsers. */

const version = (overrides: Partial<MatrixVersionSummary> = {}): MatrixVersionSummary => ({
  id: '0199a000-0000-7000-8000-0000000000b2',
  number: 2,
  status: 'draft',
  basedOnVersionId: null,
  validOn: '2026-11-23',
  note: null,
  sentToReviewAt: null,
  reviewDeadline: null,
  approvedAt: null,
  approvedBy: null,
  approvalReference: null,
  decidedAt: null,
  rowVersion: 7,
  ...overrides,
});

export const SAMPLE_TASKS = [
  'Ohjaus ja neuvonta',
  'Osaamisen ja kotoutumisen palvelutarpeen arviointi',
  'Kotoutumissuunnitelma',
  'Kotoutumiskoulutus',
];
export const SAMPLE_ACTORS = ['Hämeenlinnan kaupunki', 'Hämeen työllisyysalue', 'Kanta-Hämeen hyvinvointialue', 'Kansaneläkelaitos'];

/** rows = tasks, columns = actors; '' is an empty cell */
export const SAMPLE_LETTERS: string[][] = [
  ['A', 'R', 'C', 'I'],
  ['R', 'A', '', 'C'],
  ['A', 'R', 'C', ''],
  ['', 'A', '', ''],
];

export function sampleMatrixView(options: { status?: MatrixVersionSummary['status']; letters?: string[][]; reviewDeadline?: string | null } = {}): MatrixView {
  const tasks: MatrixTask[] = SAMPLE_TASKS.map((name, index) => ({
    id: `0199a000-0000-7000-8000-0000000001${index}0`,
    lineageId: `0199a000-0000-7000-8000-0000000002${index}0`,
    nodeId: null,
    name,
    nameLanguage: 'fi',
    names: { fi: name, sv: null, en: null },
    statutory: index === 1,
    sortOrder: index,
  }));
  const columns: MatrixColumn[] = SAMPLE_ACTORS.map((name, index) => ({
    actorId: `0199a000-0000-7000-8000-0000000003${index}0`,
    name,
    nameLanguage: 'fi',
    shortName: null,
    isPublicAuthority: true,
    archived: false,
    superseded: false,
    sortOrder: index,
  }));
  const cells: MatrixCell[] = [];
  (options.letters ?? SAMPLE_LETTERS).forEach((row, taskIndex) =>
    row.forEach((letter, actorIndex) => {
      if (letter) cells.push({ taskId: tasks[taskIndex]!.id, actorId: columns[actorIndex]!.actorId, letter: letter as RaciLetter });
    }),
  );
  const findings = checkMatrix({
    tasks,
    actors: columns.map((column) => ({ id: column.actorId, isPublicAuthority: column.isPublicAuthority, archived: column.archived, superseded: column.superseded })),
    cells,
    thresholds: { maxConsulted: 5, maxInformed: 12 },
    accepted: [],
  });
  const summary = version({ status: options.status ?? 'draft', reviewDeadline: options.reviewDeadline ?? null });
  return {
    matrix: {
      id: '0199a000-0000-7000-8000-0000000000a1',
      name: { fi: 'Maahanmuuttajan asiakasprosessi', sv: 'Invandrarens kundprocess', en: null },
      processId: null,
      processName: null,
      thresholds: { maxConsulted: 5, maxInformed: 12 },
      archived: false,
      rowVersion: 1,
    },
    version: summary,
    versions: [summary],
    tasks,
    columns,
    cells,
    findings,
    summary: summarizeFindings(findings),
    reviews: [],
    reviewProgress: [],
    acceptances: [],
  };
}
