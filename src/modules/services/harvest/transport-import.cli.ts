// `npm run import:transport -- file.csv [--partial] [--dry-run]`: imports historical timber transport
// permits (木材运输证, abolished 2020-07-01) into the archive, as the system, with an audit record.
// With the embedded database, stop the server first: PGlite has one process at a time.
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../../config.ts';
import { type Deps, systemCtx } from '../../../platform/context.ts';
import { createSm4Cipher, resolveSm4Key } from '../../../platform/crypto/sm.ts';
import { type Database, openDatabase } from '../../../platform/db/client.ts';
import { migrate } from '../../../platform/db/migrate.ts';
import { type ImportReport, importTransportCsv } from './transport.service.ts';

export interface CliResult {
  code: number;
  lines: string[];
  report?: ImportReport;
}

const USAGE =
  '用法：npm run import:transport -- <文件.csv> [--partial 只导入无误的行] [--dry-run 只检查不导入]';

/** The command itself, on a given database (the entry point below opens the configured one). */
export async function runTransportImport(args: string[], database: Database, deps: Deps): Promise<CliResult> {
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--partial' && a !== '--dry-run');
  if (files.length !== 1 || unknown.length) return { code: 64, lines: [USAGE] };
  const file = path.resolve(files[0]);
  if (!fs.existsSync(file)) return { code: 66, lines: [`找不到文件：${file}`] };
  const ctx = systemCtx(database, deps, 'import:transport');
  const report = await importTransportCsv(ctx, {
    csv: fs.readFileSync(file, 'utf8'),
    sourceName: path.basename(file),
    partial: args.includes('--partial'),
    dryRun: args.includes('--dry-run'),
  });
  const lines = [
    `读取 ${report.total} 行：新增 ${report.inserted}，更新 ${report.updated}，未变 ${report.unchanged}，有误 ${report.rejected}。`,
    ...report.errors.map((e) => `  ${e.message}`),
  ];
  if (!report.imported)
    lines.push(
      args.includes('--dry-run')
        ? '（仅检查，未导入）'
        : report.errors.length
          ? '有错误，未导入任何记录。改正后重新导入，或加 --partial 只导入无误的行。'
          : '没有可导入的记录。',
    );
  return { code: report.errors.length && !report.imported ? 1 : 0, lines, report };
}

async function main(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      return 78;
    }
    throw e;
  }
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL || undefined,
    dataDir: `${config.DATA_DIR}/pgdata`,
  });
  try {
    await migrate(database);
    const deps: Deps = {
      config,
      cipher: createSm4Cipher(resolveSm4Key(config.SM4_KEY, config.DATA_DIR)),
      now: () => new Date(),
    };
    const result = await runTransportImport(process.argv.slice(2), database, deps);
    for (const line of result.lines) (result.code ? console.error : console.log)(line);
    return result.code;
  } finally {
    await database.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename))
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
