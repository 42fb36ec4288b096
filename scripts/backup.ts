// `npm run backup [-- --out <dir>]`: an online, consistent backup of the database (one snapshot)
// with the uploaded files and the SM4 key, into a new directory (default ./backups/linzheng-<time>).
//   PostgreSQL (DATABASE_URL): read directly, in one REPEATABLE READ transaction, while the
//     instances keep serving.
//   Embedded PGlite: only one process may open the data directory. When the server runs, it is
//     asked over DATA_DIR/control.sock to take the backup itself; when it does not, this command
//     opens the directory (holding the server off until it is done).
// Exit code 0 on success; the last line names the backup directory. See docs/operations.md.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config.ts';
import { type BackupSummary, runBackup } from '../src/platform/backup/backup.ts';
import { requestBackup } from '../src/platform/backup/control.ts';
import { openDatabase } from '../src/platform/db/client.ts';
import { dataDirOwner } from '../src/platform/db/datadir-lock.ts';

function stamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string', short: 'o' } }, allowPositionals: false });
  const config = loadConfig();
  const dir = path.resolve(values.out ?? path.join('backups', `linzheng-${stamp()}`));
  let summary: BackupSummary;
  let how: string;
  if (config.DATABASE_URL) {
    const database = await openDatabase({ databaseUrl: config.DATABASE_URL, poolSize: 2 });
    try {
      summary = await runBackup({ database, config, dir });
    } finally {
      await database.close();
    }
    how = 'PostgreSQL，单一快照（REPEATABLE READ）';
  } else {
    const pgdata = path.join(config.DATA_DIR, 'pgdata');
    const owner = dataDirOwner(pgdata);
    if (owner) {
      console.log(`服务正在运行（进程 ${owner.pid}），通过控制套接字请求在线备份…`);
      summary = await requestBackup(config.DATA_DIR, dir).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT' || e.code === 'ECONNREFUSED')
          throw new Error(
            `数据目录正被进程 ${owner.pid} 使用，但其控制套接字 ${path.join(config.DATA_DIR, 'control.sock')} 无应答：` +
              '请确认该进程是林政服务（npm start），或停止它后再备份。',
          );
        throw e;
      });
      how = `嵌入式数据库，由运行中的服务（进程 ${owner.pid}）在线备份`;
    } else {
      const database = await openDatabase({ dataDir: pgdata });
      try {
        summary = await runBackup({ database, config, dir });
      } finally {
        await database.close();
      }
      how = '嵌入式数据库（服务未运行，直接读取）';
    }
  }
  const mb = (summary.bytes / 1_048_576).toFixed(1);
  console.log(
    `备份完成（${how}）：${summary.tables} 张表 ${summary.rows} 行，${summary.files} 个上传文件，共 ${mb} MB，用时 ${summary.ms} ms`,
  );
  console.log('注意：备份含 SM4 密钥或加密的个人信息，请按涉密介质保管。');
  console.log(summary.dir);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`备份失败：${e instanceof ConfigError || e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
