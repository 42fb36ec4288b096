// The column tree as the information centre keeps it: at most three levels, drag to reorder or
// move, hide instead of delete when articles exist, and the public navigation follows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../test/app.ts';
import { makeArticles } from './portal.factories.ts';
import { type PortalFixture, seedPortalFixture } from './portal.fixtures.ts';

let t: TestApp;
let fx: PortalFixture;
let xinxi: Client;

beforeAll(async () => {
  t = await buildTestApp({
    seed: async (ctx) => {
      fx = await seedPortalFixture(ctx);
      await makeArticles(ctx, [{ column: fx.columns.column('hq'), title: '一篇要闻', status: 'published' }]);
    },
  });
  xinxi = await t.signIn('xinxi');
});
afterAll(() => t.close());

interface ColumnItem {
  id: string;
  code: string;
  name: string;
  level: number;
  parentId: string | null;
  liveArticles: number;
  editable: boolean;
  responsibleUnitName: string;
}
const tree = async (client: Client = xinxi) =>
  (await client.get('/api/portal/columns')).json().items as ColumnItem[];
const unit = (code: string) => fx.org.tree.unit(code).id;

describe('reading the tree', () => {
  it('lists parents before children with units, counts and what the reader may edit', async () => {
    const items = await tree();
    expect(items.map((c) => c.code)).toEqual(['news', 'hq', 'zz', 'policy', 'about', 'gov']);
    expect(items.find((c) => c.code === 'hq')).toMatchObject({
      level: 2,
      liveArticles: 1,
      responsibleUnitName: '河南省林业局信息中心',
    });
    const zz = await tree(await t.signIn('zhengzhou'));
    expect(zz.filter((c) => c.editable).map((c) => c.code)).toEqual(['zz']);
  });
});

describe('changing the tree', () => {
  it('adds a column under a parent, at the end, one level down', async () => {
    const res = await xinxi.post('/api/portal/columns', {
      parentId: fx.columns.column('news').id,
      code: 'world',
      name: '国际林业动态',
      kind: 'list',
      category: 'news',
      responsibleUnitId: unit('HNLY-GJC'),
      updateDays: 14,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      level: 2,
      updateDays: 14,
      reviewSteps: 1,
      responsibleUnitName: '国际合作处',
    });
    expect(
      (await tree()).filter((c) => c.parentId === fx.columns.column('news').id).map((c) => c.code),
    ).toEqual(['hq', 'zz', 'world']);
  });

  it('refuses a fourth level and a code in use', async () => {
    const third = await xinxi.post('/api/portal/columns', {
      parentId: fx.columns.column('hq').id,
      code: 'hq-photo',
      name: '图片要闻',
      kind: 'list',
      responsibleUnitId: unit('HNLY-XXZX'),
    });
    expect(third.json().level).toBe(3);
    const fourth = await xinxi.post('/api/portal/columns', {
      parentId: third.json().id,
      code: 'too-deep',
      name: '第四级',
      kind: 'list',
      responsibleUnitId: unit('HNLY-XXZX'),
    });
    expect(fourth.statusCode).toBe(400);
    expect(fourth.json().errors).toEqual([
      { field: 'parentId', message: '栏目最多 3 级，不能在三级栏目下再建栏目' },
    ]);
    const dup = await xinxi.post('/api/portal/columns', {
      code: 'hq',
      name: '重复',
      kind: 'list',
      responsibleUnitId: unit('HNLY-XXZX'),
    });
    expect(dup.statusCode).toBe(409);
  });

  it('checks what a link or module column points to', async () => {
    const res = await xinxi.post('/api/portal/columns', {
      code: 'bad-link',
      name: '坏链接',
      kind: 'link',
      target: 'javascript:alert(1)',
      responsibleUnitId: unit('HNLY-XXZX'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toEqual({
      field: 'target',
      message: '链接地址应以 http://、https:// 或 / 开头',
    });
  });

  it('reorders by drag and drop, and refuses a move that would make a fourth level', async () => {
    const news = fx.columns.column('news').id;
    const moved = await xinxi.post(`/api/portal/columns/${fx.columns.column('zz').id}/move`, {
      parentId: news,
      index: 0,
    });
    expect(moved.statusCode).toBe(200);
    expect(
      (moved.json().items as ColumnItem[]).filter((c) => c.parentId === news).map((c) => c.code),
    ).toEqual(['zz', 'hq', 'world']);
    // hq has a child now: under policy it would be level 2 with a level-3 child — fine; under
    // that child's level (3) it could not go.
    const deep = await xinxi.post(`/api/portal/columns/${fx.columns.column('hq').id}/move`, {
      parentId: fx.columns.column('zz').id,
      index: 0,
    });
    expect(deep.statusCode).toBe(400);
    expect(deep.json().errors[0].message).toBe('移动后栏目将超过 3 级，请先调整其下级栏目');
    const up = await xinxi.post(`/api/portal/columns/${fx.columns.column('hq').id}/move`, {
      parentId: null,
      index: 1,
    });
    const items = up.json().items as ColumnItem[];
    expect(items.filter((c) => c.parentId === null).map((c) => c.code)).toEqual([
      'news',
      'hq',
      'policy',
      'about',
      'gov',
    ]);
    expect(items.find((c) => c.code === 'hq-photo')).toMatchObject({ level: 2 });
    // Moving into its own subtree is refused.
    const loop = await xinxi.post(`/api/portal/columns/${fx.columns.column('hq').id}/move`, {
      parentId: items.find((c) => c.code === 'hq-photo')!.id,
      index: 0,
    });
    expect(loop.statusCode).toBe(400);
  });

  it('adds a first-level column to the main navigation and hides hidden columns from the public', async () => {
    const res = await xinxi.post('/api/portal/columns', {
      code: 'zt',
      name: '专题专栏',
      kind: 'list',
      responsibleUnitId: unit('HNLY-XXZX'),
    });
    expect(res.statusCode).toBe(201);
    const home = await t.app.inject({ method: 'GET', url: '/' });
    expect(home.body).toContain('<a href="/columns/zt">专题专栏</a>');
    expect((await t.app.inject({ method: 'GET', url: '/columns/zt' })).statusCode).toBe(200);
    await xinxi.patch(`/api/portal/columns/${res.json().id}`, { visible: false });
    expect((await t.app.inject({ method: 'GET', url: '/columns/zt' })).statusCode).toBe(404);
  });

  it('deletes only empty columns', async () => {
    const withArticle = await xinxi.delete(`/api/portal/columns/${fx.columns.column('hq').id}`);
    expect(withArticle.statusCode).toBe(409);
    const world = (await tree()).find((c) => c.code === 'world')!;
    expect((await xinxi.delete(`/api/portal/columns/${world.id}`)).statusCode).toBe(204);
    const [audit] = await t.database.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'portal.column.delete'`,
    );
    expect(audit.n).toBe(1);
  });

  it('is for holders of portal:columns only', async () => {
    const office = await t.signIn('office');
    const res = await office.post('/api/portal/columns', {
      code: 'x',
      name: 'x',
      kind: 'list',
      responsibleUnitId: unit('HNLY-BGS'),
    });
    expect(res.statusCode).toBe(403);
  });
});
