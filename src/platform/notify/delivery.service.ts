// Email and SMS through an outbox (发送队列): a change writes 'pending' rows in its own transaction
// and signals the dispatcher, which PostgreSQL wakes only on commit; the dispatcher sends, records
// the outcome, and retries a failure a bounded number of times with growing waits.

import type { Ctx } from '../context.ts';
import { publicLink } from '../http/public-url.ts';
import { type Job, type Log, SILENT_LOG } from '../jobs/jobs.ts';
import {
  currentSmsDriver,
  logMailDriver,
  type MailDriver,
  type SmsDriver,
  smtpMailDriver,
} from './channels.ts';
import {
  claimDueDeliveries,
  type DeliveryRow,
  findPhoneEnc,
  finishDelivery,
  insertDeliveries,
  type NewDelivery,
  type Recipient,
  signalChannel,
} from './notify.repository.ts';

/** The NOTIFY channel that wakes the dispatcher. */
export const DELIVERY_CHANNEL = 'lz_deliveries';
/** Tries per message before it is marked failed. */
export const MAX_DELIVERY_ATTEMPTS = 5;
/** Wait before retry n (n = attempts made): 1, 2, 4, 8 minutes. */
export const retryDelayMs = (attempts: number) => 60_000 * 2 ** Math.max(0, attempts - 1);
// A claimed row is not picked again before this, so a dispatcher that dies mid-send causes a retry.
const LEASE_MS = 5 * 60_000;
const BATCH = 50;
const MAX_BATCHES_PER_RUN = 20;

export interface Message {
  title: string;
  body: string;
  link: string | null;
  email: boolean;
  sms: boolean;
}

function absoluteLink(ctx: Ctx, link: string): string {
  if (/^https?:\/\//.test(link)) return link;
  // Mail leaves from the outbox job: without PUBLIC_URL it carries the path alone.
  return publicLink(ctx, link);
}

export function emailText(ctx: Ctx, m: { body: string; link: string | null }): string {
  const parts = [m.body.trim()];
  if (m.link) parts.push(`查看详情：${absoluteLink(ctx, m.link)}`);
  parts.push(`——${ctx.deps.config.SITE_NAME}（系统邮件，请勿直接回复）`);
  return parts.filter(Boolean).join('\n\n');
}

export function smsText(ctx: Ctx, m: { title: string; body: string }): string {
  const body = m.body.trim();
  return `【${ctx.deps.config.SITE_NAME}】${m.title}${body ? `：${body}` : ''}`;
}

/** Writes the email/SMS rows for the recipients in ctx's transaction; returns how many of each. */
export async function queueDeliveries(
  ctx: Ctx,
  recipients: Recipient[],
  m: Message,
): Promise<{ emails: number; sms: number }> {
  const rows: NewDelivery[] = [];
  const pending = { status: 'pending' as const, attempts: 0, nextAttemptAt: ctx.now, createdAt: ctx.now };
  // An account without an address or a number simply gets the in-app message.
  if (m.email)
    for (const r of recipients)
      if (r.email)
        rows.push({
          ...pending,
          channel: 'email',
          recipient: r.email,
          accountId: r.id,
          subject: m.title,
          body: emailText(ctx, m),
        });
  if (m.sms)
    for (const r of recipients)
      if (r.phoneEnc)
        rows.push({
          ...pending,
          channel: 'sms',
          recipient: r.phoneMask ?? '',
          accountId: r.id,
          body: smsText(ctx, m),
        });
  await insertDeliveries(ctx.db, rows);
  if (rows.length) await signalChannel(ctx.db, DELIVERY_CHANNEL);
  return {
    emails: rows.filter((r) => r.channel === 'email').length,
    sms: rows.filter((r) => r.channel === 'sms').length,
  };
}

/** Queues an email to an address that is not an account's (an applicant's, say), in ctx's transaction. */
export async function queueEmail(
  ctx: Ctx,
  input: { to: string; subject: string; text: string },
): Promise<void> {
  await insertDeliveries(ctx.db, [
    {
      channel: 'email',
      recipient: input.to,
      subject: input.subject,
      body: input.text,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: ctx.now,
      createdAt: ctx.now,
    },
  ]);
  await signalChannel(ctx.db, DELIVERY_CHANNEL);
}

export interface DispatchResult {
  sent: number;
  logged: number;
  retrying: number;
  failed: number;
}

export interface DispatchOptions {
  log?: Log;
  /** Overrides the drivers chosen from the settings (tests, or a gateway adapter). */
  mail?: MailDriver;
  sms?: SmsDriver;
}

/** Sends every pending message that is due, recording each outcome on its row. */
export async function dispatchDeliveries(ctx: Ctx, options: DispatchOptions = {}): Promise<DispatchResult> {
  const log = options.log ?? SILENT_LOG;
  const { SMTP_URL, MAIL_FROM } = ctx.deps.config;
  const mail = options.mail ?? (SMTP_URL ? smtpMailDriver(SMTP_URL, MAIL_FROM) : logMailDriver(log));
  const sms = options.sms ?? currentSmsDriver(log);
  const result: DispatchResult = { sent: 0, logged: 0, retrying: 0, failed: 0 };
  for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
    const rows = await claimDueDeliveries(ctx.db, ctx.now, new Date(ctx.now.getTime() + LEASE_MS), BATCH);
    for (const row of rows) {
      try {
        const outcome = await sendOne(ctx, row, mail, sms);
        await finishDelivery(ctx.db, row.id, {
          status: outcome,
          error: null,
          sentAt: ctx.now,
          nextAttemptAt: null,
        });
        result[outcome]++;
      } catch (err) {
        const error = err instanceof Error ? err.message : String(err);
        const permanent = err instanceof PermanentDeliveryError;
        const giveUp = permanent || row.attempts >= MAX_DELIVERY_ATTEMPTS;
        await finishDelivery(ctx.db, row.id, {
          status: giveUp ? 'failed' : 'pending',
          error: error.slice(0, 1000),
          nextAttemptAt: giveUp ? null : new Date(ctx.now.getTime() + retryDelayMs(row.attempts)),
        });
        log.warn(
          { delivery: row.id, channel: row.channel, attempts: row.attempts, err: error },
          giveUp ? '消息发送失败，已停止重试' : '消息发送失败，稍后重试',
        );
        result[giveUp ? 'failed' : 'retrying']++;
      }
    }
    if (rows.length < BATCH) break;
  }
  return result;
}

/** A failure that retrying cannot fix (no phone number on the account). */
class PermanentDeliveryError extends Error {}

async function sendOne(ctx: Ctx, row: DeliveryRow, mail: MailDriver, sms: SmsDriver) {
  if (row.channel === 'email') return mail.send({ to: row.recipient, subject: row.subject, text: row.body });
  // The number is decrypted only at the moment of sending; the outbox holds the mask.
  const phoneEnc = row.accountId ? await findPhoneEnc(ctx.db, row.accountId) : null;
  if (!phoneEnc) throw new PermanentDeliveryError('账号未登记手机号');
  return sms.send(ctx.deps.cipher.decrypt(phoneEnc), row.body);
}

export const deliveryDispatcher: Job = {
  name: 'delivery-dispatcher',
  lockId: 7_201_102,
  everyMs: 5_000,
  wakeOn: DELIVERY_CHANNEL,
  run: async (ctx, { log }) => {
    const r = await dispatchDeliveries(ctx, { log });
    if (r.sent + r.logged + r.retrying + r.failed > 0)
      log.info({ job: 'delivery-dispatcher', ...r }, '消息已处理');
  },
};
