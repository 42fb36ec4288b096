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
import {
  clearRestoreMark,
  readRestoreMark,
  runRestore,
  verifyBackup,
  writeRestoreMark,
} from '../src/platform/backup/backup.ts';
import { openDatabase } from '../src/platform/db/client.ts';
import { dataDirOwner, lockFileOf } from '../src/platform/db/datadir-lock.ts';
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
  const pgdata = path.join(config.DATA_DIR, 'pgdata');
  // A restore interrupted before (killed, power cut) left its mark: what it made in the data
  // directory — the embedded database and the uploaded files, empty before it began — is removed,
  // and this run starts over. (In a PostgreSQL database the restore's own mark does the same.)
  const interrupted = readRestoreMark(config.DATA_DIR);
  if (interrupted) {
    const owner = config.DATABASE_URL ? null : dataDirOwner(pgdata);
    if (owner)
      throw new Error(
        `数据目录 ${pgdata} 正被进程 ${owner.pid} 使用：请先停止该进程（恢复时服务不得运行）。`,
      );
    console.log(
      `上一次恢复（${interrupted.startedAt} 开始，备份 ${interrupted.backup}）没有完成：清除它留下的内容，重新恢复。`,
    );
    if (!config.DATABASE_URL) {
      fs.rmSync(pgdata, { recursive: true, force: true });
      fs.rmSync(lockFileOf(pgdata), { force: true });
    }
    fs.rmSync(path.join(config.DATA_DIR, 'files'), { recursive: true, force: true });
  }
  // What this run creates, removed again when it fails (so the next attempt finds an empty target).
  const created: string[] = [];
  const filesDir = path.join(config.DATA_DIR, 'files');
  if (!fs.existsSync(filesDir)) created.push(filesDir);
  let database: Awaited<ReturnType<typeof openDatabase>>;
  if (config.DATABASE_URL) {
    database = await openDatabase({ databaseUrl: config.DATABASE_URL, poolSize: 2 });
  } else {
    if (fs.existsSync(pgdata) && fs.readdirSync(pgdata).length > 0)
      throw new Error(
        `数据目录 ${pgdata} 已有数据库。恢复只能写入新的空目录：请换一个 DATA_DIR，或先移走该目录。`,
      );
    created.push(pgdata);
    writeRestoreMark(config.DATA_DIR, dir);
    database = await openDatabase({ dataDir: pgdata });
  }
  if (config.DATABASE_URL) writeRestoreMark(config.DATA_DIR, dir);
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
    // Finished, or failed and cleaned up: either way nothing is left half done.
    clearRestoreMark(config.DATA_DIR);
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
