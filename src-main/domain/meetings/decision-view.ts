import type { DecisionKind, DecisionView } from '../../api/contract/meetings.js';
import { findAgendaItemRows } from '../../db/repositories/agenda-item-repository.js';
import { type DecisionRow, findDecisionRows } from '../../db/repositories/decision-repository.js';
import { findMeetingRow, type MeetingRow } from '../../db/repositories/meeting-repository.js';
import type { MatrixVersionRow } from '../../db/repositories/matrix-repository.js';
import type { Queryable } from '../../db/network-store.js';
import { fromStoredLocalized } from '../../db/stored-values.js';
import type { Locale } from '../../i18n/locales.js';
import type { ReadContext } from '../shared/contexts.js';
import { pickLocalized } from '../shared/localized-text.js';
import { actorNamesOn } from './actor-names-on-date.js';

/** A meeting's decisions in agenda order, each with the matrix version it concerns and whether it may still be withdrawn. */
export async function readDecisions(context: ReadContext, meetingId: string): Promise<DecisionView[]> {
  const [meeting, rows] = await Promise.all([findMeetingRow(context.db, meetingId), findDecisionRows(context.db, meetingId)]);
  if (!meeting || rows.length === 0) return [];
  const date = meeting.starts_at.slice(0, 10);
  const [items, versions, actorNames] = await Promise.all([
    findAgendaItemRows(context.db, [meetingId]),
    versionsOf(context.db, rows.map((row) => row.matrix_version_id), context.locale),
    actorNamesOn(context.db, rows.map((row) => row.actor_id), date, context.locale),
  ]);
  const itemOrder = new Map(items.map((item, index) => [item.id, index]));
  return [...rows]
    .sort((a, b) => (itemOrder.get(a.agenda_item_id) ?? 0) - (itemOrder.get(b.agenda_item_id) ?? 0) || a.sort_order - b.sort_order)
    .map((row): DecisionView => {
      const texts = fromStoredLocalized(row, 'text');
      const text = pickLocalized(texts, context.locale) ?? { text: '', language: context.locale };
      const version = row.matrix_version_id ? versions.get(row.matrix_version_id) : undefined;
      return {
        id: row.id,
        agendaItemId: row.agenda_item_id,
        sortOrder: row.sort_order,
        kind: row.kind as DecisionKind,
        text: text.text,
        textLanguage: text.language,
        texts,
        matrixVersion: version
          ? { id: version.row.id, matrixId: version.row.matrix_id, matrixName: version.matrixName, number: version.row.number, status: version.row.status }
          : null,
        actor: row.actor_id ? { id: row.actor_id, name: actorNames.get(row.actor_id) ?? '?' } : null,
        appliedAt: row.applied_at,
        withdrawable: version ? withdrawRefusal(meeting, row, version.row, version.laterVersions) === null : false,
        rowVersion: row.row_version,
      };
    });
}

export interface DecidedVersion {
  row: MatrixVersionRow;
  matrixName: string;
  /** versions of the same matrix numbered after this one (a later draft, review or approval) */
  laterVersions: number;
}

export async function versionsOf(db: Queryable, versionIds: ReadonlyArray<string | null>, locale: Locale): Promise<Map<string, DecidedVersion>> {
  const ids = [...new Set(versionIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('matrix_version').selectAll().where('id', 'in', ids).execute();
  const matrixIds = [...new Set(rows.map((row) => row.matrix_id))];
  const [matrices, siblings] = await Promise.all([
    db.selectFrom('matrix').selectAll().where('id', 'in', matrixIds).execute(),
    db.selectFrom('matrix_version').select(['matrix_id', 'number']).where('matrix_id', 'in', matrixIds).execute(),
  ]);
  const names = new Map(matrices.map((matrix) => [matrix.id, pickLocalized(fromStoredLocalized(matrix, 'name'), locale)?.text ?? '?']));
  return new Map(
    rows.map((row) => [
      row.id,
      {
        row,
        matrixName: names.get(row.matrix_id) ?? '?',
        laterVersions: siblings.filter((sibling) => sibling.matrix_id === row.matrix_id && sibling.number > row.number).length,
      },
    ]),
  );
}

/**
 * Why a carried-out decision can no longer be withdrawn, or null when it can: only while the
 * record is open and the version has not moved on (still the approved one, no later version).
 */
export function withdrawRefusal(
  meeting: Pick<MeetingRow, 'status'>,
  decision: Pick<DecisionRow, 'applied_at' | 'id' | 'kind'>,
  version: Pick<MatrixVersionRow, 'status' | 'approved_by_decision_id'>,
  laterVersions: number,
): 'decision_not_applied' | 'record_already_approved' | 'decision_version_moved_on' | null {
  if (decision.applied_at === null) return 'decision_not_applied';
  if (meeting.status === 'record_approved') return 'record_already_approved';
  if (version.status !== 'approved' || laterVersions > 0) return 'decision_version_moved_on';
  if (decision.kind === 'approve_matrix_version' && version.approved_by_decision_id !== decision.id) return 'decision_version_moved_on';
  return null;
}
