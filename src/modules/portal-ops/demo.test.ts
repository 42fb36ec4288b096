// The portal operations' demo: loaded once, feeds switched off (no request leaves the machine),
// only the valid, approved posts on the public board.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { seedDemoData } from '../org/index.ts';
import { makeArticles, makeColumns } from '../portal/index.ts';
import { loadPortalOpsDemoIfEmpty } from './demo.ts';
import { portalOpsFeeds } from './portal-ops.table.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-02T09:00:00+08:00',
    seed: async (ctx) => {
      await seedDemoData(ctx);
      const tree = await makeColumns(ctx, [
        { code: 'gnlydt', name: '国内林业动态', unit: 'HNLY-XXZX', category: 'news' },
        { code: 'schq', name: '市场行情', unit: 'HNLY-XXZX' },
      ]);
      await makeArticles(ctx, [
        { column: tree.column('gnlydt'), title: '全国林草工作会议召开', status: 'published' },
      ]);
    },
  });
});
afterAll(() => t.close());

describe('demo data', () => {
  it('loads once, with the feeds switched off', async () => {
    expect(await loadPortalOpsDemoIfEmpty(t.ctx())).toBe(true);
    expect(await loadPortalOpsDemoIfEmpty(t.ctx())).toBe(false);
    const feeds = await t.database.db.select().from(portalOpsFeeds);
    expect(feeds.map((f) => f.enabled)).toEqual([false, false]);
  });

  it('shows three valid approved posts on the board and a month of statistics', async () => {
    // Statistics first: the board page below is a public page view and is counted today.
    const stats = (await (await t.signIn('xinxi')).get('/api/portal-ops/stats')).json();
    expect(stats.series).toHaveLength(30);
    expect(stats.series.at(-1).views).toBe(0); // today: nothing counted yet
    expect(stats.series[0].views).toBeGreaterThan(1000);
    const page = await t.app.inject({
      method: 'GET',
      url: '/supply-demand',
      headers: { accept: 'text/html' },
    });
    expect(page.body).toContain('共 3 条');
    expect(page.body).not.toContain('油茶苗'); // pending
    expect(page.body).not.toContain('过期的苗木信息');
  });
});
