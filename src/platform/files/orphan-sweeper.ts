// Unreferenced upload files (孤立文件). An upload's bytes are written before the row that names them
// commits (storeFiles, then a group commit records stored_files): a crash or a rolled-back
// transaction in between leaves a file that no row names, and nothing would ever read or remove it.
// This job removes such files once they are older than a setting (24 hours by default — far longer
// than any transaction, so a file whose row is about to commit is never taken), under the jobs'
// advisory lock, so one instance sweeps at a time. Backups leave such files out as well (backup.ts).
import { inArray } from 'drizzle-orm';
import type { Ctx } from '../context.ts';
import type { Job } from '../jobs/jobs.ts';
import { defineSetting, getSetting } from '../settings/settings.service.ts';
import { fileStoreFor } from './file-store.ts';
import { storedFiles } from './files.table.ts';

export const ORPHAN_FILE_MAX_AGE_HOURS = defineSetting({
  key: 'files.orphanMaxAgeHours',
  label: '未登记上传文件的清理时限（小时）',
  description:
    '上传后未被任何记录登记的文件（如提交中途服务中断留下的文件），超过此时长后由定时任务删除；备份不包含这类文件',
  type: 'integer',
  default: 24,
  min: 1,
  max: 720,
});

export const ORPHAN_SWEEP_JOB = 'files-orphan-sweep';
const BATCH = 500;

/** Removes the store's files no stored_files row names and older than the setting; returns how many. */
export async function sweepOrphanFiles(ctx: Ctx): Promise<{ checked: number; removed: string[] }> {
  const store = fileStoreFor(ctx.deps.config.DATA_DIR);
  if (!store.list) return { checked: 0, removed: [] };
  const hours = await getSetting(ctx, ORPHAN_FILE_MAX_AGE_HOURS);
  const before = ctx.now.getTime() - hours * 3_600_000;
  const removed: string[] = [];
  let checked = 0;
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const named = new Set(
      (
        await ctx.db
          .select({ key: storedFiles.storageKey })
          .from(storedFiles)
          .where(inArray(storedFiles.storageKey, batch))
      ).map((r) => r.key),
    );
    for (const key of batch)
      if (!named.has(key)) {
        await store.delete(key);
        removed.push(key);
      }
    batch = [];
  };
  for await (const f of store.list()) {
    checked++;
    if (f.modifiedAt.getTime() >= before) continue;
    batch.push(f.key);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return { checked, removed };
}

export const orphanSweepJob: Job = {
  name: ORPHAN_SWEEP_JOB,
  lockId: 7_201_030,
  everyMs: 6 * 3_600_000,
  run: async (ctx, { log }) => {
    const { checked, removed } = await sweepOrphanFiles(ctx);
    if (removed.length)
      log.info(
        { job: ORPHAN_SWEEP_JOB, checked, removed: removed.length, first: removed.slice(0, 5) },
        '已删除未登记的上传文件',
      );
  },
};
