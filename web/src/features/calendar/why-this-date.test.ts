// "Why this date", read as a person reads it: the December case whose statutory date runs into
// 2027 (暂定), and a clock with a pause and an extension. The explanations are written by hand
// from the counts (they are what the server sends), the expected lines too.
import { describe, expect, it } from 'vitest';
import type { ClockExplanation } from '../../api/types.ts';
import { dueLine, explanationRows } from './why-this-date.ts';

const NOTE =
  '2027年节假日安排尚未公布，按《全国年节及纪念日放假办法》（2024年修订）推算（含周末补假，不含调休），公布后将重新计算';

const base: ClockExplanation = {
  unit: 'workdays',
  limit: 20,
  startedAt: '2026-12-07T08:40:00.000Z', // 16:40 in Beijing
  startDay: '2026-12-07',
  extensions: [],
  extensionTotal: 0,
  pauses: [],
  pausedTotal: 0,
  paused: false,
  stopped: null,
  rolledFrom: null,
  dueDay: '2027-01-05',
  dueAt: '2027-01-05T15:59:59.000Z',
  provisional: { years: [2027], note: NOTE },
  error: null,
  text: '',
  skippedWeekends: [
    '2026-12-12',
    '2026-12-13',
    '2026-12-19',
    '2026-12-20',
    '2026-12-26',
    '2026-12-27',
    '2027-01-02',
    '2027-01-03',
  ],
  skippedHolidays: [{ day: '2027-01-01', name: '元旦' }],
  adjustedWorkdays: [],
};

describe('why this date', () => {
  it('walks the December case to 2027-01-05, naming the weekends and New Year’s Day it passed', () => {
    expect(explanationRows(base)).toEqual([
      { label: '起算', text: '2026年12月7日（星期一） 16:40 开始计时，当日不计入' },
      { label: '期限', text: '20个工作日' },
      {
        label: '跳过周末',
        text: '8天：12月12日、12月13日、12月19日、12月20日、12月26日、12月27日、2027年1月2日、2027年1月3日',
      },
      { label: '跳过节假日', text: '1天：元旦（2027年1月1日）' },
    ]);
    expect(dueLine(base)).toBe('2027年1月5日（星期二），当日 23:59:59（北京时间）前');
  });

  it('says what a pause and an extension took, and what an adjusted working day added', () => {
    const ex: ClockExplanation = {
      ...base,
      limit: 5,
      startedAt: '2026-09-21T01:00:00.000Z',
      startDay: '2026-09-21',
      extensions: [{ at: '2026-09-24T02:00:00.000Z', amount: 2, approvedBy: '王处长', reason: '需现场核实' }],
      extensionTotal: 2,
      pauses: [
        {
          from: '2026-09-22T01:00:00.000Z',
          to: '2026-09-23T01:00:00.000Z',
          fromDay: '2026-09-22',
          toDay: '2026-09-23',
          reason: '补正材料',
          notCounted: 1,
          notCountedUnit: 'workdays',
          notCountedDays: ['2026-09-23'],
        },
      ],
      pausedTotal: 1,
      skippedWeekends: ['2026-09-26'],
      skippedHolidays: [{ day: '2026-10-01', name: '国庆节' }],
      adjustedWorkdays: [{ day: '2026-09-27', name: '国庆节' }],
      provisional: null,
      dueDay: '2026-10-09',
      dueAt: '2026-10-09T15:59:59.000Z',
    };
    const rows = explanationRows(ex);
    expect(rows.find((r) => r.label === '期限')?.text).toBe('5个工作日，延长2个工作日，共7个工作日');
    expect(rows.find((r) => r.label === '延长')?.text).toBe(
      '2026-09-24 10:00延长2个工作日：需现场核实（王处长批准）',
    );
    expect(rows.find((r) => r.label === '暂停')?.text).toBe(
      '9月22日至9月23日：补正材料；不计入1个工作日（9月23日）',
    );
    expect(rows.find((r) => r.label === '计入调休上班日')?.text).toBe('9月27日（国庆节调休）');
  });

  it('gives an hours clock its instants, and a paused clock no date', () => {
    const hours: ClockExplanation = {
      ...base,
      unit: 'hours',
      limit: 4,
      startedAt: '2026-12-01T14:30:00.000Z',
      startDay: '2026-12-01',
      dueDay: null,
      dueAt: '2026-12-01T18:30:00.000Z',
      provisional: null,
      skippedWeekends: [],
      skippedHolidays: [],
    };
    expect(explanationRows(hours)).toEqual([
      { label: '起算', text: '自2026-12-01 22:30起计时' },
      { label: '期限', text: '4小时' },
    ]);
    expect(dueLine(hours)).toBe('2026-12-02 02:30');
    expect(dueLine({ ...base, paused: true, dueAt: null, dueDay: null })).toBe('暂停中，恢复计时后确定');
  });
});
