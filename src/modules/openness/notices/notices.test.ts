// Public notices (公示) as the public meets them: shown from their first to their last day and then
// archived, by the injected clock; objections sent online without an account or JavaScript, bad
// input answered with the error summary and nothing saved, none accepted after the period; the
// office publishes (audited) and reads the objections with the senders' phones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import { seedDemoData } from '../../org/index.ts';
import { makeNotices } from '../openness.factories.ts';
import type { NoticeView } from './notices.service.ts';

const CONTACT = '受理单位：人事处；电话：0371-65500000。';

let t: TestApp;
let notices: NoticeView[];

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-12-08T09:00:00+08:00',
    seed: async (ctx) => void (await seedDemoData(ctx)),
  });
  notices = await makeNotices(await t.ctxAs('office'), [
    {
      type: 'cadre',
      title: '甲同志任前公示',
      body: '拟任甲同志为某处处长。',
      startsOn: '2026-12-06',
      endsOn: '2026-12-12',
      contact: CONTACT,
    },
    {
      type: 'title',
      title: '乙职称评审公示',
      body: '乙等5人通过评审。',
      startsOn: '2026-12-01',
      endsOn: '2026-12-08',
      contact: CONTACT,
    },
    {
      type: 'project',
      title: '丙项目公示',
      body: '拟安排丙项目。',
      startsOn: '2026-12-10',
      endsOn: '2026-12-16',
      contact: CONTACT,
    },
    {
      type: 'other',
      title: '丁名单公示',
      body: '丁名单全文。',
      startsOn: '2026-11-20',
      endsOn: '2026-11-26',
      contact: CONTACT,
    },
  ]);
});
afterAll(() => t.close());

const page = (url: string) => t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
const idOf = (title: string) => notices.find((n) => n.title === title)!.id;
const object = (id: string, fields: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url: `/openness/notices/${id}/objection`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    payload: new URLSearchParams(fields).toString(),
    remoteAddress: '198.51.100.17',
  });
const objectionCount = async () =>
  (await t.database.query<{ n: number }>('select count(*)::int as n from openness_notice_objections'))[0].n;

describe('during and after the period', () => {
  it('lists the notices in their period today, the last day included, and no others', async () => {
    const res = await page('/openness/notices');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('甲同志任前公示');
    expect(res.body).toContain('乙职称评审公示');
    expect(res.body).toContain('公示期：2026-12-06 至 2026-12-12');
    expect(res.body).not.toContain('丙项目公示');
    expect(res.body).not.toContain('丁名单公示');
  });

  it('shows a notice’s text and contact in its period; not before; only that it ended after', async () => {
    const open = await page(`/openness/notices/${idOf('甲同志任前公示')}`);
    expect(open.body).toContain('拟任甲同志为某处处长。');
    expect(open.body).toContain(CONTACT);
    expect(open.body).toContain('提交异议');
    expect((await page(`/openness/notices/${idOf('丙项目公示')}`)).statusCode).toBe(404);
    const ended = await page(`/openness/notices/${idOf('丁名单公示')}`);
    expect(ended.body).toContain('本公示的公示期已于 2026-11-26 结束，已归档');
    expect(ended.body).not.toContain('丁名单全文。');
  });

  it('is linked from the openness home', async () => {
    expect((await page('/openness')).body).toContain('href="/openness/notices"');
  });
});

describe('objections', () => {
  it('come back with the error summary linking each field, nothing saved', async () => {
    const res = await object(idOf('甲同志任前公示'), { name: '', phone: '12345', body: '有问题' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#f-name"');
    expect(res.body).toContain('联系电话：应为 11 位手机号或带区号的固定电话');
    expect(res.body).toContain('异议内容：请写明具体事实，至少 10 个字');
    // What was typed is shown again.
    expect(res.body).toContain('value="12345"');
    expect(await objectionCount()).toBe(0);
  });

  it('are received online, and the office reads them with the phone', async () => {
    const id = idOf('甲同志任前公示');
    const res = await object(id, {
      name: '李四',
      phone: '13838112233',
      body: '该同志在某项目验收中存在弄虚作假问题。',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/openness/notices/${id}/received`);
    expect((await page(res.headers.location as string)).body).toContain('已收到您的异议');
    const office = await t.signIn('office');
    const list = (await office.get(`/api/openness/notices/${id}/objections`)).json();
    expect(list).toMatchObject([
      { name: '李四', phone: '13838112233', body: '该同志在某项目验收中存在弄虚作假问题。' },
    ]);
    // Stored encrypted, never in plain text.
    const [row] = await t.database.query<{ phone_enc: string }>(
      'select phone_enc from openness_notice_objections',
    );
    expect(row.phone_enc).not.toContain('13838112233');
    const all = (await office.get('/api/openness/notices')).json();
    expect(all.find((n: NoticeView) => n.id === id).objections).toBe(1);
    const city = await t.signIn('zhengzhou');
    expect((await city.get(`/api/openness/notices/${id}/objections`)).statusCode).toBe(403);
  });

  it('are not accepted once the period has ended', async () => {
    const res = await object(idOf('丁名单公示'), {
      name: '王五',
      phone: '13838112234',
      body: '名单中的某村不符合条件。',
    });
    expect(res.body).toContain('已归档');
    expect(await objectionCount()).toBe(1);
  });
});

describe('the office', () => {
  it('refuses a period ending before it begins, naming the field, and anyone without the permission', async () => {
    const office = await t.signIn('office');
    const res = await office.post('/api/openness/notices', {
      type: 'cadre',
      title: '错期公示',
      body: '内容',
      startsOn: '2026-12-10',
      endsOn: '2026-12-09',
      contact: CONTACT,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'endsOn', message: '公示截止日期：不能早于开始日期' }]);
    const city = await t.signIn('zhengzhou');
    const denied = await city.post('/api/openness/notices', {
      type: 'cadre',
      title: 'x',
      body: 'x',
      startsOn: '2026-12-10',
      endsOn: '2026-12-11',
      contact: 'x',
    });
    expect(denied.statusCode).toBe(403);
    const [{ n }] = await t.database.query<{ n: number }>(`select count(*)::int as n from openness_notices`);
    expect(n).toBe(4);
    const [{ audits }] = await t.database.query<{ audits: number }>(
      `select count(*)::int as audits from audit_log where action = 'openness.notice.create'`,
    );
    expect(audits).toBe(4);
  });

  it('sees a notice archived the day after its last day, and may no longer change it', async () => {
    t.clock.set('2026-12-13T00:05:00+08:00');
    const list = await page('/openness/notices');
    expect(list.body).not.toContain('甲同志任前公示');
    expect(list.body).toContain('丙项目公示');
    const office = await t.signIn('office');
    const all = (await office.get('/api/openness/notices')).json() as NoticeView[];
    expect(all.find((n) => n.title === '甲同志任前公示')?.stateLabel).toBe('已结束（已归档）');
    const res = await office.patch(`/api/openness/notices/${idOf('甲同志任前公示')}`, {
      endsOn: '2026-12-20',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('公示期已结束');
  });
});
