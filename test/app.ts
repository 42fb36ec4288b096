// buildTestApp: the real app on a cloned test database, with a clock the test controls.
import { eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp, MODULES } from '../src/app.ts';
import { type Config, testConfig } from '../src/config.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/platform/access/access.factories.ts';
import { accounts } from '../src/platform/access/access.table.ts';
import { loadActor } from '../src/platform/access/actor.ts';
import { ensureBuiltinRoles } from '../src/platform/access/bootstrap.ts';
import { totpCode } from '../src/platform/auth/totp.ts';
import { type Ctx, type Deps, systemCtx } from '../src/platform/context.ts';
import { createSm4Cipher } from '../src/platform/crypto/sm.ts';
import type { Database } from '../src/platform/db/client.ts';
import { installModules } from '../src/platform/module.ts';
import { createTestDatabase } from './db.ts';

export const TEST_SM4_KEY = '0123456789abcdeffedcba9876543210';

export class TestClock {
  constructor(public current: Date) {}
  now = () => new Date(this.current);
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(iso: string) {
    this.current = new Date(iso);
  }
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  clock: TestClock;
  config: Config;
  deps: Deps;
  /** A system ctx at the clock's current time, for arranging data. */
  ctx(): Ctx;
  /** A ctx acting as this account (its roles and unit), for calling use cases directly. */
  ctxAs(username: string): Promise<Ctx>;
  /** Signs in (with TOTP when needed) and returns a client that sends the cookie and CSRF token. */
  /** Signs in, answering the TOTP step with `totpSecret` (the demo secret unless given). */
  signIn(username: string, password?: string, totpSecret?: string): Promise<Client>;
  close(): Promise<void>;
}

export interface Client {
  cookie: string;
  csrfToken: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export async function buildTestApp(
  options: {
    now?: string;
    config?: Partial<Config>;
    seed?: (ctx: Ctx) => Promise<void>;
    /** Routes or hooks a test adds to the app before it is ready (a page of its own, a probe). */
    extend?: (app: FastifyInstance) => void | Promise<void>;
  } = {},
): Promise<TestApp> {
  const clock = new TestClock(new Date(options.now ?? '2026-03-02T09:00:00+08:00'));
  const config = testConfig({ SM4_KEY: TEST_SM4_KEY, LOGIN_RATE_PER_MINUTE: 1000, ...options.config });
  const database = await createTestDatabase();
  const deps: Deps = { config, cipher: createSm4Cipher(TEST_SM4_KEY), now: clock.now };
  // As src/prepare.ts does: the modules' parts exist before the seed runs.
  installModules(MODULES);
  await ensureBuiltinRoles(database.db, clock.now());
  if (options.seed) await options.seed(systemCtx(database, deps));
  const app = await buildApp({ config, database, now: clock.now });
  await options.extend?.(app);
  await app.ready();

  const client = (cookie: string, csrfToken: string): Client => {
    const send = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) =>
      app.inject({
        method,
        url,
        headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }) },
        ...(body === undefined ? {} : { payload: body as object }),
      });
    return {
      cookie,
      csrfToken,
      get: (url) => send('GET', url),
      post: (url, body) => send('POST', url, body ?? {}),
      put: (url, body) => send('PUT', url, body ?? {}),
      patch: (url, body) => send('PATCH', url, body ?? {}),
      delete: (url) => send('DELETE', url),
    };
  };

  const totpStepsUsed = new Map<string, number>();
  return {
    app,
    database,
    clock,
    config,
    deps,
    ctx: () => systemCtx(database, deps),
    async ctxAs(username) {
      const ctx = systemCtx(database, deps);
      const [account] = await ctx.db.select().from(accounts).where(eq(accounts.username, username));
      if (!account) throw new Error(`no account ${username}`);
      return { ...ctx, actor: await loadActor(ctx.db, account) };
    },
    async signIn(username, password = DEMO_PASSWORD, totpSecret = DEMO_TOTP_SECRET) {
      let res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode === 401 && res.json().code === 'TOTP_REQUIRED') {
        // A TOTP code is accepted once: a second sign-in of the same account needs the next 30-second
        // step, as it would for a person waiting for the authenticator's next code.
        const step = () => Math.floor(clock.now().getTime() / 30_000);
        while ((totpStepsUsed.get(username) ?? -1) >= step()) clock.advance(30_000);
        totpStepsUsed.set(username, step());
        res = await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username, password, totp: totpCode(totpSecret, clock.now()) },
        });
      }
      if (res.statusCode !== 200)
        throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
      const setCookie = res.cookies.find((c) => c.name === 'lz_sid');
      return client(`lz_sid=${setCookie!.value}`, res.json().csrfToken);
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
