// Times as staff read them: Beijing time (UTC+8) whatever the browser's zone.
import { describe, expect, it } from 'vitest';
import { formatClock, formatDocumentDate, formatTime } from './format.ts';

describe('formatClock', () => {
  it('gives the time of day in Beijing', () => {
    expect(formatClock('2026-12-07T07:16:00Z')).toBe('15:16');
    expect(formatClock('2026-12-07T16:30:00Z')).toBe('00:30'); // already the 8th in Beijing
    expect(formatTime('2026-12-07T16:30:00Z')).toBe('2026-12-08 00:30');
  });
  it('says — when there is no time', () => {
    expect(formatClock(null)).toBe('—');
    expect(formatClock('not a time')).toBe('—');
  });
});

describe('formatDocumentDate', () => {
  it('prints the Beijing date as an official document does, without leading zeros', () => {
    expect(formatDocumentDate('2026-12-07T16:30:00Z')).toBe('2026年12月8日');
    expect(formatDocumentDate('2026-03-01T23:59:00Z')).toBe('2026年3月2日');
    expect(formatDocumentDate(null)).toBe('—');
  });
});
