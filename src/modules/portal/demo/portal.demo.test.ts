// The demo site reproduces the seed's portal: 13 / 71 / 95 columns, each with a responsible unit,
// and articles dated so that the freshness monitor has fresh, stale and empty columns to show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import { seedDemoData } from '../../org/index.ts';
import { type PortalDemo, seedPortalDemo } from './portal.demo.ts';

let t: TestApp;
let demo: PortalDemo;

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-02T10:00:00+08:00',
    seed: async (ctx) => {
      await seedDemoData(ctx);
      const started = Date.now();
      demo = await seedPortalDemo(ctx);
      console.log(`portal demo: ${demo.articles} articles in ${Date.now() - started} ms`);
    },
  });
});
afterAll(() => t.close());

describe('the demo column tree', () => {
  it('has 13 first-level, 71 second-level and 95 third-level columns, as the seed says', async () => {
    const rows = await t.database.query<{ level: number; n: number }>(
      'select level, count(*)::int as n from portal_columns group by level order by level',
    );
    expect(rows).toEqual([
      { level: 1, n: 13 },
      { level: 2, n: 71 },
      { level: 3, n: 95 },
    ]);
  });

  it('gives each city bureau its own column under 市县动态, news with a two-week rule', async () => {
    const [row] = await t.database.query<Record<string, unknown>>(
      `select c.name, c.category, c.update_days, u.code as unit from portal_columns c join units u on u.id = c.responsible_unit_id where c.code = 'sxdt-zhengzhou'`,
    );
    expect(row).toEqual({ name: '郑州', category: 'news', update_days: 14, unit: 'C410100' });
  });

  it('names the first-level columns the seed lists among them', async () => {
    const names = (
      await t.database.query<{ name: string }>('select name from portal_columns where level = 1')
    ).map((r) => r.name);
    for (const n of [
      '机构概况',
      '政务公开',
      '网上办事',
      '互动交流',
      '林业动态',
      '政策法规',
      '公告公示',
      '服务承诺',
      '机关建设',
      '林业产业',
      '供求信息',
    ])
      expect(names).toContain(n);
  });
});

describe('the demo articles', () => {
  it('loads a few hundred, all marked as demo content', async () => {
    const [{ n, unmarked }] = await t.database.query<{ n: number; unmarked: number }>(
      `select count(*)::int as n, count(*) filter (where body_text not like '%演示数据%')::int as unmarked from portal_articles`,
    );
    expect(n).toBeGreaterThan(300);
    expect(unmarked).toBe(0);
  });

  it('leaves 4 list columns empty and dates the stale ones long ago', async () => {
    const rows = await t.database.query<{ code: string; n: number; last: string | null }>(
      `select c.code, count(a.id)::int as n, max(a.first_published_at)::text as last
         from portal_columns c left join portal_articles a on a.column_id = c.id and a.live_edition is not null
        where c.code in ('zxft', 'czzj-zxzj', 'jjl-lg', 'ztzl-tghl-zcdx', 'sxdt-jiyuan')
        group by c.code order by c.code`,
    );
    expect(
      rows
        .filter((r) => r.n === 0)
        .map((r) => r.code)
        .sort(),
    ).toEqual(['czzj-zxzj', 'jjl-lg', 'ztzl-tghl-zcdx', 'zxft']);
    // 济源: 95 days before 2026-03-02 is 2025-11-27.
    expect(rows.find((r) => r.code === 'sxdt-jiyuan')!.last!.slice(0, 10)).toBe('2025-11-27');
  });

  it('puts the published ones in the search index', async () => {
    const [{ live }] = await t.database.query<{ live: number }>(
      'select count(*)::int as live from portal_articles where live_edition is not null',
    );
    const [{ docs }] = await t.database.query<{ docs: number }>(
      `select count(*)::int as docs from search_documents where source = 'article'`,
    );
    expect(docs).toBe(live);
  });
});
