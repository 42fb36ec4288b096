import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../api/types.ts';
import { dayInfo, holidayBlocks, monthWeeks, nextHoliday } from './workdays.ts';

// The 2026 schedule (DOMAIN §2), Spring Festival and National Day only.
const DAYS_2026: CalendarDay[] = [
  { day: '2026-02-14', kind: 'workday', name: '春节' },
  ...['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d) => ({
    day: `2026-02-${d}`,
    kind: 'holiday' as const,
    name: '春节',
  })),
  { day: '2026-02-28', kind: 'workday', name: '春节' },
  { day: '2026-09-20', kind: 'workday', name: '国庆节' },
  ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({
    day: `2026-10-${d}`,
    kind: 'holiday' as const,
    name: '国庆节',
  })),
  { day: '2026-10-10', kind: 'workday', name: '国庆节' },
];

describe('is a day worked', () => {
  it('an adjusted Saturday is a working day, a holiday Monday is not, weekends otherwise rest', () => {
    expect(dayInfo('2026-02-14', DAYS_2026)).toEqual({
      day: '2026-02-14',
      working: true,
      kind: 'workday',
      name: '春节',
    });
    expect(dayInfo('2026-02-16', DAYS_2026)).toEqual({
      day: '2026-02-16',
      working: false,
      kind: 'holiday',
      name: '春节',
    });
    expect(dayInfo('2026-03-07', DAYS_2026)).toEqual({ day: '2026-03-07', working: false, kind: 'weekend' });
    expect(dayInfo('2026-03-09', DAYS_2026)).toEqual({ day: '2026-03-09', working: true, kind: 'weekday' });
  });
});

describe('holiday blocks', () => {
  it('groups consecutive days and names their adjusted working days', () => {
    expect(holidayBlocks(DAYS_2026)).toEqual([
      {
        name: '春节',
        start: '2026-02-15',
        end: '2026-02-23',
        days: 9,
        workdays: ['2026-02-14', '2026-02-28'],
      },
      {
        name: '国庆节',
        start: '2026-10-01',
        end: '2026-10-07',
        days: 7,
        workdays: ['2026-09-20', '2026-10-10'],
      },
    ]);
  });

  it('the next holiday is the one under way or the first after today', () => {
    expect(nextHoliday('2026-02-10', DAYS_2026)?.name).toBe('春节');
    expect(nextHoliday('2026-02-20', DAYS_2026)?.start).toBe('2026-02-15');
    expect(nextHoliday('2026-02-24', DAYS_2026)?.name).toBe('国庆节');
    expect(nextHoliday('2026-10-08', DAYS_2026)).toBeNull();
  });
});

describe('a month laid out Monday first', () => {
  it('February 2026 starts on a Sunday: six blanks, then 28 days in four more rows', () => {
    const weeks = monthWeeks(2026, 2).map((w) => w.map((c) => c.day));
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-02-01']);
    expect(weeks[1][0]).toBe('2026-02-02');
    expect(weeks).toHaveLength(5);
    expect(weeks[4]).toEqual([
      '2026-02-23',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      null,
    ]);
  });
});
