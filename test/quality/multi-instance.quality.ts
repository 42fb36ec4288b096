// Several instances on one PostgreSQL (issue 5 item 4; DESIGN.md: stateless instances behind a load
// balancer). Two real server processes on different ports share one database and one data
// directory: a session made on one works on the other (and its sign-out ends it on both); the
// deadline sweeper sends each reminder exactly once though both instances sweep; a file uploaded to
// one is served by the other — from the shared directory, then from an S3-compatible store; and a
// publication on one empties the other's page cache within a second (LISTEN/NOTIFY).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../../src/app.ts';
import { testConfig } from '../../src/config.ts';
import { startClock } from '../../src/platform/calendar/index.ts';
import { systemCtx } from '../../src/platform/context.ts';
import { createSm4Cipher } from '../../src/platform/crypto/sm.ts';
import { type Database, openDatabase } from '../../src/platform/db/client.ts';
import { installModules } from '../../src/platform/module.ts';
import { sweepReminders } from '../../src/platform/notify/reminders.service.ts';
import { createEmptyPostgres } from './support/empty-database.ts';
import { type FakeS3, startFakeS3 } from './support/fake-s3.ts';
import { HttpClient, signIn } from './support/http.ts';
import { type Server, startServer, TEST_SM4_KEY } from './support/server.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A multipart/form-data body with one file field, as a browser sends it. */
function multipart(field: string, fileName: string, type: string, data: Buffer) {
  const boundary = `----lz${Date.now().toString(16)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
      `Content-Type: ${type}\r\n\r\n`,
  );
  return {
    body: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

async function upload(client: HttpClient, data: Buffer): Promise<string> {
  const form = multipart('file', '会议纪要.pdf', 'application/pdf', data);
  const res = await fetch(`${client.base}/api/portal/files?kind=attachment`, {
    method: 'POST',
    headers: { cookie: client.cookie!, 'x-csrf-token': client.csrf!, 'content-type': form.contentType },
    body: new Uint8Array(form.body),
  });
  const text = await res.text();
  expect(res.status, text).toBe(201);
  return JSON.parse(text).fileId as string;
}

// Needs a PostgreSQL server: the embedded database is one process by design, so "several instances"
// only exists on PostgreSQL. `npm run test:quality:pg` provides one (scripts/test-pg.ts).
describe.skipIf(!process.env.TEST_DATABASE_URL)('several instances on one PostgreSQL', () => {
  let databaseUrl = '';
  let drop: () => Promise<void> = async () => undefined;
  let shared = '';
  let database: Database;
  let a: Server;
  let b: Server;
  let s3: FakeS3 | null = null;
  const ctx = () =>
    systemCtx(database, {
      config: testConfig({ SM4_KEY: TEST_SM4_KEY }),
      cipher: createSm4Cipher(TEST_SM4_KEY),
      now: () => new Date(),
    });
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await database.query<{ n: string }>(sql, params))[0]!.n);

  const clocksFor = async (tag: string, n: number, accountId: string) => {
    for (let i = 0; i < n; i++)
      await startClock(ctx(), {
        subjectType: 'multi-instance-test',
        subjectId: `${tag}-${i}`,
        label: `多实例测试${tag}-${i}`,
        startedAt: new Date(),
        limit: { value: 10, unit: 'hours' },
        responsibleAccountId: accountId,
      });
  };
  const remindersOf = (tag: string) =>
    database.query<{ title: string; n: string }>(
      `select title, count(*)::text as n from notifications where title like $1 group by title order by title`,
      [`即将到期：多实例测试${tag}-%`],
    );

  beforeAll(async () => {
    // Nothing registers on import (the module contract): this process sweeps as an instance does,
    // with every module's reminder sources and clock kinds (a kind's clocks follow its ladder).
    installModules(MODULES);
    const db = await createEmptyPostgres('lz_multi');
    databaseUrl = db.url;
    drop = db.drop;
    shared = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-multi-'));
    // The first start migrates and loads the demo; then both instances start together on it.
    const first = await startServer({ dataDir: shared, databaseUrl });
    await first.stop();
    database = await openDatabase({ databaseUrl, poolSize: 4 });
    const [xinxi] = await database.query<{ id: string }>(`select id from accounts where username = 'xinxi'`);
    // Clocks due within the reminder lead time before the instances start: both first sweeps
    // (5 s after start) race for them.
    await clocksFor('A', 12, xinxi!.id);
    const env = { LOG_LEVEL: 'info' };
    [a, b] = await Promise.all([
      startServer({ dataDir: shared, databaseUrl, env }),
      startServer({ dataDir: shared, databaseUrl, env }),
    ]);
  }, 10 * 60_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.close();
    await s3?.close();
    await drop();
    if (shared) fs.rmSync(shared, { recursive: true, force: true });
  });

  it('a session made on one instance works on the other, and signing out on one ends it on both', async () => {
    const onA = await signIn(a.url, 'xinxi');
    const onB = new HttpClient(b.url, onA.cookie, onA.csrf, 'xinxi');
    const me = await onB.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.json()).toMatchObject({ username: 'xinxi', csrfToken: onA.csrf });
    // A write on B with the CSRF token handed out by A.
    expect((await onB.post('/api/notifications/read-all')).status).toBeLessThan(300);
    expect((await onB.post('/api/auth/logout')).status).toBe(204);
    expect((await onA.get('/api/me')).status).toBe(401);
  });

  it('the deadline sweeper sends each reminder exactly once although both instances sweep', async () => {
    // Both instances' first sweeps (5 s after their start) raced for the 12 clocks.
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline && (await remindersOf('A')).length < 12) await sleep(500);
    await sleep(2_000);
    const sent = await remindersOf('A');
    const sentBy = (s: Server) =>
      [...s.output().matchAll(/"job":"deadline-sweeper","sent":(\d+)/g)].reduce(
        (n, m) => n + Number(m[1]),
        0,
      );
    console.log(`[multi-instance] reminders sent by instance A: ${sentBy(a)}, by instance B: ${sentBy(b)}`);
    expect(sent.length).toBe(12);
    expect(sent.every((r) => r.n === '1')).toBe(true);
    // Now without the advisory lock: four sweeps at once on separate connections (the reminder
    // key alone must keep it to one), while the instances' timers run too.
    const [xinxi] = await database.query<{ id: string }>(`select id from accounts where username = 'xinxi'`);
    await clocksFor('B', 8, xinxi!.id);
    const pools = await Promise.all([1, 2, 3, 4].map(() => openDatabase({ databaseUrl, poolSize: 2 })));
    try {
      const deps = ctx().deps;
      const results = await Promise.all(pools.map((p) => sweepReminders(systemCtx(p, deps))));
      expect(results.map((r) => r.failed)).toEqual([0, 0, 0, 0]);
      expect(results.reduce((n, r) => n + r.sent, 0)).toBeLessThanOrEqual(8);
    } finally {
      await Promise.all(pools.map((p) => p.close()));
    }
    const sentB = await remindersOf('B');
    expect(sentB.length).toBe(8);
    expect(sentB.every((r) => r.n === '1')).toBe(true);
    expect(
      await count(`select count(*)::text as n from reminder_keys where key like 'clock:%:due-soon:%'`),
    ).toBe(20);
  });

  it('a publication on one instance reaches the other’s cached column page within 1 s', async () => {
    const [column] = await database.query<{ id: string; code: string }>(
      `select c.id, c.code from portal_columns c join units u on u.id = c.responsible_unit_id
       where u.code = 'HNLY-XXZX' and c.kind = 'list' and c.visible order by c.level desc, c.sort limit 1`,
    );
    expect(column).toBeTruthy();
    const page = `${b.url}/columns/${column!.code}`;
    // B has the page in its cache (the second request is a hit, answered from memory).
    await (await fetch(page)).text();
    const warm = await fetch(page);
    expect(warm.headers.get('x-page-cache')).toBe('hit');
    const title = `多实例缓存失效测试 ${Date.now()}`;
    expect(await warm.text()).not.toContain(title);

    const onA = await signIn(a.url, 'xinxi');
    const created = await onA.post('/api/portal/articles', {
      columnId: column!.id,
      title,
      bodyHtml: '<p>在实例 A 发布，实例 B 的栏目页应在 1 秒内显示。</p>',
    });
    expect(created.status, created.text).toBe(201);
    const published = await onA.post(`/api/portal/articles/${created.json().id}/publish-unreviewed`, {
      reason: '多实例缓存失效测试',
    });
    expect(published.status, published.text).toBeLessThan(300);
    const acknowledged = Date.now();
    let seenAfter = Number.POSITIVE_INFINITY;
    while (Date.now() - acknowledged < 3_000) {
      const res = await fetch(page);
      if ((await res.text()).includes(title)) {
        seenAfter = Date.now() - acknowledged;
        break;
      }
      await sleep(50);
    }
    console.log(
      `[multi-instance] the article appeared on instance B's column page ${seenAfter} ms after A published it`,
    );
    expect(seenAfter).toBeLessThanOrEqual(1_000);
  });

  it('still reaches the other instance within 2 s while its LISTEN connection is broken', async () => {
    const [column] = await database.query<{ id: string; code: string }>(
      `select c.id, c.code from portal_columns c join units u on u.id = c.responsible_unit_id
       where u.code = 'HNLY-XXZX' and c.kind = 'list' and c.visible order by c.level desc, c.sort limit 1`,
    );
    const page = `${b.url}/columns/${column!.code}`;
    await (await fetch(page)).text();
    expect((await fetch(page)).headers.get('x-page-cache')).toBe('hit');
    // The database drops both instances' listening connections (a restart, a network cut).
    const cut = await database.query<{ n: string }>(
      `select count(*)::text as n from (select pg_terminate_backend(pid) from pg_stat_activity
        where query ilike 'listen portal_site_changed%') t`,
    );
    expect(Number(cut[0]!.n)).toBeGreaterThanOrEqual(2);
    const title = `监听中断时的缓存失效测试 ${Date.now()}`;
    const onA = await signIn(a.url, 'xinxi');
    const created = await onA.post('/api/portal/articles', {
      columnId: column!.id,
      title,
      bodyHtml: '<p>监听连接中断时，实例 B 每秒读一次版本号。</p>',
    });
    expect(created.status, created.text).toBe(201);
    const published = await onA.post(`/api/portal/articles/${created.json().id}/publish-unreviewed`, {
      reason: '多实例缓存失效测试（监听中断）',
    });
    expect(published.status, published.text).toBeLessThan(300);
    const acknowledged = Date.now();
    let seenAfter = Number.POSITIVE_INFINITY;
    while (Date.now() - acknowledged < 5_000) {
      if ((await (await fetch(page)).text()).includes(title)) {
        seenAfter = Date.now() - acknowledged;
        break;
      }
      await sleep(50);
    }
    console.log(`[multi-instance] without LISTEN the article appeared on instance B after ${seenAfter} ms`);
    expect(seenAfter).toBeLessThanOrEqual(2_000);
  });

  it('a file uploaded to one instance is served by the other (shared directory)', async () => {
    const data = Buffer.from(`%PDF-1.4\n% 多实例共享目录 ${Date.now()}\n%%EOF\n`);
    const id = await upload(await signIn(a.url, 'xinxi'), data);
    const res = await fetch(`${b.url}/api/portal/files/${id}`, {
      headers: { cookie: (await signIn(b.url, 'xinxi')).cookie! },
    });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(data);
  });

  it('a file uploaded to one instance is served by the other (S3-compatible store)', async () => {
    s3 = await startFakeS3();
    await Promise.all([a.stop(), b.stop()]);
    // Each instance with its own data directory: the bytes can only travel through the S3 store.
    const own = (name: string) => fs.mkdtempSync(path.join(shared, name));
    const env = { LZ_TEST_S3_URL: `s3+${s3.url.replace('//', '//LZTESTKEY:secret@')}/linzheng/uploads` };
    const entry = 'test/quality/support/s3-entry.ts';
    [a, b] = await Promise.all([
      startServer({ dataDir: own('a-'), databaseUrl, env, entry }),
      startServer({ dataDir: own('b-'), databaseUrl, env, entry }),
    ]);
    const data = Buffer.from(`%PDF-1.4\n% 多实例对象存储 ${Date.now()}\n%%EOF\n`);
    const id = await upload(await signIn(a.url, 'xinxi'), data);
    expect([...s3.objects.values()]).toContainEqual(data);
    const res = await fetch(`${b.url}/api/portal/files/${id}`, {
      headers: { cookie: (await signIn(b.url, 'xinxi')).cookie! },
    });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(data);
  });
});
