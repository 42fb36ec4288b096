// Escalation ladders written as the administrator writes them, and when each step falls due,
// counted by hand on the 2026 schedule (10/1–10/7 National Day, Saturday 10/10 a working day).
import { describe, expect, it } from 'vitest';
import { CAL_2026 } from '../calendar/calendar.fixtures.ts';
import { formatLadder, leadBoundMs, parseLadder, stepFiresAt } from './ladder.ts';

const LADDER =
  '到期前提醒（届满前3个工作日，承办人）→ 到期提醒（届满当日，承办人）→ 催办（超期1个工作日，承办人、单位负责人）→ 督办（超期3个工作日，分管领导、办公室）';

describe('parseLadder', () => {
  it('reads the four steps, their times and their recipients, and writes them back', () => {
    const steps = parseLadder(LADDER);
    expect(steps).toEqual([
      { name: '到期前提醒', at: { unit: 'workdays', n: -3 }, to: ['handler'] },
      { name: '到期提醒', at: { unit: 'workdays', n: 0 }, to: ['handler'] },
      { name: '催办', at: { unit: 'workdays', n: 1 }, to: ['handler', 'unitHead'] },
      { name: '督办', at: { unit: 'workdays', n: 3 }, to: ['leader', 'office'] },
    ]);
    expect(formatLadder(steps as never)).toBe(LADDER.replace(/\s*→\s*/g, '→'));
  });

  it('reads hours and minutes for an emergency report, half-width brackets and commas too', () => {
    expect(
      parseLadder('提醒(届满前30分钟,承办人)→催报（届满时，承办人、单位负责人）→督报（超期2小时，办公室）'),
    ).toEqual([
      { name: '提醒', at: { unit: 'minutes', n: -30 }, to: ['handler'] },
      { name: '催报', at: { unit: 'minutes', n: 0 }, to: ['handler', 'unitHead'] },
      { name: '督报', at: { unit: 'minutes', n: 120 }, to: ['office'] },
    ]);
  });

  it('names the step and what is wrong with it', () => {
    expect(parseLadder('')).toBe('至少应有一个步骤');
    expect(parseLadder('催办（超期1个工作日，承办人）→督办（下周，分管领导）')).toContain(
      '第2步“督办”：“下周”不是可识别的时间',
    );
    expect(parseLadder('催办（超期1个工作日，科长）')).toBe(
      '第1步“催办”：接收人“科长”无法识别，应为承办人、单位负责人、分管领导或办公室',
    );
    expect(parseLadder('催办（超期1个工作日）')).toBe('第1步“催办”缺少接收人');
    expect(parseLadder('催办（超期1个工作日，承办人）→催办（超期2个工作日，承办人）')).toBe(
      '第2步：步骤名称“催办”重复',
    );
    expect(parseLadder('催办 超期1个工作日')).toContain(
      '第1步“催办 超期1个工作日”应写成“名称（时间，接收人）”',
    );
    expect(parseLadder('催办（超期0个工作日，承办人）')).toContain('应大于0');
  });
});

describe('stepFiresAt', () => {
  const steps = parseLadder(LADDER);
  if (typeof steps === 'string') throw new Error(steps);
  // Due Friday 2026-10-09, 23:59:59 Beijing time.
  const due = new Date('2026-10-09T23:59:59+08:00');
  const at = (i: number) => stepFiresAt(CAL_2026, steps[i], due).toISOString();

  it('counts working days back over National Day and forward onto the adjusted Saturday', () => {
    // 3 working days before 10/9: 10/8 (1), 9/30 (2), 9/29 (3) — 10/1–10/7 are off.
    expect(at(0)).toBe(new Date('2026-09-29T00:00:00+08:00').toISOString());
    expect(at(1)).toBe(new Date('2026-10-09T00:00:00+08:00').toISOString());
    // The first working day after 10/9 is Saturday 10/10 (调休上班).
    expect(at(2)).toBe(new Date('2026-10-10T00:00:00+08:00').toISOString());
    // 10/10 (1), 10/12 (2), 10/13 (3).
    expect(at(3)).toBe(new Date('2026-10-13T00:00:00+08:00').toISOString());
  });

  it('places hour steps on the due instant: 4 h report due 02:30, reminded 01:30, chased 04:30', () => {
    const hours = parseLadder('提醒（届满前1小时，承办人）→催报（超期2小时，单位负责人）');
    if (typeof hours === 'string') throw new Error(hours);
    const dueAt = new Date('2026-12-02T02:30:00+08:00');
    expect(stepFiresAt(CAL_2026, hours[0], dueAt).toISOString()).toBe('2026-12-01T17:30:00.000Z');
    expect(stepFiresAt(CAL_2026, hours[1], dueAt).toISOString()).toBe('2026-12-01T20:30:00.000Z');
    expect(leadBoundMs(hours)).toBe(3_600_000);
  });
});
