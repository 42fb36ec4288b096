// Working-day arithmetic against the 2026 schedule of DOMAIN.md §2 (published 2025-11-04), typed
// in by hand here rather than read from the package, and expected values counted on a paper calendar.
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { CAL_2026 } from './calendar.fixtures.ts';
import { chinaDay, endOfChinaDay, isValidDay } from './china-date.ts';
import {
  addWorkingDays,
  describeWalk,
  isWorkingDay,
  makeCalendar,
  walkWorkingDays,
  workingDaysBetween,
} from './working-days.ts';

describe('isWorkingDay', () => {
  it('follows the week, the holidays and the adjusted Saturdays and Sundays', () => {
    expect(isWorkingDay(CAL_2026, '2026-03-03')).toBe(true); // Tuesday
    expect(isWorkingDay(CAL_2026, '2026-03-07')).toBe(false); // Saturday
    expect(isWorkingDay(CAL_2026, '2026-10-05')).toBe(false); // Monday in National Day
    expect(isWorkingDay(CAL_2026, '2026-02-14')).toBe(true); // Saturday, 春节调休
    expect(isWorkingDay(CAL_2026, '2026-09-20')).toBe(true); // Sunday, 国庆节调休
  });

  it('refuses to guess about a year that neither the calendar nor the 2024 rules describe', () => {
    // The 2024 amendment applies from 2025; 2024 had other rules (Spring Festival 3 days).
    expect(() => isWorkingDay(CAL_2026, '2024-03-04')).toThrow(/2024年/);
  });
});

describe('addWorkingDays (the day of receipt is not counted)', () => {
  it('2026-09-30 + 1 = 2026-10-08, over the whole National Day holiday', () => {
    const walk = walkWorkingDays(CAL_2026, '2026-09-30', 1);
    expect(walk.due).toBe('2026-10-08');
    expect(walk.skippedHolidays.map((d) => d.day)).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]);
    expect(walk.skippedHolidays.every((d) => d.name === '国庆节')).toBe(true);
    expect(walk.skippedWeekends).toEqual([]);
    expect(describeWalk(walk)).toBe(
      '自2026年9月30日（星期三）起算（当日不计入，次一工作日为第1个工作日），计1个工作日。' +
        '跳过法定节假日7天：国庆节（10月1日至10月7日，7天）。第1个工作日为2026年10月8日（星期四）。',
    );
  });

  it('2026-02-13 (Friday) + 1 = 2026-02-14, the adjusted Saturday', () => {
    const walk = walkWorkingDays(CAL_2026, '2026-02-13', 1);
    expect(walk.due).toBe('2026-02-14');
    expect(walk.adjustedWorkdays).toEqual([{ day: '2026-02-14', name: '春节' }]);
  });

  it('2026-10-09 (Friday) + 1 = 2026-10-10, the adjusted Saturday', () => {
    expect(addWorkingDays(CAL_2026, '2026-10-09', 1)).toBe('2026-10-10');
  });

  it('counts across the Spring Festival', () => {
    // From Thursday 2/12: 2/13 Fri (1), 2/14 Sat adjusted (2), 2/15–2/23 off,
    // 2/24 Tue (3), 2/25 Wed (4), 2/26 Thu (5).
    expect(addWorkingDays(CAL_2026, '2026-02-12', 5)).toBe('2026-02-26');
    // 2/13, 2/14, 2/24, 2/25, 2/26, 2/27 and the adjusted Saturday 2/28.
    expect(workingDaysBetween(CAL_2026, '2026-02-12', '2026-02-28')).toBe(7);
  });

  it('20 working days from Monday 2026-09-14 is Friday 2026-10-16', () => {
    // Paper calendar, September–October 2026:
    //   9/15 Tu 1, 9/16 We 2, 9/17 Th 3, 9/18 Fr 4, 9/19 Sa —, 9/20 Su 5 (调休上班),
    //   9/21 Mo 6, 9/22 Tu 7, 9/23 We 8, 9/24 Th 9, 9/25–9/27 中秋 —,
    //   9/28 Mo 10, 9/29 Tu 11, 9/30 We 12, 10/1–10/7 国庆节 —,
    //   10/8 Th 13, 10/9 Fr 14, 10/10 Sa 15 (调休上班), 10/11 Su —,
    //   10/12 Mo 16, 10/13 Tu 17, 10/14 We 18, 10/15 Th 19, 10/16 Fr 20.
    const walk = walkWorkingDays(CAL_2026, '2026-09-14', 20);
    expect(walk.due).toBe('2026-10-16');
    expect(walk.skippedWeekends).toEqual(['2026-09-19', '2026-10-11']);
    expect(walk.skippedHolidays).toHaveLength(10);
    expect(walk.adjustedWorkdays.map((d) => d.day)).toEqual(['2026-09-20', '2026-10-10']);
    expect(workingDaysBetween(CAL_2026, '2026-09-14', '2026-10-16')).toBe(20);
    const text = describeWalk(walk);
    expect(text).toContain('跳过周末2天（9月19日、10月11日）');
    expect(text).toContain('中秋（9月25日至9月27日，3天）、国庆节（10月1日至10月7日，7天）');
    expect(text).toContain('调休上班日9月20日（星期日，国庆节调休）、10月10日（星期六，国庆节调休）照常计入');
    expect(text).toContain('第20个工作日为2026年10月16日（星期五）');
  });

  it('New Year: from 2025-12-31, the first working day is the adjusted Sunday 2026-01-04', () => {
    expect(addWorkingDays(CAL_2026, '2025-12-31', 1)).toBe('2026-01-04');
  });

  it('0 working days is the day itself', () => {
    expect(addWorkingDays(CAL_2026, '2026-10-03', 0)).toBe('2026-10-03');
  });

  it('counts across the year end into 2027 on the provisional calendar, and says so', () => {
    // 2026-12-30 is a Wednesday: +1 is Thursday 12/31; 2027-01-01 (Friday) is 元旦, 1/2–1/3 the
    // weekend, so +2 is Monday 2027-01-04, provisional since 2027 has no official schedule here.
    expect(walkWorkingDays(CAL_2026, '2026-12-30', 1).provisionalYears).toEqual([]);
    const walk = walkWorkingDays(CAL_2026, '2026-12-30', 2);
    expect(walk.due).toBe('2027-01-04');
    expect(walk.provisionalYears).toEqual([2027]);
    expect(walk.skippedHolidays).toEqual([{ day: '2027-01-01', name: '元旦' }]);
    expect(describeWalk(walk)).toContain(
      '第2个工作日为2027年1月4日（星期一）（暂定：2027年节假日安排尚未公布',
    );
  });

  it('throws CALENDAR_YEAR_MISSING naming a year before the 2024 rules rather than guessing', () => {
    // 2024-12-30 (Monday) + 1 is 12/31, in 2024.
    let error: unknown;
    try {
      walkWorkingDays(makeCalendar([], []), '2024-12-30', 2);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CALENDAR_YEAR_MISSING');
    expect((error as AppError).message).toContain('2024年');
  });
});

describe('workingDaysBetween', () => {
  it('is 0 for the same day, negative backwards, and excludes the first day', () => {
    expect(workingDaysBetween(CAL_2026, '2026-03-02', '2026-03-02')).toBe(0);
    expect(workingDaysBetween(CAL_2026, '2026-03-02', '2026-03-09')).toBe(5); // Tue–Fri + Mon
    expect(workingDaysBetween(CAL_2026, '2026-03-09', '2026-03-02')).toBe(-5);
  });
});

describe('China dates', () => {
  it('takes the date in Beijing, not in UTC or the server zone', () => {
    expect(chinaDay(new Date('2026-09-30T15:59:59Z'))).toBe('2026-09-30');
    expect(chinaDay(new Date('2026-09-30T16:00:00Z'))).toBe('2026-10-01');
    expect(endOfChinaDay('2026-10-08').toISOString()).toBe('2026-10-08T15:59:59.000Z');
    expect(isValidDay('2026-02-29')).toBe(false);
    expect(isValidDay('2028-02-29')).toBe(true);
  });
});
