// 来信查询: the writer opens a letter with its receipt code and query password and reads where it
// is and, once answered, the reply; then rates it (满意度). Wrong passwords are counted per code —
// whether or not the code exists, so the answer never tells — and lock the code for a while.
// After a correct password the page carries a signed, short-lived token instead of the password.
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { chinaDay } from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { validationError } from '../../../platform/errors.ts';
import { issueReceiptToken, openByReceipt, receiptTokenSubject } from '../../../platform/receipts/index.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { channelView, PUBLIC_STATUS_LABELS, RATING_LABELS } from '../channels.ts';
import { interactionError } from '../interaction.errors.ts';
import { LOCK_MINUTES, PASSWORD_ATTEMPTS } from '../interaction.settings.ts';
import { RATINGS, type Rating } from '../interaction.table.ts';
import { letterTimeline, recordLetterEvent } from './letter-events.ts';
import { passwordKeyOf } from './letter-keys.ts';
import {
  findLetter,
  findLetterByReceipt,
  findLetterForUpdate,
  type LetterRow,
  updateLetter,
} from './letters.repository.ts';

export const TRACK_TOKEN_TTL_MS = 30 * 60_000;

export interface TrackedLetter {
  id: string;
  number: string;
  channelName: string;
  subject: string;
  body: string;
  category: string;
  statusLabel: string;
  submittedDay: string;
  dueDay: string | null;
  unitName: string | null;
  steps: Array<{ day: string; text: string }>;
  /** The reply as sent, once answered. */
  reply: { text: string; day: string; by: string | null } | null;
  /** Why it was not accepted, or to whom it was forwarded. */
  outcome: string | null;
  rating: { label: string; comment: string | null } | null;
  canRate: boolean;
  /** Carries the right to rate for the next half hour (instead of the password). */
  token: string;
}

/** The receipts' scope of letters (their lock counters and tracking tokens). */
const TRACK_SCOPE = 'letter';

export async function trackLetter(
  ctx: Ctx,
  input: { code?: string; password?: string },
): Promise<TrackedLetter> {
  const row = await openByReceipt(ctx, {
    scope: TRACK_SCOPE,
    code: input.code,
    password: input.password,
    attempts: await getSetting(ctx, PASSWORD_ATTEMPTS),
    lockMinutes: await getSetting(ctx, LOCK_MINUTES),
    find: (code) => findLetterByReceipt(ctx.db, code),
    storedKey: (r) => r.passwordHash,
    keyOf: (code, password) => passwordKeyOf(ctx, code, password),
    errors: { locked: 'LETTER_LOCKED', wrong: 'LETTER_CREDENTIALS' },
  });
  return present(ctx, row);
}

/** The letter behind a token from the tracking page; null when the token is not good (any more). */
async function letterOfToken(
  ctx: Ctx,
  token: string | undefined,
  forUpdate = false,
): Promise<LetterRow | null> {
  const id = receiptTokenSubject(ctx, TRACK_SCOPE, token);
  if (!id) return null;
  return (await (forUpdate ? findLetterForUpdate(ctx.db, id) : findLetter(ctx.db, id))) ?? null;
}

export async function trackLetterByToken(ctx: Ctx, token: string | undefined): Promise<TrackedLetter | null> {
  const row = await letterOfToken(ctx, token);
  return row ? present(ctx, row) : null;
}

/**
 * Whether the writer may rate the letter's reply now: once it is answered and not yet rated — or,
 * after the office reopened it (重新办理), once more for the new reply (the first rating stays on the
 * timeline and in the audit log).
 */
export function mayRate(row: Pick<LetterRow, 'status' | 'rating' | 'ratedAt' | 'answeredAt'>): boolean {
  if (row.status !== 'answered' || !row.answeredAt) return false;
  return !row.rating || (row.ratedAt !== null && row.ratedAt.getTime() < row.answeredAt.getTime());
}

/** 满意 / 基本满意 / 不满意, with an optional comment; once per reply. */
export async function rateLetter(
  ctx: Ctx,
  input: { token?: string; rating?: string; comment?: string },
): Promise<TrackedLetter> {
  if (!RATINGS.includes(input.rating as Rating))
    throw validationError('rating', '请选择满意、基本满意或不满意');
  const comment = (input.comment ?? '').trim();
  if (comment.length > 500)
    throw validationError('comment', `评价意见最多 500 个字，现有 ${comment.length} 个字`);
  return inTransaction(ctx, async (tx) => {
    const row = await letterOfToken(tx, input.token, true);
    if (!row)
      throw interactionError('LETTER_CREDENTIALS', { message: '页面已过期，请重新输入查询码和查询密码' });
    if (row.status !== 'answered')
      throw interactionError('LETTER_STATE', {
        message: '来信答复后才能评价',
        errors: [{ field: 'rating', message: '来信答复后才能评价' }],
      });
    if (!mayRate(row))
      throw interactionError('LETTER_RATED', {
        errors: [{ field: 'rating', message: '您已评价过这次答复，每次答复只能评价一次' }],
      });
    const updated = await updateLetter(tx.db, row.id, {
      rating: input.rating as Rating,
      ratingComment: comment || null,
      ratedAt: tx.now,
      updatedAt: tx.now,
    });
    await recordLetterEvent(tx, 'interaction.letter.rate', row, updated);
    await recordAudit(tx, {
      action: 'interaction.letter.rate',
      objectType: 'interaction_letter',
      objectId: row.id,
      detail: { number: row.number, rating: input.rating, again: Boolean(row.rating) || undefined },
    });
    return present(tx, updated);
  });
}

async function present(ctx: Ctx, row: LetterRow): Promise<TrackedLetter> {
  const channel = await channelView(ctx, row.channel);
  const steps: TrackedLetter['steps'] = (await letterTimeline(ctx, row.id, true)).map((e) => ({
    day: chinaDay(e.at),
    text: e.text,
  }));
  return {
    id: row.id,
    number: row.number,
    channelName: channel.name,
    subject: row.subject,
    body: row.body,
    category: row.category,
    statusLabel: PUBLIC_STATUS_LABELS[row.status],
    submittedDay: chinaDay(row.submittedAt),
    dueDay: row.dueAt && !row.answeredAt && !row.closedAt ? chinaDay(row.dueAt) : null,
    unitName: channel.confidential ? null : row.unitName,
    steps,
    reply:
      row.status === 'answered' && row.replyText && row.answeredAt
        ? {
            text: row.replyText,
            day: chinaDay(row.answeredAt),
            by: channel.confidential ? null : row.replierName,
          }
        : null,
    outcome:
      row.status === 'rejected'
        ? `不予受理：${row.rejectReason ?? ''}`
        : row.status === 'forwarded'
          ? `您反映的问题不属于本单位职责，已转${row.forwardedTo ?? '有关机关'}办理。`
          : row.status === 'merged'
            ? '您的来信与此前收到的来信反映同一问题，已合并办理。'
            : null,
    // A rating of the reply shown (not the first reply's, once the letter was answered again).
    rating:
      row.rating && !mayRate(row) ? { label: RATING_LABELS[row.rating], comment: row.ratingComment } : null,
    canRate: mayRate(row),
    token: issueReceiptToken(ctx, TRACK_SCOPE, row.id, TRACK_TOKEN_TTL_MS),
  };
}
