import type { LocalizedText } from '../../api/contract/common.js';
import type { LegalAct } from '../../api/contract/processes.js';
import { recordChange } from '../../db/change-log.js';
import { newId } from '../../db/ids.js';
import { findLegalActRow, findLegalActRowByNumber, findLegalActRows, toLegalAct } from '../../db/repositories/legal-repository.js';
import { bumpVersion } from '../../db/versioned-row.js';
import { toStoredLocalized } from '../../db/stored-values.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';

/** Säädökset: an act's validity is data, so the app can flag steps that still cite a repealed act. */
export interface LegalActFields {
  number: string;
  name: LocalizedText;
  inForceFrom: string | null;
  repealedOn: string | null;
  replacedByActId?: string | null;
}

type Path = ReadonlyArray<string | number>;

async function loadAct(context: WriteContext, id: string): Promise<LegalAct> {
  const rows = await findLegalActRows(context.db);
  const row = rows.find((act) => act.id === id);
  if (!row) throw new AppError('not_found', { id });
  return toLegalAct(row, new Map(rows.map((act) => [act.id, act])), context.today);
}

/** The number is unique (one act, one row), and a repeal comes after entry into force. */
async function checkAct(context: WriteContext, fields: LegalActFields, selfId: string | null, path: Path): Promise<void> {
  const sameNumber = await findLegalActRowByNumber(context.db, fields.number);
  if (sameNumber && sameNumber.id !== selfId) throw new AppError('legal_act_number_exists', { number: fields.number }, [...path, 'number']);
  if (fields.inForceFrom && fields.repealedOn && fields.repealedOn < fields.inForceFrom) throw new AppError('period_reversed', {}, [...path, 'repealedOn']);
  const replacedBy = fields.replacedByActId;
  if (replacedBy) {
    if (replacedBy === selfId) throw new AppError('legal_act_replaced_by_self', {}, [...path, 'replacedByActId']);
    if (!(await findLegalActRow(context.db, replacedBy))) throw new AppError('not_found', { id: replacedBy }, [...path, 'replacedByActId']);
  }
}

function actColumns(fields: LegalActFields) {
  return {
    number: fields.number,
    ...toStoredLocalized('name', fields.name),
    in_force_from: fields.inForceFrom,
    repealed_on: fields.repealedOn,
    replaced_by_act_id: fields.replacedByActId ?? null,
  };
}

export async function createLegalAct(context: WriteContext, fields: LegalActFields): Promise<LegalAct> {
  await checkAct(context, fields, null, []);
  const now = context.author.now.toISOString();
  const id = newId(context.author.now.getTime());
  await context.db
    .insertInto('legal_act')
    .values({ id, ...actColumns(fields), created_at: now, updated_at: now, row_version: 1 })
    .execute();
  const created = await loadAct(context, id);
  await recordChange(context.db, context.author, { entityType: 'legal_act', entityId: id, operation: 'create', after: created });
  return created;
}

export async function updateLegalAct(context: WriteContext, id: string, expectedVersion: number, fields: LegalActFields): Promise<LegalAct> {
  const before = await loadAct(context, id);
  await checkAct(context, fields, id, ['fields']);
  await bumpVersion(context.db, 'legal_act', id, expectedVersion, { ...actColumns(fields), updated_at: context.author.now.toISOString() });
  const after = await loadAct(context, id);
  await recordChange(context.db, context.author, { entityType: 'legal_act', entityId: id, operation: 'update', before, after });
  return after;
}
