import { isStorableLogo, MAX_LOGO_BYTES } from '../api/contract/document-template.js';
import { recordChange } from '../db/change-log.js';
import type { Queryable } from '../db/network-store.js';
import { AppError } from '../domain/shared/app-error.js';
import type { WriteContext } from '../domain/shared/contexts.js';

/**
 * The organisation template of exported documents, kept in the network's settings (table
 * `network_setting`, one JSON value per key): whose document it is, its logo and its case number
 * (diaarinumero). Every field is optional; a document without them is still complete.
 */
export interface DocumentTemplate {
  organisationName: string | null;
  /** base64 of a PNG shown on the title page */
  logoPng: string | null;
  caseNumber: string | null;
}

export const DOCUMENT_SETTING_KEYS = {
  organisationName: 'document.organisationName',
  logoPng: 'document.logoPng',
  caseNumber: 'document.caseNumber',
} as const satisfies Record<keyof DocumentTemplate, string>;

/** a logo is small; a bigger picture would only slow every export down */
export { MAX_LOGO_BYTES };

export const EMPTY_TEMPLATE: DocumentTemplate = { organisationName: null, logoPng: null, caseNumber: null };

export async function readDocumentTemplate(db: Queryable): Promise<DocumentTemplate> {
  const rows = await db.selectFrom('network_setting').select(['key', 'value_json']).where('key', 'in', Object.values(DOCUMENT_SETTING_KEYS)).execute();
  const values = new Map(rows.map((row) => [row.key, parseText(row.value_json)]));
  const template = { ...EMPTY_TEMPLATE };
  for (const [field, key] of Object.entries(DOCUMENT_SETTING_KEYS) as Array<[keyof DocumentTemplate, string]>) {
    template[field] = values.get(key) ?? null;
  }
  // A logo that is not a PNG (edited by hand, cut short) is left out rather than breaking every export.
  if (template.logoPng && !isStorableLogo(template.logoPng)) template.logoPng = null;
  return template;
}

/** Sets the given fields (null removes one); fields left out stay as they are. */
export async function writeDocumentTemplate(context: WriteContext, changes: Partial<DocumentTemplate>): Promise<DocumentTemplate> {
  const now = context.author.now.toISOString();
  for (const [field, value] of Object.entries(changes) as Array<[keyof DocumentTemplate, string | null | undefined]>) {
    if (value === undefined) continue;
    const key = DOCUMENT_SETTING_KEYS[field];
    const text = value === null ? null : value.trim() || null;
    if (field === 'logoPng' && text !== null && !isStorableLogo(text)) throw new AppError('invalid_input', {}, [field]);
    const before = await context.db.selectFrom('network_setting').selectAll().where('key', '=', key).executeTakeFirst();
    if (text === null) {
      if (!before) continue;
      await context.db.deleteFrom('network_setting').where('key', '=', key).execute();
      await recordChange(context.db, context.author, { entityType: 'network_setting', entityId: key, operation: 'delete', before: forLog(before) });
      continue;
    }
    const after = { key, value_json: JSON.stringify(text), updated_at: now, row_version: (before?.row_version ?? 0) + 1 };
    if (before) await context.db.updateTable('network_setting').set(after).where('key', '=', key).execute();
    else await context.db.insertInto('network_setting').values(after).execute();
    await recordChange(context.db, context.author, {
      entityType: 'network_setting',
      entityId: key,
      operation: before ? 'update' : 'create',
      before: before ? forLog(before) : null,
      after: forLog(after),
    });
  }
  return readDocumentTemplate(context.db);
}

/** The logo itself is not copied into the change log: it would only make the file grow. */
function forLog(row: { key: string; value_json: string }): object {
  return row.key === DOCUMENT_SETTING_KEYS.logoPng ? { ...row, value_json: `"<png, ${row.value_json.length} characters of base64>"` } : row;
}

function parseText(json: string): string | null {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'string' && value.trim() ? value.trim() : null;
  } catch {
    return null;
  }
}
