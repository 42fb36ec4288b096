// Due dates of statutory clocks from start + limit + events + the hand-typed 2026 calendar.
// Expected values counted by hand on a paper calendar (comments show the count).
import { describe, expect, it } from 'vitest';
import { CAL_2026 } from './calendar.fixtures.ts';
import { type ClockEventInput, deriveClockDue } from './clock-due.ts';

const at = (iso: string) => new Date(iso);
const ev = (
  kind: ClockEventInput['kind'],
  when: string,
  extra: Partial<ClockEventInput> = {},
): ClockEventInput => ({
  kind,
  at: at(when),
  amount: null,
  reason: '',
  approvedBy: null,
  ...extra,
});

// Monday 2026-03-02, 09:00 Beijing. March has no holidays: 3/3 Tu 1, 3/4 2, 3/5 3, 3/6 4, 3/9 5,
// 3/10 6, 3/11 7, 3/12 8, 3/13 9, 3/16 10, 3/17 11, 3/18 12, 3/19 13, 3/20 14, 3/23 15, 3/24 16,
// 3/25 17, 3/26 18, 3/27 19, 3/30 Mo 20, 3/31 21, 4/1 22, 4/2 Th 23, 4/3 Fr 24, 4/4–4/6 清明 —,
// 4/7 25, 4/8 26, 4/9 27, 4/10 28, 4/13 29, 4/14 30, 4/15 31, 4/16 32, 4/17 Fr 33.
const START = '2026-03-02T09:00:00+08:00';
const licence = { startedAt: at(START), limitValue: 20, limitUnit: 'workdays' as const };

describe('workday clocks', () => {
  it('20 working days from Monday 2026-03-02 fall due at the end of Monday 2026-03-30 (+08:00)', () => {
    const due = deriveClockDue(CAL_2026, { ...licence, events: [] });
    expect(due.dueAt?.toISOString()).toBe('2026-03-30T15:59:59.000Z');
    expect(due.dueError).toBeNull();
    expect(due.explanation.skippedWeekends).toHaveLength(8);
    expect(due.explanation.text).toContain('届满日为2026年3月30日（星期一），当日23:59:59（北京时间）前办结');
  });

  it('a pause from Wednesday 3/4 to Monday 3/9 does not count 3/5, 3/6 and 3/9: due Thursday 4/2', () => {
    const paused = deriveClockDue(CAL_2026, {
      ...licence,
      events: [ev('pause', '2026-03-04T10:00:00+08:00', { reason: '申请人补正材料' })],
    });
    // Still paused: the due date shown is the earliest it can be, and the text says it will move.
    expect(paused.dueAt?.toISOString()).toBe('2026-03-30T15:59:59.000Z');
    expect(paused.explanation.paused).toBe(true);
    expect(paused.explanation.text).toContain('尚未恢复');

    const resumed = deriveClockDue(CAL_2026, {
      ...licence,
      events: [
        ev('pause', '2026-03-04T10:00:00+08:00', { reason: '申请人补正材料' }),
        ev('resume', '2026-03-09T15:00:00+08:00'),
      ],
    });
    expect(resumed.dueAt?.toISOString()).toBe('2026-04-02T15:59:59.000Z');
    expect(resumed.explanation.pauses).toEqual([
      expect.objectContaining({
        fromDay: '2026-03-04',
        toDay: '2026-03-09',
        reason: '申请人补正材料',
        notCounted: 3,
        notCountedDays: ['2026-03-05', '2026-03-06', '2026-03-09'],
      }),
    ]);
    expect(resumed.explanation.text).toContain(
      '2026年3月4日暂停、2026年3月9日恢复，原因：申请人补正材料，不计入3个工作日（3月5日、3月6日、3月9日）',
    );
  });

  it('a pause and resume on the same day moves nothing', () => {
    const due = deriveClockDue(CAL_2026, {
      ...licence,
      events: [ev('pause', '2026-03-04T09:00:00+08:00'), ev('resume', '2026-03-04T17:00:00+08:00')],
    });
    expect(due.dueAt?.toISOString()).toBe('2026-03-30T15:59:59.000Z');
  });

  it('an extension of 10 on top of the pause crosses Qingming: due Friday 4/17', () => {
    const due = deriveClockDue(CAL_2026, {
      ...licence,
      events: [
        ev('pause', '2026-03-04T10:00:00+08:00', { reason: '申请人补正材料' }),
        ev('resume', '2026-03-09T15:00:00+08:00'),
        ev('extend', '2026-03-20T10:00:00+08:00', { amount: 10, approvedBy: '王厅长', reason: '情况复杂' }),
      ],
    });
    expect(due.dueAt?.toISOString()).toBe('2026-04-17T15:59:59.000Z');
    expect(due.explanation.extensions).toEqual([
      { at: '2026-03-20T02:00:00.000Z', amount: 10, approvedBy: '王厅长', reason: '情况复杂' },
    ]);
    expect(due.explanation.skippedHolidays.map((d) => d.day)).toEqual([
      '2026-04-04',
      '2026-04-05',
      '2026-04-06',
    ]);
    expect(due.explanation.text).toContain('延长10个工作日（批准人：王厅长，理由：情况复杂）');
    expect(due.explanation.text).toContain('共计数20 + 延长10 + 暂停顺延3 = 33个工作日');
    expect(due.explanation.text).toContain('清明（4月4日至4月6日，3天）');
  });

  it('takes the start day in Beijing: Friday 10/9 17:00 UTC is Saturday 10/10 01:00, an adjusted day', () => {
    // Day of receipt 10/10 (not counted); 10/11 is Sunday; day 1 is Monday 10/12.
    const due = deriveClockDue(CAL_2026, {
      startedAt: at('2026-10-09T17:00:00Z'),
      limitValue: 1,
      limitUnit: 'workdays',
      events: [],
    });
    expect(due.explanation.startDay).toBe('2026-10-10');
    expect(due.dueAt?.toISOString()).toBe('2026-10-12T15:59:59.000Z');
  });

  it('computes a provisional due date when it runs into 2027, and stores an error before 2025', () => {
    // Sunday 12/20: 12/21–12/25 (5), 12/28–12/31 (9); 2027 provisional: 1/1 元旦, 1/4–1/8 (14),
    // 1/11–1/15 (19), Monday 1/18 is day 20.
    const due = deriveClockDue(CAL_2026, {
      startedAt: at('2026-12-20T10:00:00+08:00'),
      limitValue: 20,
      limitUnit: 'workdays',
      events: [],
    });
    expect(due.dueAt?.toISOString()).toBe('2027-01-18T15:59:59.000Z');
    expect(due.explanation.provisional?.years).toEqual([2027]);
    // 2024 follows other rules: not guessed.
    const old = deriveClockDue(CAL_2026, {
      startedAt: at('2024-12-20T10:00:00+08:00'),
      limitValue: 5,
      limitUnit: 'workdays',
      events: [],
    });
    expect(old.dueAt).toBeNull();
    expect(old.dueError).toContain('2024年');
    expect(old.explanation.text).toContain('无法计算届满日');
  });
});

describe('calendar-day and hour clocks', () => {
  it('10 days from 9/20 end on Wednesday 9/30, a working day', () => {
    const due = deriveClockDue(CAL_2026, {
      startedAt: at('2026-09-20T10:00:00+08:00'),
      limitValue: 10,
      limitUnit: 'days',
      events: [],
    });
    expect(due.dueAt?.toISOString()).toBe('2026-09-30T15:59:59.000Z');
    expect(due.explanation.rolledFrom).toBeNull();
  });

  it('10 days from 9/21 end on 10/1, a holiday, so the last day moves to Thursday 10/8', () => {
    const due = deriveClockDue(CAL_2026, {
      startedAt: at('2026-09-21T10:00:00+08:00'),
      limitValue: 10,
      limitUnit: 'days',
      events: [],
    });
    expect(due.explanation.rolledFrom).toBe('2026-10-01');
    expect(due.dueAt?.toISOString()).toBe('2026-10-08T15:59:59.000Z');
    expect(due.explanation.text).toContain('顺延至其后第一个工作日');
  });

  it('4 hours from 09:00 with a 30-minute pause and a 2-hour extension end at 15:30', () => {
    const due = deriveClockDue(CAL_2026, {
      startedAt: at('2026-03-02T09:00:00+08:00'),
      limitValue: 4,
      limitUnit: 'hours',
      events: [
        ev('pause', '2026-03-02T10:00:00+08:00', { reason: '核实' }),
        ev('resume', '2026-03-02T10:30:00+08:00'),
        ev('extend', '2026-03-02T11:00:00+08:00', { amount: 2, approvedBy: '值班领导', reason: '续报' }),
      ],
    });
    expect(due.dueAt?.toISOString()).toBe('2026-03-02T07:30:00.000Z');
    expect(due.explanation.pauses[0].notCounted).toBe(30);
    expect(due.explanation.text).toContain('届满时间为2026年3月2日 15:30（北京时间）');
  });
});
