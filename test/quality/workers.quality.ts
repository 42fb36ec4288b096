// Several server processes on one machine (WORKERS, PostgreSQL only; src/platform/cluster). The
// primary prepares the database and runs the workers; connections are shared among them. What a
// user and an operator would notice: every worker serves; signing out ends the session on every
// worker at once, not when another worker's cached copy expires; a worker that dies is replaced
// while the others go on serving; stopping the server stops every process.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgres } from './support/empty-database.ts';
import { signIn } from './support/http.ts';
import { childrenOf } from './support/processes.ts';
import { type Server, startServer } from './support/server.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** GET over a new connection each time (no keep-alive), so requests spread over the workers. */
function getFresh(base: string, url: string, cookie?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const options = { agent: false, headers: cookie ? { cookie } : {}, timeout: 10_000 };
    const req = http.get(`${base}${url}`, options, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${url}: no answer in 10 s`)));
    req.on('error', reject);
  });
}

describe.skipIf(!process.env.TEST_DATABASE_URL)('WORKERS=2 on PostgreSQL', () => {
  let drop: () => Promise<void> = async () => undefined;
  let dir = '';
  let server: Server;

  beforeAll(async () => {
    const db = await createEmptyPostgres('lz_workers');
    drop = db.drop;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-workers-'));
    server = await startServer({ dataDir: dir, databaseUrl: db.url, env: { WORKERS: '2' } });
    // Ready answers as soon as one worker listens; wait for the banner, printed when both do.
    const deadline = Date.now() + 60_000;
    while (!server.output().includes('2 个服务进程') && Date.now() < deadline) await sleep(200);
  }, 5 * 60_000);

  afterAll(async () => {
    await server?.stop();
    await drop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('starts two workers under the primary, and says so', () => {
    expect(server.output()).toContain('林政平台已启动（PostgreSQL，2 个服务进程');
    expect(childrenOf(server.child.pid!)).toHaveLength(2);
  });

  it('signing out on one worker ends the session on every worker at once', async () => {
    const user = await signIn(server.url, 'xinxi');
    // Past the quiet time after the sign-in, every worker caches the session on first use.
    await sleep(2_200);
    const before = await Promise.all(
      Array.from({ length: 8 }, () => getFresh(server.url, '/api/me', user.cookie!)),
    );
    expect(before).toEqual(Array(8).fill(200));
    expect((await user.post('/api/auth/logout')).status).toBe(204);
    // Well within the cache's 3 s: only the message from the worker that signed out can explain a 401.
    const after = await Promise.all(
      Array.from({ length: 8 }, () => getFresh(server.url, '/api/me', user.cookie!)),
    );
    expect(after).toEqual(Array(8).fill(401));
  });

  it('replaces a worker that dies, and serves on', async () => {
    const [victim, other] = childrenOf(server.child.pid!);
    process.kill(victim, 'SIGKILL');
    // The connections the dead worker held are lost with it (a client retries); once the primary
    // has seen it go, every new connection is served — by the other worker or the replacement.
    const deadline = Date.now() + 60_000;
    while (!/服务进程 \d+ 意外退出/.test(server.output()) && Date.now() < deadline) await sleep(100);
    expect(server.output()).toContain(`服务进程 ${victim} 意外退出（SIGKILL），已重新启动一个`);
    const statuses = await Promise.all(Array.from({ length: 6 }, () => getFresh(server.url, '/healthz')));
    expect(statuses).toEqual(Array(6).fill(200));
    let now = childrenOf(server.child.pid!);
    while ((now.length < 2 || now.includes(victim)) && Date.now() < deadline) {
      await sleep(200);
      now = childrenOf(server.child.pid!);
    }
    expect(now).toHaveLength(2);
    expect(now).toContain(other);
  });

  it('stops every process on SIGTERM', async () => {
    const workers = childrenOf(server.child.pid!);
    await server.stop();
    expect(await server.exited).toBe(0);
    const deadline = Date.now() + 10_000;
    while (workers.some(alive) && Date.now() < deadline) await sleep(100);
    expect(workers.filter(alive)).toEqual([]);
  });
});
