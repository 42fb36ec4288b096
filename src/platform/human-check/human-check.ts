// The human check (人机验证) of public forms: a question from a rotating set that a person answers at
// a glance and a script cannot without reading Chinese — sums in Chinese numerals, the n-th character
// of a familiar word. No third-party service and no JavaScript: the question is printed in the form,
// its id travels in a hidden field, and the answer is kept server-side as a keyed hash (HMAC-SM3) in
// human_checks. Each question takes exactly one answer, right or wrong: the first answer uses the row
// up in one UPDATE … WHERE used_at IS NULL, so a replayed answer is refused on every instance. A
// question lives for a setting's minutes (platform.humanCheckMinutes).
//
// Two ways to ask it:
//   - always (letters, disclosure applications): print newHumanChallenge(ctx) in the form, and call
//     requireHuman(ctx, { id, answer }) first when the form comes back;
//   - only after a few attempts from one address in an hour (registration, password reset):
//     if (await humanCheckNeeded(ctx, { actions, freePerHour })) await requireHumanCheck(ctx, given)
//     — which throws HUMAN_CHECK_REQUIRED carrying a new question in `humanCheck`.
import crypto from 'node:crypto';
import { and, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import { auditLog } from '../audit/audit.table.ts';
import { auditKeyOf } from '../audit/audit-chain.ts';
import type { Ctx } from '../context.ts';
import { hmacSm3, sameDigest } from '../crypto/sm.ts';
import { AppError } from '../errors.ts';
import { defineSetting, getSetting } from '../settings/settings.service.ts';
import { humanChecks } from './human-check.table.ts';

export const HUMAN_CHECK_MINUTES = defineSetting({
  key: 'auth.humanCheckMinutes',
  label: '验证问题的有效时间（分钟）',
  description:
    '公众表单（注册、找回密码、写信、政府信息公开申请）上的验证问题，超过此时间未回答即失效；每道问题只能回答一次',
  type: 'integer',
  default: 30,
  min: 5,
  max: 240,
});

export interface HumanChallenge {
  /** The question's id, the form's hidden field humanCheckId. */
  id: string;
  /** The question, in Chinese, as the form prints it. */
  question: string;
}

/** The form's field names: the hidden id and the answer (errors name the answer field). */
export const HUMAN_ID_FIELD = 'humanCheckId';
export const HUMAN_ANSWER_FIELD = 'humanAnswer';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
// Words every reader of a forestry department's site knows; none repeats a character, so "the n-th
// character" has one answer.
const WORDS = [
  '森林防火',
  '植树造林',
  '绿水青山',
  '退耕还林',
  '林木采伐',
  '国土绿化',
  '野生动物',
  '湿地保护',
];
const ORDINALS = ['第一个', '第二个', '第三个', '第四个'];

type Random = (n: number) => number;
const cryptoRandom: Random = (n) => crypto.randomInt(n);

/** One question of the rotation and its answer; `random` is for tests. */
export function pickQuestion(random: Random = cryptoRandom): { question: string; answer: string } {
  if (random(2) === 0) {
    const a = 1 + random(9);
    const b = 1 + random(9);
    return { question: `${DIGITS[a]}加${DIGITS[b]}等于几？（请填写数字）`, answer: String(a + b) };
  }
  const word = WORDS[random(WORDS.length)];
  const at = random(word.length);
  return { question: `“${word}”的${ORDINALS[at]}字是什么？`, answer: word[at] };
}

/** 12 → '12'; full-width digits and Chinese numerals count as the digits they are. */
export function normalizeAnswer(input: string): string {
  let s = input.trim().replace(/[\s　]/g, '');
  s = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48));
  if (/^[零一二三四五六七八九十]+$/.test(s)) {
    // 十 → 10, 十二 → 12, 一十八 → 18; the sums never exceed 18.
    const ten = s.indexOf('十');
    if (ten < 0) s = String(DIGITS.indexOf(s));
    else {
      const tens = ten === 0 ? 1 : DIGITS.indexOf(s.slice(0, ten));
      const ones = s.length > ten + 1 ? DIGITS.indexOf(s.slice(ten + 1)) : 0;
      s = String(tens * 10 + ones);
    }
  }
  return s;
}

const answerHash = (ctx: Ctx, id: string, answer: string) =>
  hmacSm3(auditKeyOf(ctx.deps.config), `human-check\u001f${id}\u001f${normalizeAnswer(answer)}`);

/**
 * Hands out a question; its answer is kept only as a keyed hash. Call it outside a transaction (the
 * page, or a refused submission before its transaction), so a rollback cannot take back the question
 * the re-shown form prints. It writes on ctx.db: inside a transaction (the demo loader writes its
 * letters in one) it joins it — on PGlite's one connection, writing beside it would wait forever.
 */
export async function newHumanChallenge(ctx: Ctx, random: Random = cryptoRandom): Promise<HumanChallenge> {
  const { question, answer } = pickQuestion(random);
  const id = crypto.randomUUID();
  const minutes = await getSetting(ctx, HUMAN_CHECK_MINUTES);
  await ctx.db.insert(humanChecks).values({
    id,
    answerHash: answerHash(ctx, id, answer),
    createdAt: ctx.now,
    expiresAt: new Date(ctx.now.getTime() + minutes * 60_000),
  });
  return { id, question };
}

export type HumanCheckOutcome = 'ok' | 'wrong' | 'expired' | 'used' | 'unknown' | 'unanswered';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks an answer and uses its question up, right or wrong: the first answer takes the row
 * atomically, every later one — on this instance or another — finds it used. Call it first, before
 * the submission's transaction, so a rollback cannot give the question back (requireHuman's rule);
 * on ctx.db, for the reason newHumanChallenge gives.
 */
export async function checkHumanAnswer(
  ctx: Ctx,
  given: { id?: string; answer?: string } | undefined,
): Promise<HumanCheckOutcome> {
  if (!given?.id || !UUID.test(given.id)) return given?.answer?.trim() ? 'unknown' : 'unanswered';
  if (!given.answer?.trim()) return 'unanswered';
  const db = ctx.db;
  const [row] = await db
    .update(humanChecks)
    .set({ usedAt: ctx.now })
    .where(and(eq(humanChecks.id, given.id), isNull(humanChecks.usedAt), gt(humanChecks.expiresAt, ctx.now)))
    .returning({ answerHash: humanChecks.answerHash });
  if (row) return sameDigest(row.answerHash, answerHash(ctx, given.id, given.answer)) ? 'ok' : 'wrong';
  const [had] = await db
    .select({ usedAt: humanChecks.usedAt })
    .from(humanChecks)
    .where(eq(humanChecks.id, given.id));
  if (!had) return 'unknown';
  return had.usedAt ? 'used' : 'expired';
}

const MESSAGES: Record<Exclude<HumanCheckOutcome, 'ok'>, string> = {
  unanswered: '请回答验证问题',
  wrong: '验证问题回答不正确，请回答新的验证问题',
  expired: '验证问题已过期，请回答新的验证问题',
  used: '这道验证问题已经回答过，不能再次使用，请回答新的验证问题',
  unknown: '验证问题已失效，请回答新的验证问题',
};

/** The Chinese message of a refused answer. */
export const humanCheckMessage = (outcome: Exclude<HumanCheckOutcome, 'ok'>): string => MESSAGES[outcome];

/**
 * Refuses a submission whose check failed, naming the answer field (the form is shown again with a
 * new question). Call it first, before anything is read or written.
 */
export async function requireHuman(
  ctx: Ctx,
  given: { id?: string; answer?: string } | undefined,
  field = HUMAN_ANSWER_FIELD,
): Promise<void> {
  const outcome = await checkHumanAnswer(ctx, given);
  if (outcome === 'ok') return;
  const message = MESSAGES[outcome];
  throw new AppError('HUMAN_CHECK_FAILED', { message, errors: [{ field, message }] });
}

/**
 * As requireHuman, for a form that asks only when humanCheckNeeded: throws HUMAN_CHECK_REQUIRED —
 * carrying a new question in `humanCheck` — when there is no answer, it is wrong, used or expired.
 */
export async function requireHumanCheck(
  ctx: Ctx,
  given: { id?: string; answer?: string } | undefined,
): Promise<void> {
  const outcome = await checkHumanAnswer(ctx, given);
  if (outcome === 'ok') return;
  const message = !given?.id && outcome === 'unanswered' ? MESSAGES.unanswered : MESSAGES[outcome];
  const next = await newHumanChallenge(ctx);
  throw new AppError('HUMAN_CHECK_REQUIRED', {
    message,
    errors: [{ field: HUMAN_ANSWER_FIELD, message }],
    extra: { humanCheck: next },
  });
}

/** Whether an address has made `freePerHour` or more of these attempts (audited actions) in the last hour. */
export async function humanCheckNeeded(
  ctx: Ctx,
  input: { actions: string[]; freePerHour: number },
): Promise<boolean> {
  if (!ctx.ip) return false;
  if (input.freePerHour === 0) return true;
  const [{ n }] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(
      and(
        gt(auditLog.at, new Date(ctx.now.getTime() - 3_600_000)),
        inArray(auditLog.action, input.actions),
        eq(auditLog.ip, ctx.ip),
      ),
    );
  return n >= input.freePerHour;
}

/** Removes questions past their time (the hourly auth upkeep job). */
export async function purgeHumanChecks(ctx: Ctx): Promise<number> {
  const rows = await ctx.db
    .delete(humanChecks)
    .where(lt(humanChecks.expiresAt, ctx.now))
    .returning({ id: humanChecks.id });
  return rows.length;
}
