// Backup and restore (issue 5 item 3): a populated database (the Henan demo plus writes through the
// API) and its uploaded files are backed up from a live app, restored into an empty database and
// an empty data directory, and every table (row count and an MD5 over its rows) and every file
// (SHA-256) must come back identical; the restored platform then signs in an account created
// before the backup, and its audit chain verifies.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { TEST_AUDIT_KEY } from '../../src/config.ts';
import { seedDemoData } from '../../src/modules/org/index.ts';
import { verifyChain } from '../../src/platform/audit/audit.service.ts';
import { listFiles, runBackup, runRestore, verifyBackup } from '../../src/platform/backup/backup.ts';
import { controlSocketPath, requestBackup, startControlSocket } from '../../src/platform/backup/control.ts';
import {
  codeMigrations,
  fingerprintTables,
  migrationPrefix,
  withTransaction,
} from '../../src/platform/backup/logical.ts';
import { systemCtx } from '../../src/platform/context.ts';
import { createSm4Cipher } from '../../src/platform/crypto/sm.ts';
import type { Database } from '../../src/platform/db/client.ts';
import { SILENT_LOG } from '../../src/platform/jobs/jobs.ts';
import { buildTestApp, TEST_SM4_KEY, type TestApp } from '../app.ts';
import { createEmptyDatabase } from './support/empty-database.ts';

let t: TestApp;
let work: string;
let backupDir: string;
let target: Database;
const sourceDataDir = () => path.join(work, 'source');
const targetDataDir = () => path.join(work, 'target');

// Files as the file store writes them: nested directories, binary content, a Chinese name.
const FILES: Record<string, Buffer> = {
  'ab/cd/abcd0001.pdf': Buffer.from('%PDF-1.7\n林木采伐许可证\n%%EOF\n'),
  'ab/ef/abef0002.bin': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)),
  '2026/03/申请材料-身份证明.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0]),
};

const sequences = (database: Database) =>
  withTransaction(database, 'snapshot', (s) =>
    s.query<{ name: string; value: string | null }>(
      `select format('%I.%I', schemaname, sequencename) as name, last_value::text as value
         from pg_sequences where schemaname not in ('pg_catalog', 'information_schema', 'drizzle') order by 1`,
    ),
  );

let createdAccountId: string;
const ORPHAN = 'ab/cd/orphan-never-committed.pdf';

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-backup-'));
  t = await buildTestApp({
    seed: async (ctx) => void (await seedDemoData(ctx)),
    config: { DATA_DIR: sourceDataDir() },
  });
  // Writes through the API, as people make them: accounts, a calendar year, a setting, sign-ins.
  const sys = await t.signIn('sysadmin');
  const units = (await sys.get('/api/units')).json().items as Array<{ id: string; code: string }>;
  const unitId = units.find((u) => u.code === 'HNLY')!.id;
  for (const username of ['backup.a', 'backup.b', 'backup.c']) {
    const res = await sys.post('/api/accounts', {
      username,
      displayName: `备份测试${username.slice(-1)}`,
      unitId,
      initialPassword: 'Backup@2026x',
      phone: '13800000000',
    });
    expect(res.statusCode).toBe(201);
    if (username === 'backup.a') createdAccountId = res.json().id;
  }
  const year = await sys.put('/api/calendar/years/2030', {
    note: '备份测试',
    days: [{ day: '2030-10-01', kind: 'holiday', name: '国庆节' }],
  });
  expect(year.statusCode).toBe(200);
  expect((await sys.put('/api/settings/org.directoryShowsPhones', { value: false })).statusCode).toBe(200);
  await t.signIn('office');
  await t.signIn('zhengzhou');

  // Each file with the stored_files row that names it, as saveFiles records them; and one file no
  // row names (a group commit that never committed): the backup leaves that one out.
  for (const [name, content] of Object.entries({ ...FILES, [ORPHAN]: Buffer.from('%PDF-1.7\n%%EOF\n') })) {
    const file = path.join(sourceDataDir(), 'files', name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    if (name === ORPHAN) continue;
    await t.database.query(
      `insert into stored_files (driver, storage_key, file_name, content_type, size_bytes, sha256, purpose, created_at)
       values ('local', $1, $2, 'application/octet-stream', $3, '', 'test.backup', now())`,
      [name, path.basename(name), content.length],
    );
  }
  backupDir = path.join(work, 'backup-1');
  await runBackup({ database: t.database, config: t.config, dir: backupDir });
  target = await createEmptyDatabase();
  await runRestore({
    database: target,
    config: { DATA_DIR: targetDataDir(), SM4_KEY: TEST_SM4_KEY, AUDIT_KEY: TEST_AUDIT_KEY },
    dir: backupDir,
  });
}, 120_000);

afterAll(async () => {
  await t?.close();
  await target?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores every table with the same rows (count and checksum)', async () => {
    const before = await fingerprintTables(t.database);
    const after = await fingerprintTables(target);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    // The demo: 200 units; the 12 demo accounts, the 3 made above and the built-in roles.
    expect(before['public.units']!.rows).toBeGreaterThanOrEqual(200);
    expect(before['public.accounts']!.rows).toBeGreaterThanOrEqual(15);
    expect(before['public.audit_log']!.rows).toBeGreaterThan(5);
    expect(after).toEqual(before);
  });

  it('restores the sequences, so new rows do not collide with restored ones', async () => {
    expect(await sequences(target)).toEqual(await sequences(t.database));
  });

  it('restores every uploaded file byte for byte', () => {
    const source = listFiles(path.join(sourceDataDir(), 'files'), (p) => p !== ORPHAN);
    expect(source.map((f) => f.path).sort()).toEqual(Object.keys(FILES).sort());
    // Every file a row names, byte for byte; the one no row names is not carried over.
    expect(listFiles(path.join(targetDataDir(), 'files'))).toEqual(source);
  });

  it('gives a working platform: an account made before the backup signs in, the audit chain verifies', async () => {
    const config = { ...t.config, DATA_DIR: targetDataDir() };
    const app = await buildApp({ config, database: target, now: t.clock.now });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'backup.a', password: 'Backup@2026x' },
      });
      expect(res.statusCode).toBe(200);
      const cookie = res.cookies.find((c) => c.name === 'lz_sid')!;
      const me = await app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { cookie: `lz_sid=${cookie.value}` },
      });
      expect(me.json()).toMatchObject({
        id: createdAccountId,
        username: 'backup.a',
        displayName: '备份测试a',
      });
    } finally {
      await app.close();
    }
    const deps = { config, cipher: createSm4Cipher(TEST_SM4_KEY), now: t.clock.now };
    const chain = await verifyChain(systemCtx(target, deps));
    expect(chain.ok).toBe(true);
    expect(chain.checked).toBeGreaterThan(5);
  });

  it('refuses to restore into a database that is not empty', async () => {
    await expect(
      runRestore({
        database: target,
        config: { DATA_DIR: path.join(work, 'other'), SM4_KEY: TEST_SM4_KEY, AUDIT_KEY: TEST_AUDIT_KEY },
        dir: backupDir,
      }),
    ).rejects.toThrow('目标数据库不是空的');
  });

  it('refuses a restore with another SM4 key (the personal data would not decrypt)', async () => {
    // The key is checked before the database is looked at.
    await expect(
      runRestore({
        database: target,
        config: {
          DATA_DIR: path.join(work, 'other-key'),
          SM4_KEY: 'f'.repeat(32),
          AUDIT_KEY: TEST_AUDIT_KEY,
        },
        dir: backupDir,
      }),
    ).rejects.toThrow('SM4_KEY');
  });

  it('detects a damaged backup before touching anything', async () => {
    const copy = path.join(work, 'backup-damaged');
    fs.cpSync(backupDir, copy, { recursive: true });
    const manifest = await verifyBackup(copy);
    const accounts = manifest.database.tables.find((x) => x.name === 'public.accounts')!;
    const file = path.join(copy, accounts.file);
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString().replace('backup.b', 'backup.x');
    fs.writeFileSync(file, zlib.gzipSync(lines));
    await expect(verifyBackup(copy)).rejects.toThrow('public.accounts');
    fs.writeFileSync(path.join(copy, 'files', 'ab/cd/abcd0001.pdf'), 'changed');
    fs.writeFileSync(file, fs.readFileSync(path.join(backupDir, accounts.file)));
    await expect(verifyBackup(copy)).rejects.toThrow('ab/cd/abcd0001.pdf');
  });

  it('refuses a backup from a newer version (more migrations than this code knows)', () => {
    const code = codeMigrations();
    expect(migrationPrefix(code.slice(0, 2), code)).toBe(2);
    expect(() => migrationPrefix([...code, { hash: 'x', createdAt: '9999999999999' }], code)).toThrow(
      '备份来自较新的版本',
    );
  });

  it('takes a backup when asked over the control socket (owner-only), as `npm run backup` does', async () => {
    const control = await startControlSocket({ database: t.database, config: t.config, log: SILENT_LOG });
    try {
      expect(fs.statSync(controlSocketPath(t.config.DATA_DIR)).mode & 0o777).toBe(0o600);
      const summary = await requestBackup(t.config.DATA_DIR, path.join(work, 'backup-socket'));
      expect(summary.files).toBe(Object.keys(FILES).length);
      expect((await verifyBackup(path.join(work, 'backup-socket'))).database.tables.length).toBeGreaterThan(
        20,
      );
      await expect(requestBackup(t.config.DATA_DIR, path.join(work, 'backup-socket'))).rejects.toThrow(
        '备份目录已存在',
      );
    } finally {
      await control?.close();
    }
    await expect(requestBackup(t.config.DATA_DIR, path.join(work, 'backup-none'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });

  it('writes a backup under .partial and refuses to overwrite a finished one', async () => {
    await expect(runBackup({ database: t.database, config: t.config, dir: backupDir })).rejects.toThrow(
      '备份目录已存在',
    );
    expect(fs.existsSync(`${backupDir}.partial`)).toBe(false);
  });
});
