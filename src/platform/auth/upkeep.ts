// Hourly upkeep of the sign-in tables: questions of the human check past their time, one-time codes
// a month after they ended, and failure counts of names nobody has tried for a day (locks included
// once they have run out).
import { and, isNull, lt, or, sql } from 'drizzle-orm';
import { loginFailures } from '../access/access.table.ts';
import { purgeHumanChecks } from '../human-check/index.ts';
import { registerJob } from '../jobs/jobs.ts';
import { oneTimeCodes } from './auth.table.ts';

export const AUTH_UPKEEP_JOB = 'auth-upkeep';

registerJob({
  name: AUTH_UPKEEP_JOB,
  lockId: 7_201_021,
  everyMs: 3_600_000,
  run: async (ctx, { log }) => {
    const questions = await purgeHumanChecks(ctx);
    const codes = await ctx.db
      .delete(oneTimeCodes)
      .where(lt(oneTimeCodes.expiresAt, new Date(ctx.now.getTime() - 30 * 86_400_000)))
      .returning({ id: oneTimeCodes.id });
    const dayAgo = new Date(ctx.now.getTime() - 86_400_000);
    const counts = await ctx.db
      .delete(loginFailures)
      .where(
        and(
          lt(loginFailures.lastFailureAt, dayAgo),
          or(isNull(loginFailures.lockedUntil), sql`${loginFailures.lockedUntil} < ${ctx.now}`),
        ),
      )
      .returning({ username: loginFailures.username });
    if (questions + codes.length + counts.length)
      log.info(
        { job: AUTH_UPKEEP_JOB, questions, codes: codes.length, failureCounts: counts.length },
        '登录相关的过期记录已清理',
      );
  },
});
