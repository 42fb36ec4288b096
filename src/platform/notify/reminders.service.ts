// Reminders (提醒/催办) sent exactly once. Modules register sources that say what is due; the
// deadline sweeper asks them every minute and sends each reminder under its key. The key is taken
// in the same transaction as the messages, so two instances racing send it once, and a crash
// between the two leaves both undone.
import { recordAudit } from '../audit/audit.service.ts';
import { type Ctx, inTransaction } from '../context.ts';
import { type Job, type Log, SILENT_LOG } from '../jobs/jobs.ts';
import { claimReminderKey, findSentReminderKeys } from './notify.repository.ts';
import { notify } from './notify.service.ts';

export interface Reminder {
  /** Idempotency key: the same key is never sent twice (e.g. `clock:<id>:overdue:<dueAt ISO>`). */
  key: string;
  accountIds?: string[];
  unitId?: string | null;
  title: string;
  body: string;
  link?: string | null;
  /** Defaults to 'reminder'. */
  category?: string;
  email?: boolean;
  sms?: boolean;
  /** Also written in the sending transaction, e.g. the step on the subject's timeline. */
  record?: (tx: Ctx) => Promise<void>;
}

export interface ReminderSource {
  name: string;
  /** What should be reminded now (ctx.now); keys already sent are skipped by the sweeper. */
  collect(ctx: Ctx): Promise<Reminder[]>;
}

const sources: ReminderSource[] = [];

export function registerReminderSource(source: ReminderSource): void {
  const at = sources.findIndex((s) => s.name === source.name);
  if (at >= 0) sources[at] = source;
  else sources.push(source);
}

export function listReminderSources(): readonly ReminderSource[] {
  return sources;
}

/**
 * Runs fn (which sends the reminder with ctx's transaction) unless the key was already taken;
 * returns whether it ran. The key and whatever fn writes commit together or not at all.
 */
export async function sendReminderOnce(
  ctx: Ctx,
  key: string,
  fn: (tx: Ctx) => Promise<unknown>,
): Promise<boolean> {
  return inTransaction(ctx, async (tx) => {
    if (!(await claimReminderKey(tx.db, key, tx.now))) return false;
    await fn(tx);
    await recordAudit(tx, { action: 'reminder.send', objectType: 'reminder', objectId: key });
    return true;
  });
}

export interface SweepResult {
  sent: number;
  /** Already sent before (by an earlier sweep or another instance). */
  skipped: number;
  failed: number;
}

/** One pass of the deadline sweeper over every source. A failing source or reminder spoils no other. */
export async function sweepReminders(ctx: Ctx, options: { log?: Log } = {}): Promise<SweepResult> {
  const log = options.log ?? SILENT_LOG;
  const result: SweepResult = { sent: 0, skipped: 0, failed: 0 };
  for (const source of sources) {
    let due: Reminder[];
    try {
      due = await source.collect(ctx);
    } catch (err) {
      log.error({ err, source: source.name }, '提醒来源读取失败');
      result.failed++;
      continue;
    }
    // Most keys were sent on an earlier minute: one read instead of a transaction each.
    const already = await findSentReminderKeys(
      ctx.db,
      due.map((r) => r.key),
    );
    for (const r of due) {
      if (already.has(r.key)) {
        result.skipped++;
        continue;
      }
      try {
        const sent = await sendReminderOnce(ctx, r.key, async (tx) => {
          await notify(tx, {
            accountIds: r.accountIds,
            unitId: r.unitId,
            title: r.title,
            body: r.body,
            link: r.link,
            category: r.category ?? 'reminder',
            email: r.email,
            sms: r.sms,
          });
          await r.record?.(tx);
        });
        result[sent ? 'sent' : 'skipped']++;
      } catch (err) {
        log.error({ err, source: source.name, key: r.key }, '提醒发送失败');
        result.failed++;
      }
    }
  }
  return result;
}

export const deadlineSweeper: Job = {
  name: 'deadline-sweeper',
  lockId: 7_201_101,
  everyMs: 60_000,
  run: async (ctx, { log }) => {
    const r = await sweepReminders(ctx, { log });
    if (r.sent || r.failed) log.info({ job: 'deadline-sweeper', ...r }, '提醒扫描完成');
  },
};
