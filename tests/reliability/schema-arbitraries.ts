import fc from 'fast-check';

/**
 * fast-check arbitraries derived from a method's JSON Schema (`z.toJSONSchema`), so every method
 * of the contract, present or future, gets payloads without anyone writing them by hand:
 * plausible ones (right shape, random content, ids that exist or only look as if they did),
 * plausible ones with one thing broken, and plain hostile values.
 */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  additionalProperties?: boolean | JsonSchema;
}

export interface Pools {
  /** ids that exist in the network, and well-formed ids that do not */
  ids: string[];
}

/** Keys that have polluted prototypes elsewhere; made own properties the way JSON.parse does. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDC00y',
  '\uDBFF\uDFFF',
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D\uFEFF',
  'مرحبا بالعالم',
  'שלום',
  'Z̴̡̛͉͓a̸l̷g̵o̶',
  '👩‍👩‍👧‍👦🇫🇮',
  'İıß',
  "'; drop table actor; --",
  "' or '1'='1",
  '" or ""="',
  '1; delete from change_log',
  '%_\\',
  'NULL',
  'undefined',
  '__proto__',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '131052-308T',
  'Henkilötunnus 010101A123N tähän',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31T25:61',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '019cf5a8-b400-786f-9c2f-1998f7f70cb4 ',
  'NaN',
  '-0',
  '1e308',
];

const NASTY_NUMBERS = [0, -0, -1, 1.5, NaN, Infinity, -Infinity, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, Number.MIN_SAFE_INTEGER - 2, 2 ** 31, -(2 ** 31), 5e-324];

/** Strings up to ~1 MB; made once, each call reuses them. */
const HUGE_STRINGS = [301, 2_001, 20_001, 100_000, 1_000_000].map((length, index) => (index % 2 ? 'ä' : 'x').repeat(length));

function deeplyNested(depth: number, asArray: boolean): unknown {
  let value: unknown = 'pohja';
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

function withOwnKeys(entries: Array<[string, unknown]>): Record<string, unknown> {
  // JSON.parse makes "__proto__" an own key, as a request body would.
  const target = JSON.parse('{}') as Record<string, unknown>;
  for (const [key, value] of entries) Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** Values no field should accept as they come: wrong types, edge numbers, hostile text, huge and deep things. */
export function nastyValue(pools: Pools): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, [], {}, '0', 'true', BigInt(1)) },
    { weight: 4, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
    { weight: 6, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 2, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
    { weight: 2, arbitrary: fc.constantFrom(...pools.ids) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 30_000 }).map((length) => new Array<unknown>(length).fill('x')) },
    { weight: 1, arbitrary: fc.integer({ min: 50, max: 5_000 }).chain((depth) => fc.boolean().map((asArray) => deeplyNested(depth, asArray))) },
    {
      weight: 2,
      arbitrary: fc
        .subarray([...PROTOTYPE_KEYS], { minLength: 1 })
        .map((keys) => withOwnKeys(keys.map((key) => [key, withOwnKeys([['polluted', true], ['prototype', { polluted: true }]])]))),
    },
    { weight: 2, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withTypedArray: true }) },
  );
}

function firstType(schema: JsonSchema): string | undefined {
  return Array.isArray(schema.type) ? schema.type[0] : schema.type;
}

/** Text for a string field, chosen by the field's name where the name says what it holds. */
function stringFor(schema: JsonSchema, key: string, pools: Pools): fc.Arbitrary<string> {
  const max = Math.min(schema.maxLength ?? 200, 200);
  const min = Math.min(schema.minLength ?? 0, max);
  if (/(^id$|Id$|Ids$)/.test(key)) return fc.oneof(fc.constantFrom(...pools.ids), fc.uuid({ version: 7 }));
  if (/(date|^valid|On$|From$|To$|deadline)/i.test(key)) {
    return fc.oneof(
      fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
      fc.constantFrom('2026-02-29', '2024-02-29', '2026-13-01', ''),
    );
  }
  return fc.oneof(
    { weight: 5, arbitrary: fc.string({ minLength: min, maxLength: max }) },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS).filter((text) => text.length >= min && text.length <= max) },
  );
}

/** A payload of the right shape with random content: sometimes valid, mostly refused by a rule. */
export function plausible(schema: JsonSchema, pools: Pools, key = ''): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((alternative) => plausible(alternative, pools, key)));
  if (schema.allOf?.length) return plausible(schema.allOf[0]!, pools, key);
  switch (firstType(schema)) {
    case 'object': {
      const properties = schema.properties ?? {};
      const model = Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, plausible(property, pools, name)]));
      const required = (schema.required ?? []).filter((name) => name in properties);
      return fc.record(model, { requiredKeys: required });
    }
    case 'array': {
      const minLength = schema.minItems ?? 0;
      return fc.array(schema.items ? plausible(schema.items, pools, key) : fc.anything(), { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 4, 4)) });
    }
    case 'string':
      return stringFor(schema, key, pools);
    case 'integer': {
      const min = Math.max(schema.minimum ?? -1000, -1_000_000);
      const max = Math.min(schema.maximum ?? 1000, Math.max(min, /version/i.test(key) ? min + 5 : 1_000_000));
      return fc.integer({ min, max });
    }
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

type Mutation = 'replace' | 'delete' | 'add' | 'prototype-key';

/** Every place inside a value where a mutation can land (the root is `[]`). */
function pathsOf(value: unknown, path: Array<string | number> = [], found: Array<Array<string | number>> = []): Array<Array<string | number>> {
  found.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...path, index], found));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], found);
  return found;
}

function containerAt(root: unknown, path: Array<string | number>): Record<string | number, unknown> | undefined {
  let current: unknown = root;
  for (const segment of path) current = (current as Record<string | number, unknown>)[segment];
  return current && typeof current === 'object' ? (current as Record<string | number, unknown>) : undefined;
}

/** A plausible payload with one thing wrong in it: a value replaced, a field dropped or an unknown key added. */
export function mutated(schema: JsonSchema, pools: Pools): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      plausible(schema, pools),
      fc.nat(),
      fc.constantFrom<Mutation>('replace', 'replace', 'delete', 'add', 'prototype-key'),
      nastyValue(pools),
      fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 20 })),
    )
    .map(([base, choice, mutation, nasty, extraKey]) => {
      const root = { value: structuredClone(base) };
      const paths = pathsOf(root.value).map((path) => ['value', ...path]);
      const path = paths[choice % paths.length]!;
      const parent = containerAt(root, path.slice(0, -1))!;
      const last = path[path.length - 1]!;
      const target = containerAt(root, path);
      switch (mutation) {
        case 'replace':
          parent[last] = nasty;
          break;
        case 'delete':
          if (Array.isArray(parent)) parent.splice(Number(last), 1);
          else if (path.length > 1) delete parent[last];
          else parent[last] = undefined;
          break;
        case 'add':
        case 'prototype-key': {
          const key = mutation === 'add' ? extraKey : PROTOTYPE_KEYS[choice % PROTOTYPE_KEYS.length]!;
          const into = target && !Array.isArray(target) ? target : (root.value as Record<string, unknown>);
          if (into && typeof into === 'object') Object.defineProperty(into, key, { value: nasty, enumerable: true, writable: true, configurable: true });
          else parent[last] = withOwnKeys([[key, nasty]]);
        }
      }
      return root.value;
    });
}

/** All payloads for one method: plausible, plausible-but-broken, and hostile from the top. */
export function payloadsFor(schema: JsonSchema, pools: Pools): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: plausible(schema, pools) },
    { weight: 6, arbitrary: mutated(schema, pools) },
    { weight: 1, arbitrary: nastyValue(pools) },
  );
}
