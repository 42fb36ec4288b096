// Unreferenced upload files (issue 12 item 10): a file written for a transaction that never committed
// is removed by the sweeper once older than the setting (24 hours), never one a row names or one
// younger than that; a backup leaves such files out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { runBackup } from '../backup/backup.ts';
import { inTransaction } from '../context.ts';
import { runJobNow } from '../jobs/jobs.ts';
import { updateSetting } from '../settings/settings.service.ts';
import { type CheckedUpload, saveFile, storeFiles } from './files.service.ts';
import { ORPHAN_SWEEP_JOB } from './orphan-sweeper.ts';

let t: TestApp;
let dataDir: string;
const HOUR = 3_600_000;
// A one-page PDF is enough: the sweeper looks at names and ages, not at content.
const upload = (name: string): CheckedUpload => ({
  format: 'pdf',
  fileName: name,
  contentType: 'application/pdf',
  data: Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`),
});
const onDisk = () =>
  (fs.readdirSync(path.join(dataDir, 'files'), { recursive: true }) as string[])
    .filter((p) => fs.statSync(path.join(dataDir, 'files', p)).isFile())
    .map((p) => p.split(path.sep).join('/'))
    .sort();
const age = (key: string, hours: number) => {
  const when = new Date(t.clock.now().getTime() - hours * HOUR);
  fs.utimesSync(path.join(dataDir, 'files', ...key.split('/')), when, when);
};

let kept = '';
let oldOrphan = '';
let youngOrphan = '';

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-orphans-'));
  t = await buildTestApp({ config: { DATA_DIR: dataDir } });
  const ctx = t.ctx();
  // A file whose row committed (two days old), and two whose transaction never did.
  kept = (
    await inTransaction(ctx, (tx) =>
      saveFile(tx, { upload: upload('kept'), ownerAccountId: null, purpose: 'test.material' }),
    )
  ).storageKey;
  [{ storageKey: oldOrphan }, { storageKey: youngOrphan }] = await storeFiles(ctx, [
    { upload: upload('old'), ownerAccountId: null, purpose: 'test.material' },
    { upload: upload('young'), ownerAccountId: null, purpose: 'test.material' },
  ]);
  age(kept, 48);
  age(oldOrphan, 25);
  age(youngOrphan, 2);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('unreferenced upload files', () => {
  it('a backup copies the files rows name, and none of the others', async () => {
    const dir = path.join(dataDir, '..', `${path.basename(dataDir)}-backup`);
    try {
      const summary = await runBackup({ database: t.database, config: t.config, dir });
      expect(summary.files).toBe(1);
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
      expect(manifest.files.map((f: { path: string }) => f.path)).toEqual([kept]);
      expect(fs.existsSync(path.join(dir, 'files', ...oldOrphan.split('/')))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the sweeper removes the one older than 24 hours, and keeps the young one and the named one', async () => {
    expect(onDisk()).toEqual([kept, oldOrphan, youngOrphan].sort());
    expect(await runJobNow(t.database, t.deps, ORPHAN_SWEEP_JOB, { now: t.clock.now() })).toBe(true);
    expect(onDisk()).toEqual([kept, youngOrphan].sort());
  });

  it('follows the setting: at 1 hour the 2-hour-old orphan goes too', async () => {
    await updateSetting(t.ctx(), 'files.orphanMaxAgeHours', 1);
    await runJobNow(t.database, t.deps, ORPHAN_SWEEP_JOB, { now: t.clock.now() });
    expect(onDisk()).toEqual([kept]);
    // The file its row names is read back as before.
    expect(fs.readFileSync(path.join(dataDir, 'files', ...kept.split('/')), 'utf8')).toContain('kept');
  });
});
