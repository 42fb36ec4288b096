// 申请查询 (/openness/track): the applicant opens the application with its receipt code and query
// password and reads its status, the date the answer is due and why, each step, and once answered
// the reply with its notice. Wrong tries are counted per code whether or not the code exists (a
// keyed digest of the code), so the answer never tells which codes exist; after the set number the
// code is locked for a while. A correct password yields a signed token, good for half an hour,
// that the page's links and the 补正 form carry instead of the password.
import { chinaDay, dueDatesOf, loadWorkingCalendar } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { issueReceiptToken, openByReceipt, receiptTokenSubject } from '../../../platform/receipts/index.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { listEvents } from '../../../platform/timeline/index.ts';
import { opennessError } from '../openness.errors.ts';
import { TRACK_ATTEMPTS, TRACK_LOCK_MINUTES } from '../openness.settings.ts';
import { APPLICATION_SUBJECT } from './application-clocks.ts';
import { STATUS_LABELS } from './application-vocab.ts';
import { type ApplicationRow, findApplication, findApplicationByReceipt } from './applications.repository.ts';
import { completeSupplement } from './handle-application.ts';
import { type ApplicationDetail, type ClockView, clockViews, replyOf } from './read-applications.ts';
import { passwordKeyOf } from './submit-application.ts';

export const TRACK_TOKEN_TTL_MS = 30 * 60_000;

export interface TrackedApplication {
  id: string;
  number: string;
  /** The applicant's name with all but the first character hidden. */
  applicantName: string;
  status: ApplicationRow['status'];
  statusLabel: string;
  receivedDay: string;
  description: string;
  /** The running (or paused) clocks with their due dates and why. */
  clocks: ClockView[];
  steps: Array<{ day: string; text: string; note: string | null }>;
  supplementRequest: string | null;
  canSupplement: boolean;
  reply: ApplicationDetail['reply'];
  token: string;
}

/** The receipts' scope of applications (their lock counters and tracking tokens). */
const TRACK_SCOPE = 'openness';

const maskName = (name: string) =>
  name.length <= 1 ? name : `${name[0]}${'*'.repeat(Math.min(name.length - 1, 6))}`;

export async function trackApplication(
  ctx: Ctx,
  input: { code?: string; password?: string },
): Promise<TrackedApplication> {
  const row = await openByReceipt(ctx, {
    scope: TRACK_SCOPE,
    code: input.code,
    password: input.password,
    attempts: await getSetting(ctx, TRACK_ATTEMPTS),
    lockMinutes: await getSetting(ctx, TRACK_LOCK_MINUTES),
    find: (code) => findApplicationByReceipt(ctx.db, code),
    storedKey: (r) => r.passwordKey,
    keyOf: (code, password) => passwordKeyOf(ctx, code, password),
    errors: { locked: 'OPENNESS_TRACK_LOCKED', wrong: 'OPENNESS_TRACK_CREDENTIALS' },
  });
  return present(ctx, row);
}

/** The application behind a tracking token; null when the token is not good (any more). */
export async function applicationOfToken(
  ctx: Ctx,
  token: string | undefined,
): Promise<ApplicationRow | null> {
  const id = receiptTokenSubject(ctx, TRACK_SCOPE, token);
  return id ? ((await findApplication(ctx.db, id)) ?? null) : null;
}

export async function trackByToken(ctx: Ctx, token: string | undefined): Promise<TrackedApplication | null> {
  const row = await applicationOfToken(ctx, token);
  return row ? present(ctx, row) : null;
}

/** 补正 from the tracking page, with the token the page carries. */
export async function supplementByToken(
  ctx: Ctx,
  input: { token?: string; text?: string },
): Promise<TrackedApplication> {
  const row = await applicationOfToken(ctx, input.token);
  if (!row)
    throw opennessError('OPENNESS_TRACK_CREDENTIALS', { message: '页面已过期，请重新输入查询码和查询密码' });
  const updated = await completeSupplement(ctx, row.id, { text: input.text });
  return present(ctx, updated);
}

async function present(ctx: Ctx, row: ApplicationRow): Promise<TrackedApplication> {
  const subject = { type: APPLICATION_SUBJECT, id: row.id };
  const [dues, events] = await Promise.all([
    dueDatesOf(ctx, subject),
    listEvents(ctx, subject, { publicOnly: true }),
  ]);
  let cal = null;
  try {
    cal = await loadWorkingCalendar(ctx);
  } catch {
    cal = null;
  }
  // The applicant sees the clocks that bind now: the reply's, their own 补正 window, the
  // consultation's; not the office's internal 补正告知 deadline.
  const shown = dues.filter((d) => d.status !== 'stopped' && d.kind !== 'openness.review');
  return {
    id: row.id,
    number: row.number,
    applicantName: maskName(row.applicantName),
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    receivedDay: chinaDay(row.receivedAt),
    description: row.description || row.docNumber,
    clocks: clockViews(shown, cal, ctx.now),
    steps: events.map((e) => ({ day: chinaDay(e.at), text: e.text, note: e.note })),
    supplementRequest: row.status === 'supplement' ? row.supplementRequest : null,
    canSupplement: row.status === 'supplement' && (!row.dueAt || ctx.now <= row.dueAt),
    reply: replyOf(row),
    token: issueReceiptToken(ctx, TRACK_SCOPE, row.id, TRACK_TOKEN_TTL_MS),
  };
}
