// The supply and demand board as its users meet it: posting through the public form (signed in,
// CSRF, field errors), moderation before publication, expiry, contact details hidden from
// anonymous readers, abuse reports and the rate limits.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../../test/app.ts';
import { accounts } from '../../../platform/access/access.table.ts';
import { notifications } from '../../../platform/notify/notify.table.ts';
import { updateSetting } from '../../../platform/settings/settings.service.ts';
import { seedDemoData } from '../../org/index.ts';
import { portalOpsBoardPosts } from '../portal-ops.table.ts';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-02T09:00:00+08:00',
    seed: async (ctx) => void (await seedDemoData(ctx)),
  });
});
afterAll(() => t.close());

const GOOD = {
  kind: 'supply',
  product: '侧柏苗',
  quantity: '20000',
  unit: '株',
  regionCode: '410122',
  contactName: '李经理',
  contactPhone: '13812345678',
  validUntil: '2026-04-30',
  description: '苗高 1.2 米，地径 1 厘米，基地自提。',
};

/** Posts a form as a browser does (urlencoded, with the session's CSRF token in `_csrf`). */
function form(client: Client | null, url: string, fields: Record<string, string>, csrf = true) {
  const body = new URLSearchParams({
    ...(client && csrf ? { _csrf: client.csrfToken } : {}),
    ...fields,
  }).toString();
  return t.app.inject({
    method: 'POST',
    url,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'text/html',
      ...(client ? { cookie: client.cookie } : {}),
    },
    payload: body,
    remoteAddress: '192.0.2.10',
  });
}
const page = (url: string, client?: Client) =>
  t.app.inject({
    method: 'GET',
    url,
    headers: { accept: 'text/html', ...(client ? { cookie: client.cookie } : {}) },
  });

async function titlesOf(username: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ title: notifications.title })
    .from(notifications)
    .innerJoin(accounts, eq(accounts.id, notifications.accountId))
    .where(eq(accounts.username, username));
  return rows.map((r) => r.title);
}

async function postIdOf(product: string): Promise<string> {
  const [row] = await t.database.db
    .select()
    .from(portalOpsBoardPosts)
    .where(eq(portalOpsBoardPosts.product, product));
  return row.id;
}

describe('posting', () => {
  it('asks anonymous visitors to sign in, and tells staff the board is for the public', async () => {
    const anon = await page('/supply-demand/new');
    expect(anon.body).toContain('请先登录');
    expect(anon.body).toContain('/account/login?next=%2Fsupply-demand%2Fnew');
    expect((await form(null, '/supply-demand/new', GOOD)).body).toContain('请先登录');
    const staff = await page('/supply-demand/new', await t.signIn('xinxi'));
    expect(staff.statusCode).toBe(403);
  });

  it('shows the form with the CSRF field, and refuses a post without it', async () => {
    const zhangsan = await t.signIn('zhangsan');
    const res = await page('/supply-demand/new', zhangsan);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`name="_csrf" value="${zhangsan.csrfToken}"`);
    expect((await form(zhangsan, '/supply-demand/new', GOOD, false)).statusCode).toBe(403);
  });

  it('names every bad field in the error summary, linked to the field, and keeps what was typed', async () => {
    const res = await form(await t.signIn('zhangsan'), '/supply-demand/new', {
      ...GOOD,
      kind: '',
      quantity: 'abc',
      regionCode: '999999',
      contactPhone: '12345',
      validUntil: '2026-03-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('class="error-summary"');
    expect(res.body).toContain('<a href="#f-kind">信息类型：请选择“供应”或“求购”</a>');
    expect(res.body).toContain('<a href="#f-quantity">数量：应为大于 0 的数字，最多两位小数</a>');
    expect(res.body).toContain('<a href="#f-regionCode">所在地区：不是河南省的县级行政区划</a>');
    expect(res.body).toContain(
      '<a href="#f-contactPhone">联系电话：应为 11 位手机号或带区号的固定电话（如 0371-65000000）</a>',
    );
    expect(res.body).toContain('<a href="#f-validUntil">有效期至：不能早于今天</a>');
    expect(res.body).toContain('value="侧柏苗"');
  });

  it('accepts a good post for moderation: not public yet, and the moderators are told', async () => {
    const zhangsan = await t.signIn('zhangsan');
    const res = await form(zhangsan, '/supply-demand/new', GOOD);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/supply-demand/mine?submitted=1');
    const mine = await page('/supply-demand/mine?submitted=1', zhangsan);
    expect(mine.body).toContain('侧柏苗');
    expect(mine.body).toContain('待审核');
    const id = await postIdOf('侧柏苗');
    expect((await page(`/supply-demand/${id}`)).statusCode).toBe(404);
    expect((await page('/supply-demand')).body).not.toContain('侧柏苗');
    expect(await titlesOf('xinxi')).toContain('供求信息待审核：供应侧柏苗');
    // The phone number is encrypted at rest.
    const [row] = await t.database.db
      .select()
      .from(portalOpsBoardPosts)
      .where(eq(portalOpsBoardPosts.id, id));
    expect(row.contactPhoneEnc).toMatch(/^sm4:/);
    expect(JSON.stringify(row)).not.toContain('13812345678');
  });
});

describe('moderation', () => {
  it('is for moderators only, and a rejection needs a reason', async () => {
    expect((await (await t.signIn('office')).get('/api/portal-ops/board/posts')).statusCode).toBe(403);
    const xinxi = await t.signIn('xinxi');
    const list = (await xinxi.get('/api/portal-ops/board/posts?status=pending')).json();
    expect(list.items).toMatchObject([
      { product: '侧柏苗', statusLabel: '待审核', contact: { name: '李经理', phone: '13812345678' } },
    ]);
    const bare = await xinxi.post(`/api/portal-ops/board/posts/${list.items[0].id}/reject`, { reason: ' ' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors).toEqual([{ field: 'reason', message: '请填写不予通过的理由' }]);
  });

  it('publishes an approved post; anonymous readers see it without the contact details', async () => {
    const xinxi = await t.signIn('xinxi');
    const id = await postIdOf('侧柏苗');
    const ok = await xinxi.post(`/api/portal-ops/board/posts/${id}/approve`, {});
    expect(ok.json()).toMatchObject({ status: 'published', moderatedByName: '杨帆' });
    expect(await titlesOf('zhangsan')).toContain('您的供应信息“侧柏苗”已审核发布');
    const list = await page('/supply-demand');
    expect(list.body).toContain('侧柏苗');
    expect(list.body).toContain('郑州市中牟县');
    const anon = await page(`/supply-demand/${id}`);
    expect(anon.statusCode).toBe(200);
    expect(anon.body).toContain('后查看联系方式');
    expect(anon.body).not.toContain('13812345678');
    expect(anon.body).not.toContain('李经理');
    const signedIn = await page(`/supply-demand/${id}`, await t.signIn('hnmy'));
    expect(signedIn.body).toContain('李经理，电话 13812345678');
    expect(signedIn.headers['cache-control']).toBe('no-store');
  });

  it('filters the list by kind and city', async () => {
    expect((await page('/supply-demand?kind=demand')).body).not.toContain('侧柏苗');
    expect((await page('/supply-demand?kind=supply&region=410100')).body).toContain('侧柏苗');
    expect((await page('/supply-demand?region=410300')).body).not.toContain('侧柏苗');
  });
});

describe('expiry', () => {
  it('takes a post off the list after its last valid day', async () => {
    const hnmy = await t.signIn('hnmy');
    await form(hnmy, '/supply-demand/new', {
      ...GOOD,
      kind: 'demand',
      product: '杨木原木',
      unit: '立方米',
      quantity: '300.5',
      validUntil: '2026-03-05',
    });
    const id = await postIdOf('杨木原木');
    await (await t.signIn('xinxi')).post(`/api/portal-ops/board/posts/${id}/approve`, {});
    t.clock.set('2026-03-05T20:00:00+08:00'); // still valid on its last day
    expect((await page('/supply-demand')).body).toContain('杨木原木');
    t.clock.set('2026-03-06T08:00:00+08:00');
    expect((await page('/supply-demand')).body).not.toContain('杨木原木');
    const gone = await page(`/supply-demand/${id}`, await t.signIn('hnmy'));
    expect(gone.statusCode).toBe(410);
    expect(gone.body).toContain('该信息已于 2026-03-05 过期');
    expect(gone.body).not.toContain('13812345678');
  });
});

describe('abuse reports', () => {
  it('takes a report from anyone, naming a missing reason, and tells the moderators', async () => {
    const id = await postIdOf('侧柏苗');
    const bare = await form(null, `/supply-demand/${id}/report`, { detail: '' });
    expect(bare.statusCode).toBe(400);
    expect(bare.body).toContain('<a href="#f-reason">举报原因：请选择一项</a>');
    const res = await form(null, `/supply-demand/${id}/report`, {
      reason: '虚假信息',
      detail: '该苗圃不存在',
    });
    // Post-redirect-get: back to the post, with the confirmation.
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/supply-demand/${id}?reported=1`);
    expect((await page(String(res.headers.location))).body).toContain('已收到您的举报');
    expect(await titlesOf('xinxi')).toContain('供求信息被举报：侧柏苗');
  });

  it('limits reports per visitor per hour', async () => {
    await updateSetting(t.ctx(), 'portalOps.boardReportsPerHour', 2);
    const id = await postIdOf('侧柏苗');
    expect((await form(null, `/supply-demand/${id}/report`, { reason: '广告骚扰' })).statusCode).toBe(303);
    const third = await form(null, `/supply-demand/${id}/report`, { reason: '诈骗' });
    expect(third.statusCode).toBe(429);
    expect(third.body).toContain('每小时最多举报 2 次');
  });

  it('hides the post when a moderator upholds a report', async () => {
    const xinxi = await t.signIn('xinxi');
    const reports = (await xinxi.get('/api/portal-ops/board/reports?status=open')).json();
    expect(reports.items).toHaveLength(2);
    const fake = reports.items.find((r: { reason: string }) => r.reason === '虚假信息');
    expect(fake).toMatchObject({
      detail: '该苗圃不存在',
      anonymous: true,
      postProduct: '侧柏苗',
      statusLabel: '待处理',
    });
    const done = await xinxi.post(`/api/portal-ops/board/reports/${fake.id}/resolve`, { action: 'uphold' });
    expect(done.json()).toMatchObject({ status: 'upheld', postStatus: 'hidden' });
    const id = await postIdOf('侧柏苗');
    expect((await page(`/supply-demand/${id}`)).statusCode).toBe(404);
    expect(await titlesOf('zhangsan')).toContain('您的供应信息“侧柏苗”已被屏蔽');
  });
});

describe('posting limit', () => {
  it('refuses more posts than the daily limit from one account', async () => {
    await updateSetting(t.ctx(), 'portalOps.boardPostsPerDay', 2);
    // hnmy's earlier post (杨木原木) was on 2026-03-02, outside the last 24 hours.
    t.clock.set('2026-03-06T09:00:00+08:00');
    const hnmy = await t.signIn('hnmy');
    expect((await form(hnmy, '/supply-demand/new', { ...GOOD, product: '核桃' })).statusCode).toBe(303);
    expect((await form(hnmy, '/supply-demand/new', { ...GOOD, product: '油茶籽' })).statusCode).toBe(303);
    const third = await form(hnmy, '/supply-demand/new', { ...GOOD, product: '花椒' });
    expect(third.statusCode).toBe(429);
    expect(third.body).toContain('每个账号 24 小时内最多发布 2 条供求信息');
  });
});
