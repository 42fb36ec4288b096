// fast-check arbitraries from the JSON schemas of the OpenAPI document: values that pass a schema
// (to get past validation into the services), the same with one thing wrong, and plain hostile input.
import fc from 'fast-check';

export interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  default?: unknown;
}

/** Strings that have broken web applications: injection, traversal, encodings, sizes. */
export const NAUGHTY_STRINGS = [
  '',
  ' ',
  "' OR 1=1--",
  "'; drop table accounts; --",
  '" OR ""="',
  '\\',
  '%',
  '_',
  '%00',
  '\u0000',
  '\uD800',
  '\u202Egnp.exe',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '9999999999999999999999',
  '２０２６－０３－０２',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '00000000-0000-0000-0000-000000000000',
  '林'.repeat(300),
  'a'.repeat(5000),
  '😀'.repeat(50),
];

const naughty = fc.constantFrom(...NAUGHTY_STRINGS);

/** Any JSON value, with hostile strings mixed in. */
export const hostile: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    naughty,
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), naughty), tie('v'), { maxKeys: 4 }),
  ),
})).v;

function types(schema: Schema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (schema.type) return [schema.type];
  if (schema.properties) return ['object'];
  return [];
}

function stringArb(schema: Schema): fc.Arbitrary<string> {
  const maxLength = Math.min(schema.maxLength ?? 40, 200);
  const minLength = Math.min(schema.minLength ?? 0, maxLength);
  switch (schema.format) {
    case 'uuid':
      return fc.uuid({ version: 4 });
    case 'date':
      return fc
        .date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2032-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc
        .date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2032-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress().filter((e) => e.length <= maxLength);
  }
  if (schema.pattern) {
    // Strings of the pattern, stretched to the length. Filtering the pattern's own generator by
    // length spins for ever when short matches are the rule (a 16-character key of
    // ^[A-Za-z0-9_-]+$); a match repeated stays a match of such a character-class pattern.
    try {
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .map((m) => (m || 'a').repeat(Math.ceil(minLength / Math.max(1, m.length)) || 1).slice(0, maxLength));
    } catch {
      // a pattern fast-check cannot generate from: fall through to plain strings
    }
  }
  return fc.oneof(
    fc.string({ minLength, maxLength, unit: 'grapheme' }),
    fc.string({ minLength, maxLength, unit: fc.constantFrom(...'林业河南郑州许可证abcXYZ019 -_.\'"<>&%') }),
  );
}

/** Values that satisfy the schema (as far as fast-check can tell). */
export function validArb(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 5) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => validArb(s, depth + 1)));
  if (schema.allOf?.length) return validArb(Object.assign({}, ...schema.allOf) as Schema, depth + 1);
  const t = types(schema);
  const arbs: fc.Arbitrary<unknown>[] = [];
  for (const type of t) {
    if (type === 'string') arbs.push(stringArb(schema));
    else if (type === 'integer')
      arbs.push(fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000 }));
    else if (type === 'number')
      arbs.push(fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000, noNaN: true }));
    else if (type === 'boolean') arbs.push(fc.boolean());
    else if (type === 'null') arbs.push(fc.constant(null));
    else if (type === 'array')
      arbs.push(
        fc.array(validArb(schema.items, depth + 1), {
          minLength: schema.minItems ?? 0,
          maxLength: Math.min(schema.maxItems ?? 3, 3),
        }),
      );
    else if (type === 'object') arbs.push(objectArb(schema, depth));
  }
  if (schema.nullable) arbs.push(fc.constant(null));
  return arbs.length ? fc.oneof(...arbs) : hostile;
}

function objectArb(schema: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const props = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [k, s] of Object.entries(props)) record[k] = validArb(s, depth + 1);
  return fc.record(record, { requiredKeys: [...required].filter((k) => k in props) });
}

/** A valid value with one thing wrong: a field of the wrong type, a missing required field, an unknown field. */
export function brokenArb(schema: Schema | undefined): fc.Arbitrary<unknown> {
  if (!schema || types(schema)[0] !== 'object' || !schema.properties) return hostile;
  const keys = Object.keys(schema.properties);
  return fc
    .tuple(
      validArb(schema) as fc.Arbitrary<Record<string, unknown>>,
      fc.constantFrom('wrong-type', 'drop-required', 'unknown-field', 'hostile-string'),
      fc.constantFrom(...(keys.length ? keys : ['x'])),
      hostile,
      naughty,
    )
    .map(([value, how, key, junk, bad]) => {
      const v = { ...(value ?? {}) };
      if (how === 'wrong-type') v[key] = typeof v[key] === 'string' ? 12345 : 'not-what-you-expect';
      else if (how === 'drop-required') delete v[(schema.required ?? [key])[0] ?? key];
      else if (how === 'unknown-field') v.__lz_unknown__ = junk;
      else v[key] = bad;
      return v;
    });
}

/** A body to send: valid, broken, hostile JSON, or raw text that is not JSON at all. */
export type BodyInput = { json: unknown } | { raw: string };

export const MALFORMED_JSON = [
  '{"username": ',
  '[1, 2',
  '{"a": undefined}',
  "{'single': 'quotes'}",
  '{"a":1}{"b":2}',
  '\u0000',
  '{"__proto__": {"polluted": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
];

export function bodyArb(schema: Schema | undefined): fc.Arbitrary<BodyInput> {
  return fc.oneof(
    { weight: 3, arbitrary: validArb(schema).map((json) => ({ json })) },
    { weight: 3, arbitrary: brokenArb(schema).map((json) => ({ json })) },
    { weight: 1, arbitrary: hostile.map((json) => ({ json })) },
    { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_JSON).map((raw) => ({ raw })) },
  );
}

/** A query string from the schema (valid, broken or hostile), plus raw oddities. */
export function queryArb(schema: Schema | undefined): fc.Arbitrary<string> {
  const encode = (v: unknown) => {
    if (!v || typeof v !== 'object') return '';
    const q = new URLSearchParams();
    for (const [k, x] of Object.entries(v as Record<string, unknown>))
      q.append(k, typeof x === 'string' ? x : JSON.stringify(x));
    return q.toString();
  };
  return fc.oneof(
    { weight: 3, arbitrary: validArb(schema ?? { type: 'object' }).map(encode) },
    { weight: 3, arbitrary: brokenArb(schema).map(encode) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'q=%E0%A4%A',
        'page=-1&pageSize=100000000',
        'a[b][c]=1&a[b][c]=2',
        '__proto__[x]=1',
        `q=${'x'.repeat(3000)}`,
        'page=1&page=2',
        '%',
        '=&=&=',
      ),
    },
  );
}
