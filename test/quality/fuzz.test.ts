// Bad-input fuzzing (issue 5 item 6): every route of the route table, driven with fast-check by an
// anonymous visitor and by a signed-in system administrator, with inputs derived from the route's
// own schemas in the OpenAPI document (valid, one thing wrong, hostile) and raw oddities (malformed
// JSON, broken percent-encoding, path traversal, huge values). Asserted for every request:
//   - never a 5xx;
//   - an /api error is problem+json with a code, and a 400 names the field(s) at fault;
//   - a refused write (4xx) changed nothing (only the audit log and session bookkeeping may move).
// Routes added by modules are fuzzed automatically. Runs per route and actor: LZ_FUZZ_RUNS (3 by
// default; `LZ_FUZZ_RUNS=50 npx vitest run test/quality/fuzz.test.ts` for a deep run), seed
// LZ_FUZZ_SEED to replay a failure.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/modules/org/index.ts';
import { listTables, withTransaction } from '../../src/platform/backup/logical.ts';
import { buildTestApp, type Client, type TestApp } from '../app.ts';
import { type ChangeWatch, watchChanges } from './support/changes.ts';
import {
  type BodyInput,
  bodyArb,
  hostile,
  NAUGHTY_STRINGS,
  queryArb,
  type Schema,
} from './support/schema-arb.ts';

const RUNS = Number(process.env.LZ_FUZZ_RUNS ?? 3);
// A fixed seed by default, so CI replays the same inputs; LZ_FUZZ_SEED=random explores new ones.
const SEED =
  process.env.LZ_FUZZ_SEED === 'random'
    ? Date.now() % 2_147_483_647
    : Number(process.env.LZ_FUZZ_SEED ?? 20_260_302);
// Tables a refused request may legitimately touch: the audit log (and its chain head) records denials and failures,
// sessions record when they were last used, login_failures counts a refused sign-in (the lockout); and tables written in the background whatever the
// request (the portal's visit counter flushes every 5 s). A module with such a table adds it here. human_checks: a
// refused public form uses its question up and is shown again with a new one (platform/human-check).
const MAY_CHANGE_ON_REFUSAL = [
  'public.audit_log',
  'public.human_checks',
  'public.audit_chain_head',
  'public.sessions',
  'public.login_failures',
  'public.portal_ops_daily_salts',
  'public.portal_ops_daily_stats',
  'public.portal_ops_visitor_marks',
];
// A 400 without a field is acceptable only where no field exists to name.
const FIELDLESS_400 = new Set(['BAD_REQUEST']);
// Defects this suite found in other modules, reported to their owners: a 5xx on these routes is
// printed, not failed, until fixed (then delete the line; every other check still applies to them).
const KNOWN_DEFECTS: Record<string, string> = {};

interface RouteSpec {
  method: string;
  url: string;
  api: boolean;
  params: Record<string, Schema | undefined>;
  query?: Schema;
  body?: Schema;
  json: boolean;
}

interface OpenApiOperation {
  parameters?: Array<{ in: string; name: string; schema?: Schema; required?: boolean }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

let t: TestApp;
let sys: Client;
let watch: ChangeWatch;
let knownIds: string[] = [];
let routes: RouteSpec[] = [];

beforeAll(async () => {
  t = await buildTestApp({ seed: async (ctx) => void (await seedDemoData(ctx)) });
  sys = await t.signIn('sysadmin');
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, OpenApiOperation>>;
  };
  // Ids that exist, so fuzzed paths also reach real rows (never the signed-in admin's own account).
  const me = (await sys.get('/api/me')).json().id as string;
  knownIds = await withTransaction(t.database, 'snapshot', async (s) => {
    const out: string[] = [];
    for (const table of await listTables(s)) {
      if (!table.columns.includes('id')) continue;
      const rows = await s.query<{ id: string }>(
        `select id::text as id from "${table.schema}"."${table.table}" order by 1 limit 2`,
      );
      out.push(...rows.map((r) => r.id).filter((id) => id !== me));
    }
    return out;
  });
  watch = await watchChanges(t.database, MAY_CHANGE_ON_REFUSAL);
  routes = t.app.routeTable
    .filter((r) => ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method))
    .filter((r) => !r.url.startsWith('/api/docs') && !r.url.includes('*'))
    .map((r) => {
      const op = doc.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()];
      const params: Record<string, Schema | undefined> = {};
      for (const m of r.url.matchAll(/:(\w+)/g))
        params[m[1]!] = op?.parameters?.find((p) => p.in === 'path' && p.name === m[1])?.schema;
      const queryParams = op?.parameters?.filter((p) => p.in === 'query') ?? [];
      const query: Schema | undefined = queryParams.length
        ? {
            type: 'object',
            properties: Object.fromEntries(queryParams.map((p) => [p.name, p.schema ?? {}])),
            required: queryParams.filter((p) => p.required).map((p) => p.name),
          }
        : undefined;
      const content = op?.requestBody?.content ?? {};
      return {
        method: r.method,
        url: r.url,
        api: r.url.startsWith('/api/'),
        params,
        query,
        body: content['application/json']?.schema,
        json: !('multipart/form-data' in content),
      };
    });
}, 120_000);
afterAll(() => t?.close());

const naughty = fc.constantFrom(...NAUGHTY_STRINGS);

function pathArb(route: RouteSpec): fc.Arbitrary<string> {
  const names = Object.keys(route.params);
  if (names.length === 0) return fc.constant(route.url);
  const one = (schema?: Schema) =>
    fc.oneof(
      fc.constantFrom(...(knownIds.length ? knownIds : ['x'])),
      fc.uuid({ version: 4 }),
      fc.integer({ min: -5, max: 3000 }).map(String),
      naughty,
      ...(schema ? [fc.constant(schema.default ?? 'x').map(String)] : []),
    );
  return fc
    .tuple(...names.map((n) => one(route.params[n])))
    .map((values) =>
      names.reduce((url, n, i) => url.replace(`:${n}`, encodeURIComponent(values[i]!) || '%20'), route.url),
    );
}

function formArb(): fc.Arbitrary<string> {
  return fc
    .dictionary(fc.oneof(fc.string({ maxLength: 12 }), naughty), fc.oneof(fc.string(), naughty), {
      maxKeys: 6,
    })
    .map((d) => new URLSearchParams(d).toString());
}

interface Sent {
  url: string;
  body?: BodyInput | { form: string };
}

async function send(route: RouteSpec, input: Sent, actor: 'anonymous' | 'sysadmin') {
  const headers: Record<string, string> = {};
  if (actor === 'sysadmin') {
    headers.cookie = sys.cookie;
    if (route.method !== 'GET') headers['x-csrf-token'] = sys.csrfToken;
  }
  let payload: string | undefined;
  if (route.method !== 'GET' && input.body) {
    if ('form' in input.body) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      payload =
        actor === 'sysadmin'
          ? `${input.body.form}&_csrf=${encodeURIComponent(sys.csrfToken)}`
          : input.body.form;
    } else {
      headers['content-type'] = 'application/json';
      payload = 'raw' in input.body ? input.body.raw : JSON.stringify(input.body.json ?? null);
    }
  }
  return t.app.inject({ method: route.method as 'GET', url: input.url, headers, payload });
}

const knownSeen = new Set<string>();

function judge(route: RouteSpec, status: number, contentType: string, body: string): string[] {
  const problems: string[] = [];
  const known = KNOWN_DEFECTS[`${route.method} ${route.url}`];
  if (status >= 500 && known) knownSeen.add(`${route.method} ${route.url}: ${known}`);
  else if (status >= 500) problems.push(`${status}`);
  if (route.api && status >= 400) {
    if (!contentType.includes('application/problem+json'))
      problems.push(`不是 problem+json（${contentType}）`);
    else {
      const p = JSON.parse(body) as { code?: string; errors?: Array<{ field?: string }> };
      if (!p.code) problems.push('problem+json 缺少 code');
      if (status === 400 && !FIELDLESS_400.has(p.code ?? '') && !p.errors?.some((e) => e.field))
        problems.push(`400（${p.code}）没有指明字段`);
    }
  }
  return problems;
}

async function fuzz(actor: 'anonymous' | 'sysadmin'): Promise<string[]> {
  const failures: string[] = [];
  for (const route of routes) {
    const input: fc.Arbitrary<Sent> = fc
      .tuple(
        pathArb(route),
        queryArb(route.query),
        route.method === 'GET'
          ? fc.constant(undefined)
          : route.api
            ? route.json
              ? bodyArb(route.body)
              : hostile.map((json) => ({ json }))
            : formArb().map((form) => ({ form })),
      )
      .map(([path, query, body]) => ({ url: query ? `${path}?${query}` : path, body }));
    const result = await fc.check(
      fc.asyncProperty(input, async (sent) => {
        const write = route.method !== 'GET';
        if (write) await watch.mark();
        const res = await send(route, sent, actor);
        const problems = judge(route, res.statusCode, String(res.headers['content-type'] ?? ''), res.body);
        if (write && res.statusCode >= 400 && res.statusCode < 500) {
          const changed = await watch.changed();
          if (changed.length) problems.push(`拒绝了却写入了：${changed.join('；')}`);
        }
        // The admin signed out or lost the session through the route under test: sign in again.
        if (actor === 'sysadmin' && (res.statusCode === 401 || route.url === '/api/auth/logout'))
          sys = await t.signIn('sysadmin');
        if (problems.length)
          throw new Error(`${problems.join('；')} ← ${res.statusCode} ${res.body.slice(0, 300)}`);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    if (result.failed) {
      const sent = result.counterexample?.[0] as Sent | undefined;
      const body = sent?.body ? JSON.stringify(sent.body).slice(0, 200) : '';
      failures.push(
        `${route.method} ${route.url} as ${actor}: ${String((result.errorInstance as Error)?.message ?? result.errorInstance).slice(0, 500)}\n    request: ${sent?.url.slice(0, 200)} ${body}`,
      );
    }
  }
  return failures;
}

describe(`bad-input fuzzing of every route (${RUNS} runs per route and actor, seed ${SEED})`, () => {
  it('covers the whole route table', () => {
    expect(routes.length).toBeGreaterThan(40);
    // The schemas of the OpenAPI document drive the JSON routes.
    expect(routes.filter((r) => r.body).length).toBeGreaterThan(10);
  });

  it('an anonymous visitor never gets a 5xx, always a problem naming the field, never a partial write', async () => {
    expect(await fuzz('anonymous')).toEqual([]);
  }, 600_000);

  it('a signed-in system administrator likewise', async () => {
    expect(await fuzz('sysadmin')).toEqual([]);
    if (knownSeen.size)
      console.warn(`[fuzz] known defects seen (not failed):\n  ${[...knownSeen].join('\n  ')}`);
  }, 600_000);
});
