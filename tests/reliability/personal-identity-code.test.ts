import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, methodNames, type MethodName } from '../../src-main/api/contract/index.js';
import { dispatch } from '../../src-main/api/dispatch.js';
import { problemFromIssue } from '../../src-main/api/validation-errors.js';
import type { AppSession } from '../../src-main/session/app-session.js';
import { contentHash } from '../support/db-content.js';
import { removeTempDirs } from '../support/temp-files.js';
import { createTempNetwork } from '../support/temp-network.js';
import { createTestSession } from '../support/test-session.js';
import type { JsonSchema } from './schema-arbitraries.js';

/**
 * Issue 7, privacy: free text holding a henkilötunnus is refused everywhere text is saved. Derived
 * from the contract like the fuzz test, so a new method or field is covered without new code: for
 * every write method a schema-valid input is built, and then for every string field reachable in it
 * (nested objects, arrays, the fi/sv/en of localized texts) one input carries a real-looking code
 * (131052-308T, check character valid) in that one field. It must be refused with
 * `personal_identity_code` and write nothing. Fields that hold no free text are exempt (below, with
 * the reason); a code put there must still be refused by the field's own format, writing nothing.
 */
const CODE = '131052-308T';

/** Fields that hold no free text, by name (and method, where the name alone does not say). */
const EXEMPT: Array<{ field: RegExp; method?: RegExp; reason: string }> = [
  { field: /^path$/, method: /^files\.open$/, reason: 'a path on the user’s own machine, to open; never saved into a network' },
  { field: /^fileName$/, method: /^(reviewForms\.import|matrices\.importWorkbook)$/, reason: 'the name of the file being imported: never stored (the handlers do not read it)' },
  { field: /^logoPng$/, reason: 'a PNG image’s bytes in base64, checked to be a PNG' },
  { field: /^name$/, method: /^backups\.restore$/, reason: 'the name of a backup file the app made, checked against its own pattern' },
  { field: /^entityType$/, method: /^history\./, reason: 'a table name, lower-case letters and _' },
  { field: /(^id$|Id$|Ids$)/, reason: 'a UUID of a row; the format admits nothing else' },
  { field: /^(validFrom|validTo|effectiveDate|inForceFrom|repealedOn|reviewDeadline|approvedOn|validOn|acceptedOn|recordApprovedOn|dueDate|closedOn|periodFrom|periodTo|scheduleFrom|scheduleTo)$/, reason: 'a calendar date YYYY-MM-DD' },
  { field: /^(startsAt|endsAt)$/, reason: 'a Helsinki wall-clock time YYYY-MM-DDTHH:mm' },
  { field: /^businessId$/, reason: 'a Y-tunnus with its own check digit' },
  { field: /^number$/, reason: 'a statute number like 1386/2010' },
  { field: /^checksum$/, reason: 'the preview’s hex checksum, compared, never stored' },
  { field: /^contentBase64$/, reason: 'a file’s bytes: review forms and workbooks are read and their texts checked (tests/review-forms, below); an attachment is kept as the user’s own file, not read' },
];

/** Methods not called here, with the reason. */
const NOT_CALLED: Partial<Record<MethodName, string>> = {
  'files.open': 'opens a file by path; the path is the user’s own machine, never saved into a network',
  'files.openDemo': 'takes no text',
  'files.close': 'takes no text',
  'files.new': 'would leave the network under test; its schema alone is checked',
};

function schemaOf(method: MethodName): JsonSchema {
  return z.toJSONSchema(contract[method].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

type Path = Array<string | number>;

/** A plausible value for a field, chosen by its name, so that the method's own rules accept it. */
function stringFor(key: string, ids: string[]): string {
  if (key === 'businessId') return '';
  if (/(^id$|Id$)/.test(key)) return ids[0]!;
  if (/^startsAt$/.test(key)) return '2026-12-01T10:00';
  if (/^endsAt$/.test(key)) return '2026-12-01T11:00';
  if (/(date|^valid|On$|From$|To$|deadline)/i.test(key)) return '2026-12-01';
  if (key === 'email') return 'etunimi.sukunimi@example.fi';
  if (key === 'phone') return '+358 40 123 4567';
  if (/^(website|onlineLink)$/.test(key)) return 'https://example.fi/sivu';
  if (key === 'businessId') return '';
  if (key === 'number') return '1386/2010';
  if (key === 'contentBase64') return 'AAAA';
  if (key === 'fileName') return 'liite.pdf';
  return 'Tavallinen teksti';
}

/** Every field present (optional ones too), arrays with one item: the widest input the schema describes. */
function fullValue(schema: JsonSchema, ids: string[], key = '', path: Path = [], enums: Set<string> = new Set(), method = ''): unknown {
  if (schema.const !== undefined || schema.enum) {
    enums.add(`${method} ${path.join('.')}`);
    return schema.const ?? schema.enum![0];
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fullValue(alternatives.find((option) => option.type !== 'null') ?? alternatives[0]!, ids, key, path, enums, method);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, property]) => [name, fullValue(property, ids, name, [...path, name], enums, method)]));
    case 'array':
      return schema.items ? [fullValue(schema.items, ids, key.replace(/s$/, ''), [...path, 0], enums, method)] : [];
    case 'string':
      return stringFor(key, ids);
    case 'integer':
    case 'number':
      return /version/i.test(key) ? 1 : Math.max(schema.minimum ?? 0, Math.min(schema.maximum ?? 1, 1));
    case 'boolean':
      return false;
    default:
      return null;
  }
}

/** Paths of every string in a value, with the name of the field that holds it. */
function stringPaths(value: unknown, path: Path = [], found: Array<{ path: Path; field: string }> = []): Array<{ path: Path; field: string }> {
  if (typeof value === 'string') found.push({ path, field: String([...path].reverse().find((segment) => typeof segment === 'string') ?? '') });
  else if (Array.isArray(value)) value.forEach((item, index) => stringPaths(item, [...path, index], found));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) stringPaths(item, [...path, key], found);
  return found;
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let target = copy;
  for (const segment of path.slice(0, -1)) target = target[segment] as Record<string | number, unknown>;
  target[path.at(-1)!] = value;
  return copy;
}

function without(root: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(root).filter(([key]) => !keys.includes(key)));
}

/**
 * A schema-valid input that still holds the field at `path`: the full one, or with other optional
 * fields left out one or two at a time (a rule like "a representative or a guest, not both").
 */
function validBaseHolding(method: MethodName, full: Record<string, unknown>, path: Path): unknown {
  const input = contract[method].input;
  const required = new Set(schemaOf(method).required ?? []);
  const optional = Object.keys(full).filter((key) => !required.has(key) && key !== path[0]);
  const candidates: string[][] = [[], ...optional.map((key) => [key]), ...optional.flatMap((a, i) => optional.slice(i + 1).map((b) => [a, b]))];
  for (const leftOut of candidates) {
    const candidate = without(full, leftOut);
    if (input.safeParse(candidate).success) return candidate;
  }
  return undefined;
}

function textWithCode(field: string, ordinary: string): string {
  if (field === 'email') return `${CODE}@example.fi`;
  if (/^(website|onlineLink)$/.test(field)) return `https://example.fi/${CODE}`;
  if (field === 'phone') return CODE;
  return ordinary.length > 20 ? `Asiakas ${CODE} soitti` : `${ordinary.slice(0, 5)} ${CODE}`;
}

describe('a henkilötunnus is refused in every text field of every write method', () => {
  let session: AppSession;
  let ids: string[];

  beforeAll(async () => {
    const { file, dir } = await createTempNetwork({ demo: true });
    ({ session } = await createTestSession({ dir, open: file }));
    const db = session.requireNetwork().db;
    ids = (await db.selectFrom('actor').select('id').limit(1).execute()).map((row) => row.id);
  });
  afterAll(async () => {
    await session.closeFile();
    removeTempDirs();
  });

  it('lists a reason for every method it does not call, and only methods that exist', () => {
    for (const method of Object.keys(NOT_CALLED)) expect(methodNames).toContain(method);
  });

  it('refuses the code in each field with personal_identity_code and writes nothing', { timeout: 10 * 60_000 }, async () => {
    const db = session.requireNetwork().db;
    const totalChanges = async () => (await sql<{ n: number }>`select total_changes() as n`.execute(db)).rows[0]!.n;
    const problems: string[] = [];
    const tally = { methods: 0, fields: 0, refusedAsCode: 0, exempt: 0 };
    const writeMethods = methodNames.filter((method) => contract[method].writes);
    const enumPaths = new Set<string>();

    for (const method of writeMethods) {
      const full = fullValue(schemaOf(method), ids, '', [], enumPaths, method) as Record<string, unknown>;
      const fields = stringPaths(full);
      if (fields.length === 0) continue;
      tally.methods++;
      for (const { path, field } of fields) {
        const where = `${method} ${path.join('.')}`;
        const base = validBaseHolding(method, full, path);
        const exempt = enumPaths.has(`${method} ${path.join('.')}`)
          ? { reason: 'one of a fixed list of codes (an enum)' }
          : EXEMPT.find((rule) => rule.field.test(field) && (!rule.method || rule.method.test(method)));
        if (base === undefined && exempt) {
          tally.exempt++;
          continue;
        }
        if (base === undefined) {
          problems.push(`${where}: no schema-valid input found to carry the field (extend stringFor)`);
          continue;
        }
        tally.fields++;
        const ordinary = path.reduce<unknown>((value, segment) => (value as Record<string | number, unknown>)[segment], base) as string;
        const payload = setAt(base, path, textWithCode(field, ordinary));

        if (method in NOT_CALLED) {
          const parsed = contract[method].input.safeParse(payload, { reportInput: true });
          const code = parsed.success ? 'accepted' : problemFromIssue(parsed.error.issues[0]!).code;
          if (!exempt && code !== 'personal_identity_code') problems.push(`${where}: the schema answered ${code}`);
          if (exempt) tally.exempt++;
          else tally.refusedAsCode++;
          continue;
        }
        const settingsBefore = JSON.stringify(await dispatch(session, 'settings.get', {}));
        const changesBefore = await totalChanges();
        const hashBefore = await contentHash(db);
        const answer = await dispatch(session, method, payload);
        if (answer.ok) {
          problems.push(`${where}: accepted a henkilötunnus`);
        } else if (exempt) {
          tally.exempt++;
        } else if (answer.error.code !== 'personal_identity_code') {
          problems.push(`${where}: answered ${answer.error.code} (${answer.error.message}) instead of personal_identity_code`);
        } else {
          tally.refusedAsCode++;
          if (JSON.stringify(answer.error.path) !== JSON.stringify(path)) problems.push(`${where}: the refusal points at ${answer.error.path.join('.')}`);
        }
        if ((await totalChanges()) !== changesBefore && (await contentHash(db)) !== hashBefore) problems.push(`${where}: wrote to the network`);
        if (JSON.stringify(await dispatch(session, 'settings.get', {})) !== settingsBefore) problems.push(`${where}: changed the settings`);
      }
    }
    console.info(
      `personal-identity-code: ${tally.fields} text fields in ${tally.methods} write methods; ${tally.refusedAsCode} refused as a henkilötunnus, ${tally.exempt} exempt (refused by their format); ${problems.length} problems`,
    );
    expect(problems.join('\n')).toBe('');
    expect(tally.refusedAsCode).toBeGreaterThan(200);
  });
});
