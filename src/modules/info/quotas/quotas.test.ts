// The weekly quota across the 2026 National Day holiday, on the official calendar (国务院办公厅:
// 10月1日至7日放假, 9月20日（周日）、10月10日（周六）上班) and the Spring Festival (2月15日至23日放假,
// 2月14日、28日（周六）上班). Hand-computed, quota 1 a week (the default):
//  - week 9/21–9/27: 中秋节 (9/25–9/27) closes it early: the last working day is Thu 9/24;
//  - week 9/28–10/4: Mon–Wed are working days, so it counts; its last working day is Wed 9/30;
//  - week 10/5–10/11: 10/8, 10/9 and the make-up Saturday 10/10 are working days; the last is Sat 10/10;
//  - week 2/16–2/22: every day inside the Spring Festival holiday — not counted (节假日).
// 郑州市林业局 submits on 9/22 and 10/9 (met, missed, met); 森林资源管理处 submits nothing (missed,
// missed, and this week still open on 10/10). On Sat 10/10 from 15:00 (the setting) the division
// gets one reminder, once; 郑州, which has its item, none; Friday 10/9 is not the last working day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../../test/app.ts';
import { seedCalendarFromPackage } from '../../../platform/calendar/index.ts';
import { runJobNow } from '../../../platform/jobs/jobs.ts';
import { seedDemoData } from '../../org/index.ts';
import { makeItems } from '../info.factories.ts';

let t: TestApp;
let office: Client;
let city: Client;

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-10-10T10:00:00+08:00',
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
      const { tree } = await seedDemoData(ctx);
      const zz = tree.unit('C410100');
      await makeItems(ctx, [
        {
          unit: zz,
          title: '郑州市秋季造林整地工作全面展开',
          submittedAt: new Date('2026-09-22T10:00:00+08:00'),
        },
        {
          unit: zz,
          title: '郑州市国庆假期森林防火值守有序',
          submittedAt: new Date('2026-10-09T10:00:00+08:00'),
        },
        { unit: zz, title: '郑州市春节前后森林防火检查', submittedAt: new Date('2026-02-10T10:00:00+08:00') },
      ]);
    },
  });
  [office, city] = await Promise.all([t.signIn('office'), t.signIn('zhengzhou')]);
});
afterAll(() => t.close());

type Row = { unitName: string; cells: Array<{ monday: string; submitted: number; state: string }> };
const cellsOf = (rows: Row[], name: string) =>
  rows.find((r) => r.unitName.includes(name))?.cells.map((c) => `${c.monday} ${c.submitted} ${c.state}`);

describe('the compliance view, units × weeks', () => {
  it('counts the two National Day weeks, each with its own last working day', async () => {
    const res = await office.get('/api/info/quotas?from=2026-09-21&to=2026-10-10');
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json();
    expect(
      v.weeks.map((w: { monday: string; lastWorkingDay: string; counted: boolean }) => [
        w.monday,
        w.lastWorkingDay,
        w.counted,
      ]),
    ).toEqual([
      ['2026-09-21', '2026-09-24', true],
      ['2026-09-28', '2026-09-30', true],
      ['2026-10-05', '2026-10-10', true],
    ]);
    expect(cellsOf(v.rows, '郑州')).toEqual(['2026-09-21 1 met', '2026-09-28 0 missed', '2026-10-05 1 met']);
    expect(cellsOf(v.rows, '资源处')).toEqual([
      '2026-09-21 0 missed',
      '2026-09-28 0 missed',
      '2026-10-05 0 open',
    ]);
    // The office itself is not assessed.
    expect(v.rows.some((r: Row) => r.unitName === '办公室')).toBe(false);
  });

  it('does not count the Spring Festival week, wholly inside the holiday', async () => {
    const v = (await office.get('/api/info/quotas?from=2026-02-09&to=2026-02-23')).json();
    expect(
      v.weeks.map((w: { monday: string; lastWorkingDay: string | null }) => [w.monday, w.lastWorkingDay]),
    ).toEqual([
      ['2026-02-09', '2026-02-14'],
      ['2026-02-16', null],
      ['2026-02-23', '2026-02-28'],
    ]);
    expect(cellsOf(v.rows, '郑州')).toEqual([
      '2026-02-09 1 met',
      '2026-02-16 0 holiday',
      '2026-02-23 0 missed',
    ]);
  });

  it('is the office’s: a unit gets 403', async () => {
    expect((await city.get('/api/info/quotas')).statusCode).toBe(403);
  });
});

describe('the reminder on the last working day', () => {
  const reminded = async (username: string) =>
    (
      await t.database.query<{ n: number }>(
        `select count(*)::int as n from notifications n join accounts a on a.id = n.account_id
         where a.username = $1 and n.title like '政务信息周报送任务提醒%'`,
        [username],
      )
    )[0].n;
  const sweepAt = async (iso: string) => {
    t.clock.set(iso);
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
  };

  it('goes once, from 15:00 on Saturday 10/10, to the units still short', async () => {
    await sweepAt('2026-10-09T16:00:00+08:00');
    await sweepAt('2026-10-10T14:59:00+08:00');
    expect(await reminded('ziyuan')).toBe(0);
    await sweepAt('2026-10-10T15:00:00+08:00');
    await sweepAt('2026-10-10T16:30:00+08:00');
    expect(await reminded('ziyuan')).toBe(1);
    expect(await reminded('zhengzhou')).toBe(0);
    const [body] = await t.database.query<{ body: string; link: string }>(
      `select n.body, n.link from notifications n join accounts a on a.id = n.account_id
       where a.username = 'ziyuan' and n.title like '政务信息周报送任务提醒%'`,
    );
    expect(body).toEqual({
      body: '森林资源管理处本周应报送政务信息 1 条，已报送 0 条。今天是本周最后一个工作日，请及时报送。',
      link: '/admin/info/mine',
    });
  });
});
