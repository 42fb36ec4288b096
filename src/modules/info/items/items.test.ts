// A unit submits its weekly item and the office reviews it, through the API as people use it:
// points per the settings (DOMAIN §7 defaults), one adoption per level, reasons required, another
// unit's draft refused (403, audited), bad input naming its field and saving nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../../test/app.ts';
import { seedDemoData } from '../../org/index.ts';

let t: TestApp;
let city: Client; // 郑州市林业局 (city_staff: info:submit)
let office: Client; // 局办公室 (info:review)
let division: Client; // 森林资源管理处 (info:submit)
let director: Client; // 局长 (info:read)

beforeAll(async () => {
  // Wednesday 4 March 2026, in the first quarter.
  t = await buildTestApp({
    now: '2026-03-04T10:00:00+08:00',
    seed: async (ctx) => void (await seedDemoData(ctx)),
  });
  [city, office, division, director] = await Promise.all([
    t.signIn('zhengzhou'),
    t.signIn('office'),
    t.signIn('ziyuan'),
    t.signIn('director'),
  ]);
});
afterAll(() => t.close());

const ITEM = {
  title: '郑州市全面完成春季造林任务的百分之六十',
  body: '<p>截至3月3日，郑州市已完成春季造林3.2万亩，占年度任务的60%。</p><p>全市组织党员干部义务植树，新建森林乡村12个，做法值得推广。</p><script>alert(1)</script>',
  type: 'news',
  depth: 'general',
  keywords: ['造林', '春季'],
  authorName: '高振华',
  contact: '0371-67180000',
};

const count = async (table: string) =>
  (await t.database.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0].n;

describe('a city bureau submits and the office adopts', () => {
  let id: string;

  it('submits in one step; the body is sanitised; the week quota shows 1 of 1', async () => {
    const res = await city.post('/api/info/items', { ...ITEM, submit: true });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json().statusLabel).toBe('已报送');
    const item = (await city.get(`/api/info/items/${id}`)).json();
    expect(item.body).not.toContain('script');
    expect(item.unitName).toContain('郑州');
    expect(item.can.withdraw).toBe(true);
    const summary = (await city.get('/api/info/mine/summary')).json();
    expect(summary.week).toEqual({ monday: '2026-03-02', sunday: '2026-03-08', quota: 1, submitted: 1 });
  });

  it('appears in the office queue, filtered by status in the URL', async () => {
    const res = await office.get('/api/info/items?status=submitted');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { id: string }) => i.id)).toContain(id);
    const none = await office.get('/api/info/items?status=adopted');
    expect(none.json().items.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  it('is adopted at provincial level for 10 points, then at the website for 1: 11 in all', async () => {
    const res = await office.post(`/api/info/items/${id}/adoptions`, {
      level: 'province',
      note: '省政府办公厅《政务信息》采用',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().statusLabel).toBe('已采用');
    expect((await office.post(`/api/info/items/${id}/adoptions`, { level: 'website' })).statusCode).toBe(200);
    const item = (await city.get(`/api/info/items/${id}`)).json();
    expect(item.points).toBe(11);
    expect(item.adoptions.map((a: { label: string; points: number }) => [a.label, a.points])).toEqual([
      ['省委、省政府采用', 10],
      ['局网站采用', 1],
    ]);
    expect(item.events.map((e: { text: string }) => e.text)).toEqual([
      '报送信息',
      '省委、省政府采用，积 10 分',
      '局网站采用，积 1 分',
    ]);
    expect(item.can.withdraw).toBe(false);
    const summary = (await city.get('/api/info/mine/summary')).json();
    expect(summary.quarter).toEqual({ label: '2026年第一季度', submitted: 1, adopted: 1, points: 11 });
  });

  it('refuses a second adoption at the same level, naming the level, and changes nothing', async () => {
    const before = await count('info_points');
    const res = await office.post(`/api/info/items/${id}/adoptions`, { level: 'province' });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('省委、省政府采用');
    expect(res.json().errors[0].field).toBe('level');
    expect(await count('info_points')).toBe(before);
  });

  it('refuses a level that is not in the settings, naming the field', async () => {
    const res = await office.post(`/api/info/items/${id}/adoptions`, { level: 'county' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('level');
  });

  it('follows the settings: a level set to 0 points cannot be adopted at', async () => {
    const admin = await t.signIn('sysadmin');
    const put = await admin.put('/api/settings/info.points.nfga', { value: 0 });
    expect(put.statusCode, put.body).toBe(200);
    const res = await office.post(`/api/info/items/${id}/adoptions`, { level: 'nfga' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toContain('已停用');
    await admin.put('/api/settings/info.points.nfga', { value: 10 });
  });

  it('lets the leader read it, not adopt it', async () => {
    expect((await director.get(`/api/info/items/${id}`)).statusCode).toBe(200);
    expect((await director.post(`/api/info/items/${id}/adoptions`, { level: 'bulletin' })).statusCode).toBe(
      403,
    );
  });
});

describe('return and rejection need a reason', () => {
  it('refuses an empty reason and saves nothing; with one, the unit reads it and may resubmit', async () => {
    const { id } = (
      await division.post('/api/info/items', {
        ...ITEM,
        title: '森林资源管理处开展林木采伐审批专项检查',
        submit: true,
      })
    ).json();
    const bad = await office.post(`/api/info/items/${id}/return`, { reason: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('reason');
    expect((await division.get(`/api/info/items/${id}`)).json().status).toBe('submitted');
    const ok = await office.post(`/api/info/items/${id}/return`, {
      reason: '请补充检查发现的问题和整改数字',
    });
    expect(ok.json().statusLabel).toBe('退回修改');
    const seen = (await division.get(`/api/info/items/${id}`)).json();
    expect(seen.reviewNote).toBe('请补充检查发现的问题和整改数字');
    expect(seen.can.edit).toBe(true);
    const again = await division.put(`/api/info/items/${id}`, {
      ...ITEM,
      title: '森林资源管理处开展林木采伐审批专项检查',
      submit: true,
    });
    expect(again.json().statusLabel).toBe('已报送');
    const rejected = await office.post(`/api/info/items/${id}/rejection`, { reason: '与本周已采用信息重复' });
    expect(rejected.json().statusLabel).toBe('未采用');
    // Not adopted is final: no adoption afterwards.
    expect((await office.post(`/api/info/items/${id}/adoptions`, { level: 'website' })).statusCode).toBe(409);
  });
});

describe('scopes', () => {
  let draftId: string;
  it('keeps a unit’s draft from other units (403, audited) and out of the office queue', async () => {
    const res = await city.post('/api/info/items', { ...ITEM, title: '草稿：郑州市古树名木普查' });
    expect(res.statusCode).toBe(201);
    draftId = res.json().id;
    const other = await division.get(`/api/info/items/${draftId}`);
    expect(other.statusCode).toBe(403);
    expect(other.json().detail).toContain('其他单位的草稿');
    const [denied] = await t.database.query<{ n: number }>(
      "select count(*)::int as n from audit_log where action = 'access.denied' and detail->>'message' like '%其他单位的草稿%'",
    );
    expect(denied.n).toBe(1);
    expect((await office.get(`/api/info/items/${draftId}`)).statusCode).toBe(403);
    const queue = (await office.get('/api/info/items?pageSize=100')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).not.toContain(draftId);
    expect(queue.counts.draft).toBeUndefined();
  });

  it('lists only the unit’s own items under view=mine', async () => {
    const mine = (await division.get('/api/info/items?view=mine')).json();
    expect(mine.items.every((i: { unitName: string }) => !i.unitName.includes('郑州'))).toBe(true);
    expect(mine.total).toBe(1);
  });

  it('refuses another unit withdrawing or editing, and a reader submitting', async () => {
    expect((await division.post(`/api/info/items/${draftId}/withdrawal`)).statusCode).toBe(403);
    expect((await division.put(`/api/info/items/${draftId}`, ITEM)).statusCode).toBe(403);
    expect((await director.post('/api/info/items', { ...ITEM, submit: true })).statusCode).toBe(403);
  });
});

describe('bad input', () => {
  it('names every field at once and saves nothing', async () => {
    const before = await count('info_items');
    const res = await city.post('/api/info/items', {
      ...ITEM,
      title: '短',
      body: '<p>太短</p>',
      type: 'gossip',
      depth: '',
      contact: '',
      submit: true,
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['body', 'contact', 'depth', 'title', 'type'].sort());
    expect(await count('info_items')).toBe(before);
  });

  it('sends emergencies to their own form', async () => {
    const res = await city.post('/api/info/items', { ...ITEM, type: 'emergency', submit: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('type');
  });
});
