// `npm run backup` / `npm run restore` as an operator runs them (issue 5 item 3), against the real
// server: an online backup of the embedded database while the server runs (it is asked over its
// control socket — nothing else may open its directory, which the lock enforces), a restore into
// an empty data directory, and the restored platform started and used; a backup with the server
// stopped; and, with TEST_DATABASE_URL, the embedded backup restored into PostgreSQL (the way from
// one to the other) and an online backup of PostgreSQL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/platform/db/client.ts';
import { createEmptyPostgres } from './support/empty-database.ts';
import { type HttpClient, signIn } from './support/http.ts';
import { runScript } from './support/scripts.ts';
import { type Server, startServer } from './support/server.ts';

async function uploadPdf(client: HttpClient, data: Buffer): Promise<string> {
  const boundary = '----lzbackup';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="备份.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await fetch(`${client.base}/api/portal/files?kind=attachment`, {
    method: 'POST',
    headers: {
      cookie: client.cookie!,
      'x-csrf-token': client.csrf!,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    body: new Uint8Array(body),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()).fileId as string;
}

async function fileBytes(base: string, id: string): Promise<Buffer> {
  const editor = await signIn(base, 'xinxi');
  const res = await fetch(`${base}/api/portal/files/${id}`, { headers: { cookie: editor.cookie! } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

describe('npm run backup / npm run restore', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-backup-cli-'));
  const source = path.join(work, 'source');
  const backup = path.join(work, 'backup-online');
  const pdf = Buffer.from(`%PDF-1.4\n% 备份恢复 ${Date.now()}\n%%EOF\n`);
  let server: Server | undefined;
  let fileId = '';
  let accountId = '';
  const cleanups: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    server = await startServer({ dataDir: source });
    const sys = await signIn(server.url, 'sysadmin');
    const units = (await sys.get('/api/units')).json().items as Array<{ id: string; code: string }>;
    const res = await sys.post('/api/accounts', {
      username: 'before.backup',
      displayName: '备份前的账号',
      unitId: units.find((u) => u.code === 'HNLY')!.id,
      initialPassword: 'Backup@2026x',
    });
    expect(res.status).toBe(201);
    accountId = res.json().id;
    fileId = await uploadPdf(await signIn(server.url, 'xinxi'), pdf);
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('takes an online backup of the embedded database through the running server', async () => {
    // Nobody else may open the directory while the server has it.
    await expect(openDatabase({ dataDir: path.join(source, 'pgdata') })).rejects.toThrow('正被进程');
    const result = await runScript('scripts/backup.ts', ['--out', backup], { DATA_DIR: source });
    expect(result.out).toContain('由运行中的服务');
    expect(result.code, result.out).toBe(0);
    const manifest = JSON.parse(fs.readFileSync(path.join(backup, 'manifest.json'), 'utf8'));
    expect(manifest.files.length).toBeGreaterThanOrEqual(1);
    // The server kept serving.
    expect((await fetch(`${server!.url}/readyz`)).status).toBe(200);
  });

  it('restores into an empty data directory, and the platform starts with the data and files', async () => {
    await server!.stop();
    server = undefined;
    const target = path.join(work, 'restored');
    const result = await runScript('scripts/restore.ts', [backup], { DATA_DIR: target });
    expect(result.code, result.out).toBe(0);
    expect(result.out).toContain('恢复完成');
    // A second restore into the same directory is refused.
    const again = await runScript('scripts/restore.ts', [backup], { DATA_DIR: target });
    expect(again.code).toBe(1);
    expect(again.out).toContain('已有数据库');

    server = await startServer({ dataDir: target, env: { DEMO_DATA: 'false' } });
    const restored = await signIn(server.url, 'before.backup', 'Backup@2026x');
    expect((await restored.get('/api/me')).json()).toMatchObject({
      id: accountId,
      displayName: '备份前的账号',
    });
    expect(await fileBytes(server.url, fileId)).toEqual(pdf);
    const audit = await signIn(server.url, 'auditadmin');
    expect((await audit.post('/api/audit/verify')).json()).toMatchObject({ ok: true });
    await server.stop();
    server = undefined;

    // With the server stopped, the backup opens the directory itself.
    const offline = await runScript('scripts/backup.ts', ['--out', path.join(work, 'backup-offline')], {
      DATA_DIR: target,
    });
    expect(offline.code, offline.out).toBe(0);
    expect(offline.out).toContain('服务未运行');
  });

  // Restoring into PostgreSQL needs a server: `npm run test:quality:pg` provides one.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'restores the embedded backup into PostgreSQL, and backs up PostgreSQL online',
    async () => {
      const pg = await createEmptyPostgres('lz_restore');
      cleanups.push(pg.drop);
      const dataDir = path.join(work, 'pg-files');
      const restore = await runScript('scripts/restore.ts', [backup], {
        DATA_DIR: dataDir,
        DATABASE_URL: pg.url,
      });
      expect(restore.code, restore.out).toBe(0);
      server = await startServer({ dataDir, databaseUrl: pg.url, env: { DEMO_DATA: 'false' } });
      const restored = await signIn(server.url, 'before.backup', 'Backup@2026x');
      expect((await restored.get('/api/me')).json().id).toBe(accountId);
      expect(await fileBytes(server.url, fileId)).toEqual(pdf);

      const online = await runScript('scripts/backup.ts', ['--out', path.join(work, 'backup-pg')], {
        DATA_DIR: dataDir,
        DATABASE_URL: pg.url,
      });
      expect(online.code, online.out).toBe(0);
      expect(online.out).toContain('PostgreSQL，单一快照');
      const first = JSON.parse(fs.readFileSync(path.join(backup, 'manifest.json'), 'utf8'));
      const second = JSON.parse(fs.readFileSync(path.join(work, 'backup-pg', 'manifest.json'), 'utf8'));
      const rows = (m: { database: { tables: Array<{ name: string; rows: number }> } }) =>
        Object.fromEntries(m.database.tables.map((t) => [t.name, t.rows]));
      // The same tables; each as many rows or more (the restored server has signed people in since).
      for (const [name, n] of Object.entries(rows(first)))
        expect(rows(second)[name], name).toBeGreaterThanOrEqual(n);
    },
  );
});
