// A subject's clocks as one set: 补正 pauses them together, the materials' arrival resumes them
// together (from the day they arrived), closing stops them all; kinds narrow the set; dueDatesOf
// shows each date with 暂定 where it rests on an unpublished year. Dates counted by hand on the
// 2026 schedule (Qingming 4/4–4/6).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { seedCalendarFromPackage } from './calendar.service.ts';
import { dueDatesOf, pauseClocksOf, resumeClocksOf, stopClocksOf } from './clock-sets.service.ts';
import { startClock } from './clocks.service.ts';

let t: TestApp;
const CASE = { type: 'licence', id: 'XK-2026-0042' };

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-02T09:00:00+08:00',
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
    },
  });
  const start = (kind: string, label: string, value: number) =>
    startClock(t.ctx(), {
      subjectType: CASE.type,
      subjectId: CASE.id,
      kind,
      label,
      startedAt: t.clock.now(),
      limit: { value, unit: 'workdays' },
    });
  await start('test.statutory', '法定办理期限', 20);
  await start('test.promised', '承诺办结时限', 10);
  await start('test.certificate', '制证期限', 5);
});
afterAll(() => t.close());

// Started at the same instant, the clocks have no order among themselves: by due day, latest first.
const days = async (kinds?: string[]) =>
  (await dueDatesOf(t.ctx(), CASE, { kinds }))
    .map((d) => `${d.label} ${d.status} ${d.dueDay}`)
    .sort((a, b) => b.slice(-10).localeCompare(a.slice(-10)));

describe('clock sets by subject', () => {
  it('shows every clock of the subject with its due day', async () => {
    // From Monday 3/2: +20 = Monday 3/30, +10 = Monday 3/16, +5 = Monday 3/9.
    expect(await days()).toEqual([
      '法定办理期限 running 2026-03-30',
      '承诺办结时限 running 2026-03-16',
      '制证期限 running 2026-03-09',
    ]);
    const statutory = (await dueDatesOf(t.ctx(), CASE, { kinds: ['test.statutory'] }))[0];
    expect(statutory.provisional).toBeNull();
    expect(statutory.text).toContain('届满日为2026年3月30日（星期一）');
  });

  it('pauses and resumes the kinds asked for, and only those', async () => {
    t.clock.set('2026-03-04T10:00:00+08:00');
    const paused = await pauseClocksOf(t.ctx(), CASE, {
      reason: '补正材料',
      kinds: ['test.statutory', 'test.promised'],
    });
    expect(paused.map((c) => c.label).sort()).toEqual(['承诺办结时限', '法定办理期限']);
    // Pausing again changes nothing: both are paused already.
    expect(await pauseClocksOf(t.ctx(), CASE, { reason: '补正材料', kinds: ['test.statutory'] })).toEqual([]);

    // Materials arrived Monday 3/9 (entered 3/10): 3/5, 3/6, 3/9 not counted, +3 working days.
    t.clock.set('2026-03-10T09:00:00+08:00');
    const resumed = await resumeClocksOf(t.ctx(), CASE, {
      reason: '材料已补齐',
      at: new Date('2026-03-09T15:00:00+08:00'),
    });
    expect(resumed.map((c) => c.label).sort()).toEqual(['承诺办结时限', '法定办理期限']);
    // 3/30 + 3 = Thursday 4/2; 3/16 + 3 = Thursday 3/19. The certificate clock ran on.
    expect(await days()).toEqual([
      '法定办理期限 running 2026-04-02',
      '承诺办结时限 running 2026-03-19',
      '制证期限 running 2026-03-09',
    ]);
    expect(await days(['test.promised'])).toEqual(['承诺办结时限 running 2026-03-19']);
  });

  it('stops them all at the close, keeping their last dates', async () => {
    const stopped = await stopClocksOf(t.ctx(), CASE, { reason: '已办结' });
    expect(stopped).toHaveLength(3);
    expect(await stopClocksOf(t.ctx(), CASE, { reason: '已办结' })).toEqual([]);
    expect(await days()).toEqual([
      '法定办理期限 stopped 2026-04-02',
      '承诺办结时限 stopped 2026-03-19',
      '制证期限 stopped 2026-03-09',
    ]);
  });

  it('marks a date in 2027 as 暂定 with the reason', async () => {
    t.clock.set('2026-12-28T09:00:00+08:00');
    const next = { type: 'licence', id: 'XK-2026-0901' };
    await startClock(t.ctx(), {
      subjectType: next.type,
      subjectId: next.id,
      label: '法定办理期限',
      startedAt: t.clock.now(),
      limit: { value: 5, unit: 'workdays' },
    });
    // 12/29, 12/30, 12/31 (3); 1/1 元旦 (provisional); 1/4 (4), Tuesday 1/5 (5).
    const [d] = await dueDatesOf(t.ctx(), next);
    expect(d.dueDay).toBe('2027-01-05');
    expect(d.provisional?.years).toEqual([2027]);
  });
});
