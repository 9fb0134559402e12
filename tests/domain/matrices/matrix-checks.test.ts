import { describe, expect, it } from 'vitest';
import {
  type CheckedActor,
  type CheckedCell,
  type CheckedTask,
  checkMatrix,
  DEFAULT_THRESHOLDS,
  type MatrixForChecking,
  summarizeFindings,
} from '../../../src-main/domain/matrices/matrix-checks';
import type { RaciLetter } from '../../../src-main/domain/matrices/raci';

/** A slice of the 681/2023 customer process in Kanta-Häme, with its real kinds of actors. */
const tasks: CheckedTask[] = [
  { id: 'ohjaus', statutory: true }, // ohjaus ja neuvonta
  { id: 'arviointi', statutory: true }, // osaamisen ja kotoutumisen palvelutarpeen arviointi
  { id: 'suunnitelma', statutory: true }, // kotoutumissuunnitelma
  { id: 'jarjestotoiminta', statutory: false }, // järjestötoimintaan tutustuminen
];
const actor = (id: string, overrides: Partial<CheckedActor> = {}): CheckedActor => ({ id, isPublicAuthority: true, archived: false, superseded: false, ...overrides });
const actors: CheckedActor[] = [
  actor('tyollisyysalue'),
  actor('hameenlinna'),
  actor('hyvinvointialue'),
  actor('kela'),
  actor('spr', { isPublicAuthority: false }),
];

function cells(rows: Record<string, Record<string, RaciLetter>>): CheckedCell[] {
  return Object.entries(rows).flatMap(([taskId, letters]) => Object.entries(letters).map(([actorId, letter]) => ({ taskId, actorId, letter })));
}

const sound = cells({
  ohjaus: { tyollisyysalue: 'R', hameenlinna: 'A', kela: 'I' },
  arviointi: { tyollisyysalue: 'A', hameenlinna: 'R', hyvinvointialue: 'C' },
  suunnitelma: { tyollisyysalue: 'A', hameenlinna: 'R' },
  jarjestotoiminta: { spr: 'R', hameenlinna: 'A' },
});

function matrix(overrides: Partial<MatrixForChecking> = {}): MatrixForChecking {
  return { tasks, actors, cells: sound, thresholds: DEFAULT_THRESHOLDS, accepted: [], ...overrides };
}

const codes = (findings: ReturnType<typeof checkMatrix>) => findings.map((finding) => `${finding.code}:${finding.taskId ?? finding.actorId}`);

describe('responsibility matrix checks', () => {
  it('find nothing in a matrix with one A and an R on every task where every actor has a part', () => {
    expect(checkMatrix(matrix())).toEqual([]);
  });

  it('report a task without A, with two A, and without R as errors', () => {
    const findings = checkMatrix(
      matrix({
        cells: cells({
          ohjaus: { tyollisyysalue: 'R', kela: 'I' },
          arviointi: { tyollisyysalue: 'A', hameenlinna: 'A', hyvinvointialue: 'R' },
          suunnitelma: { tyollisyysalue: 'A', spr: 'C' },
          jarjestotoiminta: { spr: 'R', hameenlinna: 'A' },
        }),
      }),
    );
    expect(codes(findings)).toEqual(['no_accountable:ohjaus', 'several_accountable:arviointi', 'no_responsible:suunnitelma']);
    expect(findings.every((finding) => finding.severity === 'error')).toBe(true);
    expect(findings[1]!.params).toEqual({ count: 2 });
  });

  it('warn of several R on one task as a possible overlap', () => {
    const findings = checkMatrix(matrix({ cells: [...sound, { taskId: 'ohjaus', actorId: 'hyvinvointialue', letter: 'R' }] }));
    expect(codes(findings)).toEqual(['several_responsible:ohjaus']);
    expect(findings[0]).toMatchObject({ severity: 'warning', params: { count: 2 } });
  });

  it('warn of too many C or I by the matrix’s own thresholds: informing all 11 municipalities can be normal', () => {
    const municipalities = Array.from({ length: 11 }, (_, index) => actor(`kunta-${index}`));
    const informAll = municipalities.map((municipality) => ({ taskId: 'ohjaus', actorId: municipality.id, letter: 'I' as const }));
    const base = { actors: [...actors, ...municipalities], cells: [...sound, ...informAll, ...municipalities.map((m) => ({ taskId: 'suunnitelma', actorId: m.id, letter: 'I' as const }))] };
    expect(codes(checkMatrix(matrix({ ...base, thresholds: { maxConsulted: 5, maxInformed: 6 } })))).toEqual([
      'too_many_informed:ohjaus',
      'too_many_informed:suunnitelma',
    ]);
    expect(checkMatrix(matrix({ ...base, thresholds: { maxConsulted: 5, maxInformed: 12 } }))).toEqual([]);
    const consulted = municipalities.slice(0, 3).map((m) => ({ taskId: 'arviointi', actorId: m.id, letter: 'C' as const }));
    const tooMany = checkMatrix(matrix({ ...base, cells: [...base.cells, ...consulted], thresholds: { maxConsulted: 3, maxInformed: 12 } }));
    expect(codes(tooMany)).toEqual(['too_many_consulted:arviointi']);
    expect(tooMany[0]!.params).toEqual({ count: 4, maximum: 3 });
  });

  it('warn of an actor with no part, but not of one that is archived or superseded', () => {
    const findings = checkMatrix(matrix({ actors: [...actors, actor('poliisi'), actor('te-toimisto', { superseded: true }), actor('vanha', { archived: true })] }));
    expect(codes(findings)).toEqual(['actor_without_part:poliisi']);
  });

  it('warn when a superseded or archived actor still holds a letter', () => {
    const teToimisto = actor('te-toimisto', { superseded: true });
    const findings = checkMatrix(matrix({ actors: [...actors, teToimisto], cells: [...sound, { taskId: 'arviointi', actorId: 'te-toimisto', letter: 'I' }] }));
    expect(codes(findings)).toEqual(['inactive_actor_holds_letter:arviointi']);
    expect(findings[0]!.actorId).toBe('te-toimisto');
  });

  it('warn when the A of a statutory step is not a public authority, but not for a free task', () => {
    const findings = checkMatrix(
      matrix({
        cells: cells({
          ohjaus: { tyollisyysalue: 'R', spr: 'A', kela: 'I' },
          arviointi: { tyollisyysalue: 'A', hameenlinna: 'R', hyvinvointialue: 'C' },
          suunnitelma: { tyollisyysalue: 'A', hameenlinna: 'R' },
          jarjestotoiminta: { hameenlinna: 'R', spr: 'A' },
        }),
      }),
    );
    expect(codes(findings)).toEqual(['statutory_accountable_not_authority:ohjaus']);
    expect(findings[0]!.actorId).toBe('spr');
  });

  it('keep the reason of an accepted warning, never accept an error, and count what stays open', () => {
    const withOverlap = [...sound, { taskId: 'ohjaus', actorId: 'hyvinvointialue', letter: 'R' as const }].filter(
      (cell) => !(cell.taskId === 'suunnitelma' && cell.letter === 'R'),
    );
    const findings = checkMatrix(
      matrix({
        cells: withOverlap,
        accepted: [
          { code: 'several_responsible', taskId: 'ohjaus', actorId: null, reason: 'Sosiaaliohjaus ja työllisyyspalvelut ohjaavat rinnakkain.' },
          { code: 'no_responsible', taskId: 'suunnitelma', actorId: null, reason: 'Ei voi hyväksyä' },
        ],
      }),
    );
    expect(findings.find((finding) => finding.code === 'several_responsible')!.acceptedReason).toBe('Sosiaaliohjaus ja työllisyyspalvelut ohjaavat rinnakkain.');
    expect(findings.find((finding) => finding.code === 'no_responsible')!.acceptedReason).toBeNull();
    expect(summarizeFindings(findings)).toEqual({ errors: 1, openWarnings: 0, acceptedWarnings: 1 });
  });

  it('an acceptance for another task does not hide a warning', () => {
    const findings = checkMatrix(
      matrix({
        cells: [...sound, { taskId: 'ohjaus', actorId: 'hyvinvointialue', letter: 'R' }],
        accepted: [{ code: 'several_responsible', taskId: 'arviointi', actorId: null, reason: 'toinen tehtävä' }],
      }),
    );
    expect(summarizeFindings(findings)).toEqual({ errors: 0, openWarnings: 1, acceptedWarnings: 0 });
  });
});
