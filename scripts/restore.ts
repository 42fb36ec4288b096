// `npm run restore -- <backup dir>`: restores a backup (npm run backup) into an EMPTY database —
// the embedded data directory (DATA_DIR/pgdata must not exist yet) or the PostgreSQL database of
// DATABASE_URL (no tables yet) — and an empty DATA_DIR/files. Every part is checked against the
// manifest's SHA-256 first; the rows load in one transaction, so a failed restore leaves nothing.
// The server must not run during a restore. A backup of the embedded database restores into
// PostgreSQL and back (the way to move from one to the other). See docs/operations.md.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { runRestore, verifyBackup } from '../src/platform/backup/backup.ts';
import { openDatabase } from '../src/platform/db/client.ts';
import { migrate } from '../src/platform/db/migrate.ts';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    options: { 'verify-only': { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) {
    console.error('用法：npm run restore -- <备份目录> [--verify-only]');
    return 64;
  }
  const dir = path.resolve(positionals[0]!);
  const manifest = await verifyBackup(dir);
  const rows = manifest.database.tables.reduce((n, t) => n + t.rows, 0);
  console.log(
    `备份 ${dir}：${manifest.createdAt} 取自 ${manifest.database.kind}，${manifest.database.tables.length} 张表 ${rows} 行，` +
      `${manifest.files.length} 个上传文件；校验通过。`,
  );
  if (values['verify-only']) return 0;

  const config = loadConfig();
  // What this run creates, removed again when it fails (so the next attempt finds an empty target).
  const created: string[] = [];
  const filesDir = path.join(config.DATA_DIR, 'files');
  if (!fs.existsSync(filesDir)) created.push(filesDir);
  let database: Awaited<ReturnType<typeof openDatabase>>;
  if (config.DATABASE_URL) {
    database = await openDatabase({ databaseUrl: config.DATABASE_URL, poolSize: 2 });
  } else {
    const pgdata = path.join(config.DATA_DIR, 'pgdata');
    if (fs.existsSync(pgdata) && fs.readdirSync(pgdata).length > 0)
      throw new Error(
        `数据目录 ${pgdata} 已有数据库。恢复只能写入新的空目录：请换一个 DATA_DIR，或先移走该目录。`,
      );
    created.push(pgdata);
    database = await openDatabase({ dataDir: pgdata });
  }
  let ok = false;
  try {
    const result = await runRestore({ database, config, dir });
    // Migrations newer than the backup: the same step every start takes.
    await migrate(database);
    console.log(
      `恢复完成：${result.tables} 张表 ${result.rows} 行，${result.files} 个上传文件，用时 ${result.ms} ms。` +
        `现在可以启动服务（${config.DATABASE_URL ? 'DATABASE_URL' : `DATA_DIR=${config.DATA_DIR}`}）。`,
    );
    ok = true;
  } finally {
    await database.close();
    if (!ok) for (const p of created) fs.rmSync(p, { recursive: true, force: true });
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`恢复失败：${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
