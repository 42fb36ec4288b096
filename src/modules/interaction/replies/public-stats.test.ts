// The public monthly figures of /letters, computed by hand on a small fixture of letters answered
// on controlled days (working days counted on the platform calendar of 2026):
//   A 厅长信箱  received Wed 4 Mar, answered Mon 9 Mar: Thu 5, Fri 6, Mon 9 = 3 days, due Wed 11 → on time
//   B 专家咨询  received Thu 12 Mar, answered Fri 27 Mar: 13, 16–20, 23–27 = 11 days, due Thu 19 → late
//   C 厅长信箱  received Mon 30 Mar, answered Wed 1 Apr: Tue 31, Wed 1 = 2 days → on time
//   D 网上举报  received and answered in March: never in the public figures
//   F 厅长信箱  received Thu 5 Mar, merged into A as a duplicate: not counted as received
//   E 厅长信箱  received Thu 2 Apr, routed to 办公室, still open on 20 April: past its due day
// March: received A B C = 3, answered A B = 2, on time 1 of 2 = 50%, average (3 + 11) ÷ 2 = 7.
// April: received E = 1, answered C = 1, on time 100%, average 2.
// Ratings (workbench only): A 满意 on 10 Mar, B 基本满意 on 30 Mar, C 不满意 on 2 Apr.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import { seedCalendarFromPackage } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { seedDemoData } from '../../org/index.ts';
import {
  actingAs,
  answerLetter,
  at,
  rateLetter,
  type Staff,
  trackLetter,
  unitId,
  writeLetter,
} from '../interaction.factories.ts';
import { acceptLetter, mergeLetter } from '../letters/handle-letter.ts';
import { publicMonthlyStats } from './public-replies.ts';

let t: TestApp;
let staff: Staff;
let discipline: Ctx;

const d = (s: string) => new Date(`${s}+08:00`);

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-04-20T09:00:00+08:00',
    seed: async (ctx) => {
      await seedDemoData(ctx);
      await seedCalendarFromPackage(ctx);
    },
  });
  staff = {
    office: await actingAs(t.ctx(), 'office'),
    drafter: await actingAs(t.ctx(), 'ziyuan'),
    head: await actingAs(t.ctx(), 'chuzhang'),
  };
  discipline = await actingAs(t.ctx(), 'jijian');
  const write = (when: string, channel: 'mailbox' | 'consult' | 'report', subject: string) =>
    writeLetter(at(t.ctx(), d(when)), { channel, subject });
  const answerOn = (id: string, day: string) =>
    answerLetter(
      staff,
      id,
      {},
      {
        accept: d(`${day}T08:30:00`),
        draft: d(`${day}T09:00:00`),
        approve: d(`${day}T10:00:00`),
        office: d(`${day}T11:00:00`),
      },
    );

  const a = await write('2026-03-04T09:00:00', 'mailbox', '甲');
  await answerOn(a.id, '2026-03-09');
  const b = await write('2026-03-12T09:00:00', 'consult', '乙');
  await answerOn(b.id, '2026-03-27');
  const c = await write('2026-03-30T09:00:00', 'mailbox', '丙');
  await answerOn(c.id, '2026-04-01');
  const report = await write('2026-03-10T09:00:00', 'report', '丁');
  await answerLetter(
    { office: discipline, drafter: discipline, head: discipline },
    report.id,
    { unitCode: 'HNLY-BGS' },
    { accept: d('2026-03-10T10:00:00'), draft: d('2026-03-10T11:00:00'), approve: d('2026-03-10T12:00:00') },
  );
  const f = await write('2026-03-05T09:00:00', 'mailbox', '戊');
  await mergeLetter(at(staff.office, d('2026-03-05T10:00:00')), { id: f.id, intoNumber: a.number });
  const e = await write('2026-04-02T09:00:00', 'mailbox', '己');
  await acceptLetter(at(staff.office, d('2026-04-02T10:00:00')), {
    id: e.id,
    unitId: await unitId(t.ctx(), 'HNLY-BGS'),
  });
  const rate = async (w: typeof a, when: string, rating: 'satisfied' | 'fair' | 'unsatisfied') => {
    const ctx = at(t.ctx(), d(when));
    const { token } = await trackLetter(ctx, { code: w.receiptCode, password: w.password });
    await rateLetter(ctx, { token, rating });
  };
  await rate(a, '2026-03-10T09:00:00', 'satisfied');
  await rate(b, '2026-03-30T09:00:00', 'fair');
  await rate(c, '2026-04-02T09:00:00', 'unsatisfied');
});
afterAll(() => t.close());

describe('public monthly figures', () => {
  it('count received, answered, on-time rate and average working days per month', async () => {
    const rows = await publicMonthlyStats(t.ctx());
    expect(rows).toHaveLength(12);
    expect(rows[0].month).toBe('2025-05');
    expect(rows.slice(-2)).toEqual([
      {
        month: '2026-03',
        received: 3,
        answered: 2,
        onTime: 1,
        onTimeRate: 50,
        avgWorkdays: 7,
        sumWorkdays: 14,
      },
      {
        month: '2026-04',
        received: 1,
        answered: 1,
        onTime: 1,
        onTimeRate: 100,
        avgWorkdays: 2,
        sumWorkdays: 2,
      },
    ]);
    expect(rows[9]).toEqual({
      month: '2026-02',
      received: 0,
      answered: 0,
      onTime: 0,
      onTimeRate: null,
      avgWorkdays: null,
      sumWorkdays: 0,
    });
  });

  it('show on /letters, newest month first, with the formula', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/letters', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(200);
    const rows = [...res.body.matchAll(/<tr><th scope="row">([^<]+)<\/th>((?:<td>[^<]*<\/td>)+)<\/tr>/g)].map(
      (m) => [m[1], ...[...m[2].matchAll(/<td>([^<]*)<\/td>/g)].map((c) => c[1])],
    );
    expect(rows.slice(0, 3)).toEqual([
      ['2026年4月', '1', '1', '100%', '2'],
      ['2026年3月', '3', '2', '50%', '7'],
      ['2026年2月', '0', '0', '—', '—'],
    ]);
    expect(rows).toHaveLength(6);
    expect(res.body).toContain('按期答复率 = 当月在答复期限内答复的封数 ÷ 当月答复的封数 × 100%');
    const full = await t.app.inject({
      method: 'GET',
      url: '/letters/stats',
      headers: { accept: 'text/html' },
    });
    expect(full.body.match(/<th scope="row">/g)).toHaveLength(12);
    expect(full.body).toContain('平均用时 = 当月每封答复来信的用时之和 ÷ 当月答复的封数');
  });
});

describe('the workbench statistics', () => {
  it('add the ratings and the units, without reports for a reader who may not see them', async () => {
    const office = await t.signIn('office');
    const res = await office.get('/api/interaction/stats');
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.channels.map((c: { code: string }) => c.code)).not.toContain('report');
    expect(s.months.slice(-2)).toEqual([
      {
        month: '2026-03',
        received: 3,
        answered: 2,
        onTime: 1,
        onTimeRate: 50,
        avgWorkdays: 7,
        sumWorkdays: 14,
        satisfied: 1,
        fair: 1,
        unsatisfied: 0,
      },
      {
        month: '2026-04',
        received: 1,
        answered: 1,
        onTime: 1,
        onTimeRate: 100,
        avgWorkdays: 2,
        sumWorkdays: 2,
        satisfied: 0,
        fair: 0,
        unsatisfied: 1,
      },
    ]);
    // 2 of 3 on time; (3 + 11 + 2) ÷ 3 = 5.33…; (满意 1 + 基本满意 1) ÷ 3 rated.
    expect(s.totals).toEqual({
      received: 4,
      answered: 3,
      onTimeRate: 66.7,
      avgWorkdays: 5.3,
      rated: 3,
      satisfactionRate: 66.7,
    });
    // The unit with an overdue letter first; the report handled by 办公室 is not counted.
    expect(s.units.map((u: Record<string, unknown>) => ({ ...u, unitId: undefined }))).toEqual([
      {
        unitName: '办公室',
        answered: 0,
        onTimeRate: null,
        avgWorkdays: null,
        open: 1,
        overdue: 1,
        unitId: undefined,
      },
      {
        unitName: '森林资源管理处',
        answered: 3,
        onTimeRate: 66.7,
        avgWorkdays: 5.3,
        open: 0,
        overdue: 0,
        unitId: undefined,
      },
    ]);
    const byChannel = (await office.get('/api/interaction/stats?channel=consult')).json();
    expect(byChannel.totals).toMatchObject({ received: 1, answered: 1, onTimeRate: 0, avgWorkdays: 11 });
  });

  it('are refused without the statistics permission', async () => {
    const drafter = await t.signIn('ziyuan');
    expect((await drafter.get('/api/interaction/stats')).statusCode).toBe(403);
  });
});
