import type { Selectable } from 'kysely';
import type { LegalAct, LegalReference } from '../../api/contract/processes.js';
import type { Queryable } from '../network-store.js';
import type { LegalActTable, LegalReferenceTable } from '../schema.js';
import { fromStoredLocalized } from '../stored-values.js';

/** Reads of acts (säädökset) and the citations of them. Writes live in the domain. */

export type LegalActRow = Selectable<LegalActTable>;
export type LegalReferenceRow = Selectable<LegalReferenceTable>;

export async function findLegalActRows(db: Queryable): Promise<LegalActRow[]> {
  return db.selectFrom('legal_act').selectAll().orderBy('number').execute();
}

export async function findLegalActRow(db: Queryable, id: string): Promise<LegalActRow | undefined> {
  return db.selectFrom('legal_act').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findLegalActRowByNumber(db: Queryable, number: string): Promise<LegalActRow | undefined> {
  return db.selectFrom('legal_act').selectAll().where('number', '=', number).executeTakeFirst();
}

/** Every citation of a process and of its nodes (deleted nodes' too: an undo brings them back). */
export async function findLegalReferenceRows(db: Queryable, processId: string): Promise<LegalReferenceRow[]> {
  return db.selectFrom('legal_reference').selectAll().where('process_id', '=', processId).orderBy('sort_order').orderBy('id').execute();
}

export async function findLegalReferenceRow(db: Queryable, id: string): Promise<LegalReferenceRow | undefined> {
  return db.selectFrom('legal_reference').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Citations of acts repealed on or before `today`, per process, leaving out deleted steps. */
export async function countRepealedReferencesByProcess(db: Queryable, today: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('legal_reference')
    .innerJoin('legal_act', 'legal_act.id', 'legal_reference.act_id')
    .leftJoin('process_node', 'process_node.id', 'legal_reference.node_id')
    .select(['legal_reference.process_id as process_id', db.fn.countAll<number>().as('count')])
    .where('legal_act.repealed_on', 'is not', null)
    .where('legal_act.repealed_on', '<=', today)
    .where((eb) => eb.or([eb('legal_reference.node_id', 'is', null), eb('process_node.deleted_at', 'is', null)]))
    .groupBy('legal_reference.process_id')
    .execute();
  return new Map(rows.map((row) => [row.process_id, Number(row.count)]));
}

/** An act is repealed from its repeal date on: on that very day the new act already applies. */
export function isRepealed(row: LegalActRow, today: string): boolean {
  return row.repealed_on !== null && row.repealed_on <= today;
}

export function toLegalAct(row: LegalActRow, actsById: ReadonlyMap<string, LegalActRow>, today: string): LegalAct {
  return {
    id: row.id,
    number: row.number,
    name: fromStoredLocalized(row, 'name'),
    inForceFrom: row.in_force_from,
    repealedOn: row.repealed_on,
    replacedByActId: row.replaced_by_act_id,
    replacedByNumber: row.replaced_by_act_id ? (actsById.get(row.replaced_by_act_id)?.number ?? null) : null,
    repealed: isRepealed(row, today),
    rowVersion: row.row_version,
  };
}

export function toLegalReference(row: LegalReferenceRow, actsById: ReadonlyMap<string, LegalActRow>, today: string): LegalReference {
  return {
    id: row.id,
    nodeId: row.node_id,
    act: toLegalAct(actsById.get(row.act_id)!, actsById, today),
    section: row.section,
    note: row.note,
    sortOrder: row.sort_order,
    rowVersion: row.row_version,
  };
}

/** "681/2023" sorts by year, then number. */
export function compareActNumbers(a: string, b: string): number {
  const [numberA = 0, yearA = 0] = a.split('/').map(Number);
  const [numberB = 0, yearB = 0] = b.split('/').map(Number);
  return yearA - yearB || numberA - numberB;
}
