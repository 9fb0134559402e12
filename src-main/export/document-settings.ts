import { isStorableLogo, MAX_LOGO_BYTES } from '../api/contract/document-template.js';
import type { Queryable } from '../db/network-store.js';
import { AppError } from '../domain/shared/app-error.js';
import type { WriteContext } from '../domain/shared/contexts.js';
import { readSettingValues, writeSetting } from '../domain/shared/network-settings.js';

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
  const values = await readSettingValues(db, Object.values(DOCUMENT_SETTING_KEYS));
  const template = { ...EMPTY_TEMPLATE };
  for (const [field, key] of Object.entries(DOCUMENT_SETTING_KEYS) as Array<[keyof DocumentTemplate, string]>) {
    template[field] = textOf(values.get(key));
  }
  // A logo that is not a PNG (edited by hand, cut short) is left out rather than breaking every export.
  if (template.logoPng && !isStorableLogo(template.logoPng)) template.logoPng = null;
  return template;
}

/** Sets the given fields (null removes one); fields left out stay as they are. */
export async function writeDocumentTemplate(context: WriteContext, changes: Partial<DocumentTemplate>): Promise<DocumentTemplate> {
  for (const [field, value] of Object.entries(changes) as Array<[keyof DocumentTemplate, string | null | undefined]>) {
    if (value === undefined) continue;
    const text = value === null ? null : value.trim() || null;
    if (field === 'logoPng' && text !== null && !isStorableLogo(text)) throw new AppError('invalid_input', {}, [field]);
    await writeSetting(context, DOCUMENT_SETTING_KEYS[field], text, forLog);
  }
  return readDocumentTemplate(context.db);
}

/** The logo itself is not copied into the change log: it would only make the file grow. */
function forLog(row: { key: string; value_json: string }): object {
  return row.key === DOCUMENT_SETTING_KEYS.logoPng ? { ...row, value_json: `"<png, ${row.value_json.length} characters of base64>"` } : row;
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
