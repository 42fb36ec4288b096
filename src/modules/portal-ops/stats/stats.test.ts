// Visit statistics from the public pages: views and unique visitors per day, per column and per
// article, without storing any address; yesterday's visitor marks are forgotten.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import { runJobNow } from '../../../platform/jobs/jobs.ts';
import { seedDemoData } from '../../org/index.ts';
import { makeArticles, makeColumns } from '../../portal/index.ts';
import { portalOpsDailySalts, portalOpsDailyStats, portalOpsVisitorMarks } from '../portal-ops.table.ts';
import { flushVisits } from './visit-recorder.ts';

let t: TestApp;
let a1 = '';
let a2 = '';
let st1 = '';

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0';
const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';
const EDGE = 'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Edg/130.0';
const BOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const IP_A = '203.0.113.7';
const IP_B = '198.51.100.9';

const visit = (url: string, ip: string, ua: string) =>
  t.app.inject({ method: 'GET', url, remoteAddress: ip, headers: { 'user-agent': ua, accept: 'text/html' } });

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-02T10:00:00+08:00',
    seed: async (ctx) => {
      await seedDemoData(ctx);
      const tree = await makeColumns(ctx, [
        { code: 'st1', name: '林业动态', unit: 'HNLY-XXZX', category: 'news' },
        { code: 'st2', name: '通知公告', unit: 'HNLY-BGS', category: 'notice' },
      ]);
      st1 = tree.column('st1').id;
      [a1, a2] = await makeArticles(ctx, [
        {
          column: tree.column('st1'),
          title: '全省春季造林进度过半',
          status: 'published',
          publishedAt: new Date('2026-03-01T10:00:00+08:00'),
        },
        {
          column: tree.column('st1'),
          title: '松材线虫病防控工作部署',
          status: 'published',
          publishedAt: new Date('2026-03-01T11:00:00+08:00'),
        },
        {
          column: tree.column('st2'),
          title: '关于公布古树名木名录的通知',
          status: 'published',
          publishedAt: new Date('2026-03-01T12:00:00+08:00'),
        },
      ]);
    },
  });
});
afterAll(() => t.close());

describe('counting visits', () => {
  it('counts views and unique visitors of the site, the column and each article for the day', async () => {
    // A: a1 twice and a2; B: a1 and the column page; C (A's address, another browser): a1.
    for (const [url, ip, ua] of [
      [`/articles/${a1}`, IP_A, FIREFOX],
      [`/articles/${a1}`, IP_A, FIREFOX],
      [`/articles/${a2}`, IP_A, FIREFOX],
      [`/articles/${a1}`, IP_B, CHROME],
      ['/columns/st1', IP_B, CHROME],
      [`/articles/${a1}`, IP_A, EDGE],
      [`/articles/${a1}`, IP_B, BOT], // a crawler: not a visitor
      ['/articles/00000000-0000-4000-8000-000000000000', IP_B, CHROME], // 404: not a view
    ] as const) {
      const res = await visit(url, ip, ua);
      expect([200, 404]).toContain(res.statusCode);
    }
    await flushVisits(t.database);
    const rows = await t.database.db.select().from(portalOpsDailyStats);
    const row = (scope: string, targetId: string) =>
      rows.find((r) => r.scope === scope && r.targetId === targetId);
    expect(row('site', '')).toMatchObject({ day: '2026-03-02', views: 6, visitors: 3 });
    expect(row('article', a1)).toMatchObject({ views: 4, visitors: 3 });
    expect(row('article', a2)).toMatchObject({ views: 1, visitors: 1 });
    // The column: its page and its articles.
    expect(row('column', st1)).toMatchObject({ views: 6, visitors: 3 });
  });

  it('stores no address: visitor marks are SM3 digests with the day’s salt', async () => {
    const marks = await t.database.db.select().from(portalOpsVisitorMarks);
    const stored = JSON.stringify([
      marks,
      await t.database.db.select().from(portalOpsDailyStats),
      await t.database.db.select().from(portalOpsDailySalts),
    ]);
    for (const ip of [IP_A, IP_B, '203.0.113', '198.51.100']) expect(stored).not.toContain(ip);
    expect(new Set(marks.map((m) => m.visitor)).size).toBe(3);
    for (const m of marks) expect(m.visitor).toMatch(/^[0-9a-f]{64}$/);
  });

  it('forgets yesterday’s marks and salt, and counts the same person again the next day', async () => {
    t.clock.set('2026-03-03T09:00:00+08:00');
    await visit(`/articles/${a2}`, IP_A, FIREFOX);
    await flushVisits(t.database);
    await runJobNow(t.database, t.deps, 'portal-visit-purge', { now: t.clock.now() });
    const marks = await t.database.db.select().from(portalOpsVisitorMarks);
    expect(new Set(marks.map((m) => m.day))).toEqual(new Set(['2026-03-03']));
    const salts = await t.database.db.select().from(portalOpsDailySalts);
    expect(salts.map((s) => s.day)).toEqual(['2026-03-03']);
  });
});

describe('the statistics page', () => {
  it('gives the series, totals, daily average and top articles for a period', async () => {
    const res = await (await t.signIn('xinxi')).get('/api/portal-ops/stats?from=2026-03-01&to=2026-03-03');
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.series).toEqual([
      { day: '2026-03-01', views: 0, visitors: 0 },
      { day: '2026-03-02', views: 6, visitors: 3 },
      { day: '2026-03-03', views: 1, visitors: 1 },
    ]);
    expect(s.totals).toEqual({ views: 7, visitors: 4 });
    // The clock is at 2026-03-03 09:00: the 3rd is still being counted, so the average is over the
    // 1st and 2nd, rounded: 6 views / 2 = 3, 3 visitors / 2 = 1.5 → 2.
    expect(s.partialDay).toBe('2026-03-03');
    expect(s.averageDays).toBe(2);
    expect(s.dailyAverage).toEqual({ views: 3, visitors: 2 });
    expect(s.topArticles.map((a: { title: string; views: number }) => [a.title, a.views])).toEqual([
      ['全省春季造林进度过半', 4],
      ['松材线虫病防控工作部署', 2],
    ]);
    expect(s.topColumns).toEqual([{ id: st1, name: '林业动态', views: 7, visitors: 4 }]);
  });

  it('gives one article’s days', async () => {
    const res = await (await t.signIn('xinxi')).get(
      `/api/portal-ops/stats?from=2026-03-02&to=2026-03-03&articleId=${a2}`,
    );
    expect(res.json()).toMatchObject({
      scope: 'article',
      target: { id: a2, name: '松材线虫病防控工作部署' },
      series: [
        { day: '2026-03-02', views: 1, visitors: 1 },
        { day: '2026-03-03', views: 1, visitors: 1 },
      ],
      dailyAverage: { views: 1, visitors: 1 },
    });
  });

  it('names the bad field and keeps the page from editors without the grant', async () => {
    const bad = await (await t.signIn('xinxi')).get('/api/portal-ops/stats?from=2026-03-05&to=2026-03-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ field: 'from', message: '开始日期不能晚于结束日期' }]);
    expect((await (await t.signIn('office')).get('/api/portal-ops/stats')).statusCode).toBe(403);
  });
});
