import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Calendar } from '../platform/calendar/index.ts';
import { describeToday, TodayLine } from './working-day.tsx';

// A slice of the published 2026 schedule: Spring Festival off 2/15–2/23, work Saturday 2/14.
const days = new Map<string, { kind: 'holiday' | 'workday'; name: string }>([
  ['2026-02-14', { kind: 'workday', name: '春节' }],
]);
for (let d = 15; d <= 23; d++) days.set(`2026-02-${d}`, { kind: 'holiday', name: '春节' });
const cal: Calendar = { years: new Set([2026]), days };

const line = (today: string) => {
  const notice = describeToday(cal, today);
  return notice ? renderToStaticMarkup(<TodayLine notice={notice} />) : null;
};

describe('working-day notice', () => {
  it('says an ordinary Monday is a working day', () => {
    expect(line('2026-03-02')).toBe('<p class="day-notice">今天是2026年3月2日（星期一），工作日。</p>');
  });

  it('names the holiday and gives the next working day', () => {
    expect(line('2026-02-16')).toBe(
      '<p class="day-notice">今天是2026年2月16日（星期一），春节假期。下一个工作日：2026年2月24日（星期二）。</p>',
    );
  });

  it('says an adjusted Saturday is a working day', () => {
    expect(line('2026-02-14')).toBe(
      '<p class="day-notice">今天是2026年2月14日（星期六），春节调休上班日。</p>',
    );
  });

  it('says an ordinary Saturday is a day off, with Monday next', () => {
    expect(line('2026-03-07')).toBe(
      '<p class="day-notice">今天是2026年3月7日（星期六），休息日。下一个工作日：2026年3月9日（星期一）。</p>',
    );
  });

  it('stays silent for a year the calendar does not know', () => {
    expect(line('2027-03-01')).toBeNull();
  });

  it('leaves out the next working day when it falls in an unknown year', () => {
    expect(line('2026-12-31')).toBe('<p class="day-notice">今天是2026年12月31日（星期四），工作日。</p>');
    expect(describeToday(cal, '2026-12-26')?.nextWorkingDay).toBe('2026-12-28');
  });
});
