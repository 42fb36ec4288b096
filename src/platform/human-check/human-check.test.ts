// The human check: a correct answer is accepted once, in any of the ways people write it; a replayed,
// wrong, expired or unknown one is refused with a Chinese message naming the answer field. On
// PostgreSQL (`scripts/test-pg.ts`) a second instance's connection pool races for the same answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, openSecondInstance } from '../../../test/db.ts';
import { testConfig } from '../../config.ts';
import { type Ctx, systemCtx } from '../context.ts';
import { createSm4Cipher } from '../crypto/sm.ts';
import type { Database } from '../db/client.ts';
import { AppError } from '../errors.ts';
import {
  checkHumanAnswer,
  newHumanChallenge,
  normalizeAnswer,
  purgeHumanChecks,
  requireHuman,
  requireHumanCheck,
} from './human-check.ts';

const now = new Date('2026-03-02T09:00:00+08:00');
const later = (minutes: number): Date => new Date(now.getTime() + minutes * 60_000);
// random(n) answers from a script: the first call picks the kind, then the operands.
const scripted = (...values: number[]) => {
  let i = 0;
  return (_n: number) => values[i++];
};

let database: Database;
let ctx: Ctx;
const deps = {
  config: testConfig({}),
  cipher: createSm4Cipher('0123456789abcdeffedcba9876543210'),
  now: () => now,
};
beforeAll(async () => {
  database = await createTestDatabase();
  ctx = { ...systemCtx(database, deps), now };
});
afterAll(() => database.close());

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('human check', () => {
  it('asks a sum in Chinese numerals and accepts １２ once, then refuses the same answer', async () => {
    const c = await newHumanChallenge(ctx, scripted(0, 4, 6)); // 5 + 7
    expect(c.question).toBe('五加七等于几？（请填写数字）');
    await requireHuman(ctx, { id: c.id, answer: ' １２ ' });
    const replay = await refusal(requireHuman(ctx, { id: c.id, answer: '12' }));
    expect(replay).toMatchObject({
      code: 'HUMAN_CHECK_FAILED',
      status: 400,
      errors: [{ field: 'humanAnswer', message: '这道验证问题已经回答过，不能再次使用，请回答新的验证问题' }],
    });
  });

  it('accepts 十二 and 一十二 for 12, and a character of a familiar word', async () => {
    for (const a of ['十二', '一十二', '12']) {
      const c = await newHumanChallenge(ctx, scripted(0, 4, 6));
      expect(await checkHumanAnswer(ctx, { id: c.id, answer: a })).toBe('ok');
    }
    const w = await newHumanChallenge(ctx, scripted(1, 0, 2)); // 森林防火, the third
    expect(w.question).toBe('“森林防火”的第三个字是什么？');
    expect(await checkHumanAnswer(ctx, { id: w.id, answer: '防' })).toBe('ok');
  });

  it('uses a question up on a wrong answer: the right one after it is refused', async () => {
    const c = await newHumanChallenge(ctx, scripted(0, 2, 2)); // 3 + 3
    const wrong = await refusal(requireHuman(ctx, { id: c.id, answer: '7' }));
    expect(wrong.errors).toEqual([
      { field: 'humanAnswer', message: '验证问题回答不正确，请回答新的验证问题' },
    ]);
    expect(await checkHumanAnswer(ctx, { id: c.id, answer: '6' })).toBe('used');
  });

  it('refuses an answer after the question’s 30 minutes (the default setting)', async () => {
    const c = await newHumanChallenge(ctx, scripted(0, 0, 0)); // 1 + 1
    const d = await newHumanChallenge(ctx, scripted(0, 0, 0));
    expect(await checkHumanAnswer({ ...ctx, now: later(29) }, { id: c.id, answer: '2' })).toBe('ok');
    const expired = await refusal(requireHuman({ ...ctx, now: later(31) }, { id: d.id, answer: '2' }));
    expect(expired.message).toBe('验证问题已过期，请回答新的验证问题');
    // The hourly upkeep removes it; afterwards it is unknown.
    expect(await purgeHumanChecks({ ...ctx, now: later(31) })).toBeGreaterThanOrEqual(1);
    expect(await checkHumanAnswer(ctx, { id: d.id, answer: '2' })).toBe('unknown');
  });

  it('asks for an answer when there is none, and refuses a made-up id', async () => {
    const c = await newHumanChallenge(ctx, scripted(0, 0, 0));
    expect((await refusal(requireHuman(ctx, { id: c.id, answer: ' ' }))).message).toBe('请回答验证问题');
    // An empty answer does not use the question up.
    expect(await checkHumanAnswer(ctx, { id: c.id, answer: '2' })).toBe('ok');
    expect(await checkHumanAnswer(ctx, { id: 'not-a-uuid', answer: '2' })).toBe('unknown');
    expect(await checkHumanAnswer(ctx, { id: '00000000-0000-4000-8000-000000000000', answer: '2' })).toBe(
      'unknown',
    );
  });

  it('hands a new question with the refusal of a form that asks only after a few attempts', async () => {
    const c = await newHumanChallenge(ctx, scripted(0, 0, 0));
    await requireHumanCheck(ctx, { id: c.id, answer: '2' });
    const again = await refusal(requireHumanCheck(ctx, { id: c.id, answer: '2' }));
    expect(again.code).toBe('HUMAN_CHECK_REQUIRED');
    expect(again.message).toBe('这道验证问题已经回答过，不能再次使用，请回答新的验证问题');
    const next = (again.extra as { humanCheck: { id: string; question: string } }).humanCheck;
    expect(next.id).not.toBe(c.id);
    expect(next.question).toMatch(/？/);
  });

  it('takes one answer exactly once when two instances race for it', async () => {
    const second = await openSecondInstance(database);
    const other: Ctx = second ? { ...systemCtx(second, deps), now } : ctx;
    try {
      const c = await newHumanChallenge(ctx, scripted(0, 0, 0));
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          checkHumanAnswer(i % 2 ? other : ctx, { id: c.id, answer: '2' }),
        ),
      );
      expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'used')).toHaveLength(9);
    } finally {
      await second?.close();
    }
  });

  it('reads numerals as digits', () => {
    expect(normalizeAnswer('十')).toBe('10');
    expect(normalizeAnswer('十八')).toBe('18');
    expect(normalizeAnswer('九')).toBe('9');
  });
});
