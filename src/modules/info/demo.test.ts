// The demo's information work: a year of items from every kind of unit, adoptions at every level,
// points that agree with the adoptions, units that missed weeks, and a queue waiting this week.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { seedDemoData } from '../org/index.ts';
import { loadInfoDemo } from './demo.ts';

let t: TestApp;
let loaded: boolean;
beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-12-07T09:00:00+08:00',
    seed: async (ctx) => {
      await seedDemoData(ctx);
      loaded = await loadInfoDemo(ctx);
    },
  });
  // A year of a province's items: a few seconds alone, longer on a loaded machine.
}, 180_000);
afterAll(() => t.close());

it('loads once: a year of items from divisions, affiliated units, city and county bureaus', async () => {
  expect(loaded).toBe(true);
  expect(await loadInfoDemo(t.ctx())).toBe(false);
  const byType = await t.database.query<{ type: string; units: number }>(
    `select u.type, count(distinct u.id)::int as units from info_items i join units u on u.id = i.unit_id
     group by u.type order by u.type`,
  );
  expect(byType.map((r) => r.type)).toEqual(['affiliated', 'city_bureau', 'county_bureau', 'division']);
  expect(byType.find((r) => r.type === 'city_bureau')?.units).toBe(18);
  const [span] = await t.database.query<{ days: number }>(
    'select extract(day from max(submitted_at) - min(submitted_at))::int as days from info_items',
  );
  expect(span.days).toBeGreaterThan(350);
});

it('adopts at every level, and every point comes from an adoption', async () => {
  const levels = await t.database.query<{ level: string }>(
    'select distinct level from info_adoptions order by level',
  );
  expect(levels.map((l) => l.level)).toEqual(['bulletin', 'central', 'nfga', 'province', 'website']);
  const [diff] = await t.database.query<{ a: number; p: number }>(
    'select (select sum(points) from info_adoptions)::int as a, (select sum(points) from info_points)::int as p',
  );
  expect(diff.a).toBe(diff.p);
});

it('has units that missed weeks, not-adopted items with reasons, and a queue this week', async () => {
  const [missed] = await t.database.query<{ n: number }>(
    `select count(*)::int as n from (
       select unit_id, count(distinct date_trunc('week', submitted_at at time zone 'Asia/Shanghai')) as weeks
       from info_items group by unit_id) w where weeks < 50`,
  );
  expect(missed.n).toBeGreaterThan(5);
  const [rejected] = await t.database.query<{ n: number; noReason: number }>(
    'select count(*)::int as n, count(*) filter (where review_note is null)::int as "noReason" from info_items where status = \'not_adopted\'',
  );
  expect(rejected.n).toBeGreaterThan(0);
  expect(rejected.noReason).toBe(0);
  const office = await t.signIn('office');
  const queue = (await office.get('/api/info/items?status=submitted,reviewing')).json();
  expect(queue.total).toBeGreaterThan(10);
});

it('has one emergency reported on time, with a follow-up and a final report on its timeline', async () => {
  const office = await t.signIn('office');
  const board = (await office.get('/api/info/emergencies')).json();
  expect(
    board.reports.map((r: { title: string; standingLabel: string; followUps: number }) => [
      r.title,
      r.standingLabel,
      r.followUps,
    ]),
  ).toEqual([['新郑市具茨山林区发生森林火情', '按时报送', 1]]);
  // 21:40 on 4 December, reported at 23:15, due at 01:40.
  expect(board.reports[0]).toMatchObject({
    eventAt: '2026-12-04T13:40:00.000Z',
    submittedAt: '2026-12-04T15:15:00.000Z',
    dueAt: '2026-12-04T17:40:00.000Z',
  });
  expect(board.reports[0].finalAt).not.toBeNull();
  const e = (await office.get(`/api/info/emergencies/${board.reports[0].id}`)).json();
  expect(e.reports.map((r: { kindLabel: string }) => r.kindLabel)).toEqual(['首报', '续报', '终报']);
  expect(e.events.map((x: { text: string }) => x.text)).toEqual([
    '报送突发事件信息（首报）',
    '报送续报（第1次）：新郑市具茨山林区火情续报：明火已扑灭',
    '报送终报：新郑市具茨山林区火情终报：火场清理完毕',
  ]);
});
