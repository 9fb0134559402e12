import type { HistoryFieldChange } from '../../api/contract/history.js';
import type { Locale } from '../../i18n/locales.js';
import { fieldLabel } from './history-labels.js';

const MAX_VALUE_LENGTH = 80;

/** Bookkeeping every write touches: listing them would hide what the user actually changed. */
const BOOKKEEPING = new Set(['id', 'row_version', 'rowVersion', 'updated_at', 'updatedAt', 'created_at', 'createdAt', 'search_text', 'searchText']);

type Snapshot = Record<string, unknown> | null;

/** The fields an entry changed, as short text; a create lists what was set, a delete what was there. */
export function changedFields(entityType: string, before: Snapshot, after: Snapshot, locale: Locale): HistoryFieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((key) => !BOOKKEEPING.has(key));
  const changes: HistoryFieldChange[] = [];
  for (const key of keys) {
    const old = shown(before?.[key]);
    const now = shown(after?.[key]);
    if (old === now) continue;
    changes.push({ field: key, label: fieldLabel(entityType, key, locale), before: old, after: now });
  }
  return changes;
}

/** A value as a line of text: a localized text by its languages, anything long cut with an ellipsis. */
export function shown(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else if (isLocalized(value)) text = (['fi', 'sv', 'en'] as const).filter((language) => value[language]).map((language) => `${language}: ${value[language]}`).join(' · ');
  else text = JSON.stringify(value);
  if (text === '') return null;
  const characters = [...text];
  return characters.length > MAX_VALUE_LENGTH ? `${characters.slice(0, MAX_VALUE_LENGTH - 1).join('')}…` : text;
}

function isLocalized(value: unknown): value is Partial<Record<'fi' | 'sv' | 'en', string | null>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => key === 'fi' || key === 'sv' || key === 'en');
}
