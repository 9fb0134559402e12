import { sql } from 'kysely';
import type { ErasureResult } from '../../api/contract/privacy.js';
import { recordChange } from '../../db/change-log.js';
import { findNameRows, findRepresentativeRow, nameRowAt, type RepresentativeRow, toRepresentative } from '../../db/repositories/actor-repository.js';
import { fromStoredLocalized } from '../../db/stored-values.js';
import { bumpVersion, throwVersionProblem } from '../../db/versioned-row.js';
import { readNetworkInfo } from '../network/network-info.js';
import { AppError } from '../shared/app-error.js';
import type { WriteContext } from '../shared/contexts.js';
import { foldForSearch } from '../shared/finnish-text.js';
import { pickLocalized } from '../shared/localized-text.js';
import { formerRepresentativeLabel, networkLanguage } from './former-representative.js';
import { replaceInValue, scrubTables, substitutionPairs } from './scrub-personal-data.js';

/** The representative's own fields that are personal data; the rest (organisation, role, period) is the network's record. */
const PERSONAL_FIELDS = ['name', 'title', 'email', 'phone'] as const;

/**
 * GDPR erasure of a representative who has left (valid_to in the past, or archived): the name,
 * title, e-mail and phone go from the representative row and from every place they were copied —
 * attendance lists, record texts, search texts, the change log's before/after copies (rewritten,
 * not deleted) — leaving "Entinen edustaja (Organisaatio)". Ids stay, so meetings, memberships
 * and history keep their shape. Runs in the caller's transaction; `secure_delete` makes SQLite
 * overwrite the old texts in the file's pages instead of only marking them free.
 */
export async function eraseRepresentative(context: WriteContext, id: string, expectedVersion: number): Promise<ErasureResult> {
  const row = await findRepresentativeRow(context.db, id);
  if (!row) throw new AppError('not_found', { id }, ['representativeId']);
  const hasLeft = row.archived_at !== null || (row.valid_to !== null && row.valid_to < context.today);
  if (!hasLeft) throw new AppError('privacy_representative_current', { name: row.name }, ['representativeId']);

  const network = await readNetworkInfo(context.db);
  const language = networkLanguage(network.name);
  const nameRow = nameRowAt(await findNameRows(context.db, [row.actor_id]), context.today);
  const organisation = (nameRow && pickLocalized(fromStoredLocalized(nameRow, 'name'), language)?.text) ?? '?';
  const label = formerRepresentativeLabel(language, organisation);
  if (row.name === label && row.title === null && row.email === null && row.phone === null) throw new AppError('privacy_already_erased', {}, ['representativeId']);
  if (row.row_version !== expectedVersion) await throwVersionProblem(context.db, 'representative', row.id);

  // Pages the erasure frees or rewrites are overwritten with zeros, so the old texts do not linger in the file.
  const previous = (await sql<{ secure_delete: number }>`pragma secure_delete`.execute(context.db)).rows[0]?.secure_delete ?? 0;
  await sql`pragma secure_delete = on`.execute(context.db);
  try {
    return await erase(context, row, label);
  } finally {
    await sql.raw(`pragma secure_delete = ${previous ? 'on' : 'off'}`).execute(context.db);
  }
}

async function erase(context: WriteContext, row: RepresentativeRow, label: string): Promise<ErasureResult> {
  const { id } = row;

  const now = context.author.now.toISOString();
  await bumpVersion(context.db, 'representative', id, row.row_version, {
    name: label,
    title: null,
    email: null,
    phone: null,
    search_text: foldForSearch(label),
    updated_at: now,
  });
  const attendance = await context.db
    .updateTable('meeting_attendance')
    .set((eb) => ({ person_name: label, row_version: eb('row_version', '+', 1) }))
    .where('representative_id', '=', id)
    .executeTakeFirst();

  // The title is no identifier (many are "koordinaattori"): it is removed from the person's own rows only.
  const needles = [row.name, row.email, row.phone].filter((text): text is string => Boolean(text));
  const rowsRewritten = Number(attendance.numUpdatedRows) + (await scrubTables(context.db, { needles, replacement: label }));
  const changeLogEntriesRewritten = await rewriteChangeLog(context, id, needles, label);

  const representative = toRepresentative((await findRepresentativeRow(context.db, id))!);
  await recordChange(context.db, context.author, {
    entityType: 'representative',
    entityId: id,
    operation: 'update',
    after: { ...representative, personalDataErased: [...PERSONAL_FIELDS] },
  });
  return { representative, rowsRewritten, changeLogEntriesRewritten };
}

/**
 * The change log keeps every entry (what, when, who), but not the person: in the representative's
 * own entries the personal fields become the label (title, e-mail, phone null), and in any entry
 * the name, e-mail and phone are replaced wherever they were copied (also as the author's name).
 */
async function rewriteChangeLog(context: WriteContext, id: string, needles: string[], label: string): Promise<number> {
  const pairs = substitutionPairs(needles, label);
  const entries = await context.db.selectFrom('change_log').select(['id', 'entity_type', 'entity_id', 'changed_by', 'before_json', 'after_json']).execute();
  let rewritten = 0;
  for (const entry of entries) {
    const own = entry.entity_type === 'representative' && entry.entity_id === id;
    const rewrite = (json: string | null): string | null => {
      if (json === null) return null;
      const value = replaceInValue(JSON.parse(json) as unknown, pairs);
      return JSON.stringify(own ? withoutPersonalFields(value, label) : withoutPersonalFieldsOf(value, id, label));
    };
    const next = {
      changed_by: replaceInValue(entry.changed_by, pairs) as string,
      before_json: rewrite(entry.before_json),
      after_json: rewrite(entry.after_json),
    };
    if (next.changed_by === entry.changed_by && next.before_json === entry.before_json && next.after_json === entry.after_json) continue;
    await context.db.updateTable('change_log').set(next).where('id', '=', entry.id).execute();
    rewritten++;
  }
  return rewritten;
}

function withoutPersonalFields(value: unknown, label: string): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = { ...(value as Record<string, unknown>) };
  if ('name' in record) record.name = label;
  for (const field of ['title', 'email', 'phone'] as const) if (field in record) record[field] = null;
  if ('search_text' in record) record.search_text = foldForSearch(label);
  return record;
}

/** Anywhere in another entry (a meeting's invitee list, a working group's members): an object that is this representative. */
function withoutPersonalFieldsOf(value: unknown, id: string, label: string): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutPersonalFieldsOf(item, id, label));
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const mapped = Object.fromEntries(Object.entries(record).map(([key, item]) => [key, withoutPersonalFieldsOf(item, id, label)]));
  const isThePerson = record.id === id && ('email' in record || 'phone' in record || 'title' in record);
  return isThePerson ? withoutPersonalFields(mapped, label) : mapped;
}
