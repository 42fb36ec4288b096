// A human check (人机验证) that needs no third-party service and no JavaScript: a short question from a
// rotating set, answered in a text field of an ordinary form. Forms ask it only once an address has
// made more than a few attempts of the same kind in an hour (counted from the audit log), so people
// rarely see it. Public forms that take anonymous writes (registration, password reset, letters,
// disclosure applications) use it the same way:
//   if (await humanCheckNeeded(ctx, { actions: ['x.submit'], freePerHour })) {
//     await requireHumanCheck(ctx, input.humanCheck)  // throws HUMAN_CHECK_REQUIRED with a new question
//   }
// and render the question that the error carries (site/account/human-check-field.tsx).
import crypto from 'node:crypto';
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { auditLog } from '../audit/audit.table.ts';
import { auditKeyOf } from '../audit/audit-chain.ts';
import type { Ctx } from '../context.ts';
import { hmacSm3, sameDigest } from '../crypto/sm.ts';
import { AppError } from '../errors.ts';
import { humanChecks } from './auth.table.ts';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const VALID_MINUTES = 20;

export interface HumanQuestion {
  question: string;
  answers: string[];
}

/** The fixed questions; arithmetic in Chinese numerals fills the rest of the rotation. */
const FIXED: HumanQuestion[] = [
  { question: '一年有几个月？（请填数字）', answers: ['12', '十二'] },
  { question: '一个星期有几天？（请填数字）', answers: ['7', '七'] },
  { question: '“森林”两个字里一共有几个“木”字？（请填数字）', answers: ['5', '五'] },
  { question: '植树节在每年的几月？（请填数字）', answers: ['3', '三'] },
  { question: '请写出“林业局”三个字中的第一个字', answers: ['林'] },
  { question: '“河南省林业局”一共有几个汉字？（请填数字）', answers: ['6', '六'] },
];

/** One question of the rotation, at random: a fixed one or a sum in Chinese numerals, half and half. */
export function pickQuestion(random: (n: number) => number = crypto.randomInt): HumanQuestion {
  const i = random(FIXED.length * 2);
  if (i < FIXED.length) return FIXED[i];
  const a = 2 + random(8);
  const b = 1 + random(9);
  return { question: `${DIGITS[a]}加${DIGITS[b]}等于几？（请填阿拉伯数字）`, answers: [String(a + b)] };
}

function normalize(answer: string): string {
  return answer
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .trim();
}

const answerHash = (ctx: Ctx, id: string, answer: string) =>
  hmacSm3(auditKeyOf(ctx.deps.config), `human-check\u001f${id}\u001f${normalize(answer)}`);

export interface HumanChallenge {
  id: string;
  question: string;
}

/** Hands out a question; its answer is kept only as a keyed hash, for VALID_MINUTES. */
export async function issueHumanCheck(ctx: Ctx, q: HumanQuestion = pickQuestion()): Promise<HumanChallenge> {
  const id = crypto.randomUUID();
  // One keyed hash per accepted spelling of the answer (12 or 十二).
  await ctx.database.db.insert(humanChecks).values({
    id,
    answerHash: q.answers.map((a) => answerHash(ctx, id, a)).join(','),
    createdAt: ctx.now,
    expiresAt: new Date(ctx.now.getTime() + VALID_MINUTES * 60_000),
  });
  return { id, question: q.question };
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

/**
 * Checks an answer and uses the question up, right or wrong (one try each). Throws
 * HUMAN_CHECK_REQUIRED — carrying a new question in `humanCheck` — when there is no answer, it is
 * wrong, or the question has expired.
 */
export async function requireHumanCheck(
  ctx: Ctx,
  given: { id?: string; answer?: string } | undefined,
): Promise<void> {
  let reason = '请回答验证问题';
  if (given?.id && given.answer?.trim() && /^[0-9a-f-]{36}$/.test(given.id)) {
    const [row] = await ctx.database.db
      .update(humanChecks)
      .set({ usedAt: ctx.now })
      .where(
        and(eq(humanChecks.id, given.id), isNull(humanChecks.usedAt), gt(humanChecks.expiresAt, ctx.now)),
      )
      .returning({ answerHash: humanChecks.answerHash });
    const hash = answerHash(ctx, given.id, given.answer);
    if (row?.answerHash.split(',').some((h) => sameDigest(h, hash))) return;
    reason = row ? '验证问题的回答不对，请回答新的问题' : '验证问题已过期，请回答新的问题';
  }
  const next = await issueHumanCheck(ctx);
  throw new AppError('HUMAN_CHECK_REQUIRED', {
    message: reason,
    errors: [{ field: 'humanCheck', message: reason }],
    extra: { humanCheck: next },
  });
}

/** Removes questions past their time (called by the hourly upkeep job). */
export async function purgeHumanChecks(ctx: Ctx): Promise<number> {
  const rows = await ctx.db
    .delete(humanChecks)
    .where(sql`${humanChecks.expiresAt} < ${ctx.now}`)
    .returning({ id: humanChecks.id });
  return rows.length;
}
