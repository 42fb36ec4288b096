// The provisional calendar, checked against dates read off a printed 2027 calendar (农历: 除夕 is
// 2月5日, 春节 2月6日; 端午 6月9日; 中秋 9月15日; 清明 4月5日) and weekdays counted by hand from
// 2027-01-01, a Friday. Article 6: a holiday day on a Saturday or Sunday is made up on the next
// working days after the holiday.
import { describe, expect, it } from 'vitest';
import { CAL_2026 } from './calendar.fixtures.ts';
import { deriveClockDue } from './clock-due.ts';
import { provisionalYear } from './provisional.ts';
import { isWorkingDay, makeCalendar, walkWorkingDays } from './working-days.ts';

const days = (year: number) => provisionalYear(year).days.map((d) => `${d.day} ${d.name}`);

describe('the provisional calendar of 2027', () => {
  it('has the seven holidays and the days made up for those on a weekend', () => {
    expect(days(2027)).toEqual([
      '2027-01-01 元旦', // Friday
      '2027-02-05 春节', // 除夕, Friday
      '2027-02-06 春节', // 初一, Saturday
      '2027-02-07 春节', // 初二, Sunday
      '2027-02-08 春节', // 初三, Monday
      '2027-02-09 春节补假', // for Saturday 6
      '2027-02-10 春节补假', // for Sunday 7
      '2027-04-05 清明节', // Monday
      '2027-05-01 劳动节', // Saturday
      '2027-05-02 劳动节', // Sunday
      '2027-05-03 劳动节补假',
      '2027-05-04 劳动节补假',
      '2027-06-09 端午节', // Wednesday
      '2027-09-15 中秋节', // Wednesday
      '2027-10-01 国庆节', // Friday
      '2027-10-02 国庆节',
      '2027-10-03 国庆节',
      '2027-10-04 国庆节补假',
      '2027-10-05 国庆节补假',
    ]);
    const why = provisionalYear(2027).days.filter((d) => d.day >= '2027-02-05' && d.day <= '2027-02-10');
    expect(why.map((d) => d.why)).toEqual([
      '农历除夕',
      '农历正月初一',
      '农历正月初二',
      '农历正月初三',
      '补2月6日（星期六）',
      '补2月7日（星期日）',
    ]);
  });

  it('counts nothing from 2027-02-05 to 02-10; Thursday 02-11 is the first working day after', () => {
    for (const d of ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10'])
      expect(isWorkingDay(CAL_2026, d)).toBe(false);
    expect(isWorkingDay(CAL_2026, '2027-02-04')).toBe(true);
    expect(isWorkingDay(CAL_2026, '2027-02-11')).toBe(true);
    // Thursday 2/4 + 1 working day = Thursday 2/11.
    const walk = walkWorkingDays(CAL_2026, '2027-02-04', 1);
    expect(walk.due).toBe('2027-02-11');
    expect(walk.provisionalYears).toEqual([2027]);
  });

  it('gives each of two holidays on one day its own day: 2028 中秋 on 国庆 10月3日', () => {
    // 2028-10-01 is a Sunday: 10/1 (Sun) is made up on Wednesday 10/4, 中秋 (10/3) on Thursday 10/5.
    expect(days(2028).filter((d) => d.startsWith('2028-10'))).toEqual([
      '2028-10-01 国庆节',
      '2028-10-02 国庆节',
      '2028-10-03 国庆节',
      '2028-10-04 国庆节补假',
      '2028-10-05 中秋节补假',
    ]);
    // 2028-01-01 is a Saturday: made up on Monday 1/3.
    expect(days(2028).slice(0, 2)).toEqual(['2028-01-01 元旦', '2028-01-03 元旦补假']);
  });
});

describe('a clock across the year end, December 2026', () => {
  it('20 working days from Monday 2026-12-07 fall due on 2027-01-05, 暂定', () => {
    // Day 1 is Tuesday 12/8: 12/8–12/11 (4), 12/14–18 (9), 12/21–25 (14), 12/28–31 (18);
    // 1/1 元旦, 1/2–1/3 weekend; Monday 1/4 is day 19, Tuesday 1/5 day 20.
    const due = deriveClockDue(CAL_2026, {
      startedAt: new Date('2026-12-07T10:00:00+08:00'),
      limitValue: 20,
      limitUnit: 'workdays',
      events: [],
    });
    expect(due.dueAt?.toISOString()).toBe('2027-01-05T15:59:59.000Z');
    expect(due.dueError).toBeNull();
    expect(due.explanation.provisional?.years).toEqual([2027]);
    expect(due.explanation.provisional?.note).toBe(
      '2027年节假日安排尚未公布，按《全国年节及纪念日放假办法》（2024年修订）推算（含周末补假，不含调休），公布后将重新计算',
    );
    expect(due.explanation.text).toContain('届满日暂定为2027年1月5日（星期二）');
  });

  it('with an official 2027 that makes Saturday 1/2 a working day, the same clock is due 1/4, final', () => {
    const cal = makeCalendar(
      [2026, 2027],
      [...CAL_2026.days.entries()]
        .map(([day, d]) => ({ day, ...d }))
        .concat([
          { day: '2027-01-01', kind: 'holiday', name: '元旦' },
          { day: '2027-01-02', kind: 'workday', name: '元旦' },
        ]),
    );
    const due = deriveClockDue(cal, {
      startedAt: new Date('2026-12-07T10:00:00+08:00'),
      limitValue: 20,
      limitUnit: 'workdays',
      events: [],
    });
    // Saturday 1/2 is day 19, Monday 1/4 day 20.
    expect(due.dueAt?.toISOString()).toBe('2027-01-04T15:59:59.000Z');
    expect(due.explanation.provisional).toBeNull();
    expect(due.explanation.text).toContain('届满日为2027年1月4日（星期一）');
  });

  it('an hours clock never depends on the calendar: 4 h from 2026-12-31 22:30 is 2027-01-01 02:30', () => {
    const due = deriveClockDue(CAL_2026, {
      startedAt: new Date('2026-12-31T22:30:00+08:00'),
      limitValue: 4,
      limitUnit: 'hours',
      events: [],
    });
    expect(due.dueAt?.toISOString()).toBe('2026-12-31T18:30:00.000Z');
    expect(due.explanation.provisional).toBeNull();
  });
});
