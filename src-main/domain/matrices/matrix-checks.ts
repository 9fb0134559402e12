import type { RaciLetter } from './raci.js';

/** A row of a responsibility matrix: a process step or a free task. */
export interface CheckedTask {
  id: string;
  /** a statutory authority task (viranomaistehtävä): its A must be a public authority */
  statutory: boolean;
}

/** A column: an actor as it stands on the matrix's date. */
export interface CheckedActor {
  id: string;
  isPublicAuthority: boolean;
  archived: boolean;
  /** superseded on or before the matrix's date (its successors should hold its letters) */
  superseded: boolean;
}

export interface CheckedCell {
  taskId: string;
  actorId: string;
  letter: RaciLetter;
}

/** Per matrix: informing all 11 municipalities is normal, so the limits are the network's choice. */
export interface CheckThresholds {
  maxConsulted: number;
  maxInformed: number;
}

export const DEFAULT_THRESHOLDS: CheckThresholds = { maxConsulted: 5, maxInformed: 12 };

export type FindingCode =
  | 'no_accountable'
  | 'several_accountable'
  | 'no_responsible'
  | 'too_many_consulted'
  | 'too_many_informed'
  | 'several_responsible'
  | 'actor_without_part'
  | 'inactive_actor_holds_letter'
  | 'statutory_accountable_not_authority';

const SEVERITY: Record<FindingCode, 'error' | 'warning'> = {
  no_accountable: 'error',
  several_accountable: 'error',
  no_responsible: 'error',
  too_many_consulted: 'warning',
  too_many_informed: 'warning',
  several_responsible: 'warning',
  actor_without_part: 'warning',
  inactive_actor_holds_letter: 'warning',
  statutory_accountable_not_authority: 'warning',
};

export interface Finding {
  code: FindingCode;
  severity: 'error' | 'warning';
  taskId: string | null;
  actorId: string | null;
  params: Record<string, number>;
  /** the recorded reason, when the coordinator accepted this warning */
  acceptedReason: string | null;
}

/** A warning the coordinator accepted, with the reason that is kept on record. */
export interface AcceptedWarning {
  code: FindingCode;
  taskId: string | null;
  actorId: string | null;
  reason: string;
}

export interface MatrixForChecking {
  tasks: readonly CheckedTask[];
  actors: readonly CheckedActor[];
  cells: readonly CheckedCell[];
  thresholds: CheckThresholds;
  accepted: readonly AcceptedWarning[];
}

/**
 * The checks of a responsibility matrix, as a list of findings in task order. Errors break the
 * usual rule (exactly one A and at least one R per task) and cannot be accepted; warnings point
 * at likely gaps and overlaps and can be accepted with a reason.
 */
export function checkMatrix(matrix: MatrixForChecking): Finding[] {
  const findings: Finding[] = [];
  const actorsById = new Map(matrix.actors.map((actor) => [actor.id, actor]));
  const cellsByTask = groupCells(matrix.cells, (cell) => cell.taskId);
  const add = (code: FindingCode, taskId: string | null, actorId: string | null, params: Record<string, number> = {}) => {
    const severity = SEVERITY[code];
    const acceptance =
      severity === 'warning'
        ? matrix.accepted.find((accepted) => accepted.code === code && accepted.taskId === taskId && accepted.actorId === actorId)
        : undefined;
    findings.push({ code, severity, taskId, actorId, params, acceptedReason: acceptance?.reason ?? null });
  };

  for (const task of matrix.tasks) {
    const cells = cellsByTask.get(task.id) ?? [];
    const holders = (letter: RaciLetter) => cells.filter((cell) => cell.letter === letter);
    const accountable = holders('A');
    const responsible = holders('R');
    if (accountable.length === 0) add('no_accountable', task.id, null);
    if (accountable.length > 1) add('several_accountable', task.id, null, { count: accountable.length });
    if (responsible.length === 0) add('no_responsible', task.id, null);
    if (responsible.length > 1) add('several_responsible', task.id, null, { count: responsible.length });
    const consulted = holders('C').length;
    if (consulted > matrix.thresholds.maxConsulted) add('too_many_consulted', task.id, null, { count: consulted, maximum: matrix.thresholds.maxConsulted });
    const informed = holders('I').length;
    if (informed > matrix.thresholds.maxInformed) add('too_many_informed', task.id, null, { count: informed, maximum: matrix.thresholds.maxInformed });
    if (task.statutory) {
      for (const cell of accountable) {
        if (actorsById.get(cell.actorId)?.isPublicAuthority === false) add('statutory_accountable_not_authority', task.id, cell.actorId);
      }
    }
    for (const cell of cells) {
      const actor = actorsById.get(cell.actorId);
      if (actor && (actor.archived || actor.superseded)) add('inactive_actor_holds_letter', task.id, cell.actorId);
    }
  }

  const actorsWithPart = new Set(matrix.cells.map((cell) => cell.actorId));
  for (const actor of matrix.actors) {
    if (!actorsWithPart.has(actor.id) && !actor.archived && !actor.superseded) add('actor_without_part', null, actor.id);
  }
  return findings;
}

/** Errors block sending a version to review; accepted warnings do not count as open. */
export function summarizeFindings(findings: readonly Finding[]): { errors: number; openWarnings: number; acceptedWarnings: number } {
  return {
    errors: findings.filter((finding) => finding.severity === 'error').length,
    openWarnings: findings.filter((finding) => finding.severity === 'warning' && finding.acceptedReason === null).length,
    acceptedWarnings: findings.filter((finding) => finding.acceptedReason !== null).length,
  };
}

function groupCells(cells: readonly CheckedCell[], key: (cell: CheckedCell) => string): Map<string, CheckedCell[]> {
  const groups = new Map<string, CheckedCell[]>();
  for (const cell of cells) {
    const group = groups.get(key(cell));
    if (group) group.push(cell);
    else groups.set(key(cell), [cell]);
  }
  return groups;
}

/** Errors cannot be accepted; a warning can, with a reason. */
export function findingSeverity(code: FindingCode): 'error' | 'warning' {
  return SEVERITY[code];
}
