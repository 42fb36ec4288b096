// Periods counted in months (民法典 第二百零二条): the corresponding day of the later month, or its
// last day when it has none. Expected values read off a wall calendar.
import { describe, expect, it } from 'vitest';
import { addCalendarMonths } from './china-date.ts';

describe('addCalendarMonths', () => {
  it('lands on the corresponding day', () => {
    expect(addCalendarMonths('2026-09-28', 1)).toBe('2026-10-28');
    expect(addCalendarMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addCalendarMonths('2026-03-10', 12)).toBe('2027-03-10');
  });
  it('takes the last day of a month that has no corresponding day', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addCalendarMonths('2026-08-31', 3)).toBe('2026-11-30');
  });
});
