// Emergency reports (突发事件信息) through the API as units and the office use them, on the demo
// organisation, with the time controlled. Hand-computed: the limit is 4 clock hours (the platform's
// setting's default), so an event at 22:30 on Friday 4 December 2026 is due 02:30 on Saturday —
// through the night, no calendar involved.
//  - 森林资源管理处 (ziyuan; its leader in charge is 李文涛, account deputy) reports a fire at 22:40,
//    ten minutes after it began: on time; the office and 李文涛 are told at once, in-app, by email and SMS.
//  - 郑州市林业局 (zhengzhou) registers a pest outbreak of 22:50 at 23:00: due 02:50, 3 h 50 min
//    left; the office sees only which unit has one due when; at 01:50 the ladder reminds its
//    handler; at 03:00 it is overdue; reported at 03:05 it is 15 minutes late.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../../test/app.ts';
import { accounts } from '../../../platform/access/access.table.ts';
import { runJobNow } from '../../../platform/jobs/jobs.ts';
import { seedDemoData } from '../../org/index.ts';

let t: TestApp;
let division: Client;
let city: Client;
let office: Client;
let director: Client;

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-12-04T22:40:00+08:00',
    seed: async (ctx) => {
      await seedDemoData(ctx);
      // The office and the leader in charge with a mailbox and a mobile phone, for the alerts.
      for (const [username, phone] of [
        ['office', '13800000011'],
        ['deputy', '13800000012'],
      ])
        await ctx.db
          .update(accounts)
          .set({
            email: `${username}@lyj.example.cn`,
            phoneEnc: ctx.deps.cipher.encrypt(phone),
            phoneMask: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
          })
          .where(eq(accounts.username, username));
    },
  });
  await signInAll();
});

async function signInAll() {
  [division, city, office, director] = await Promise.all([
    t.signIn('ziyuan'),
    t.signIn('zhengzhou'),
    t.signIn('office'),
    t.signIn('director'),
  ]);
}

/** Moves the clock, and signs everyone in again (a session idles out over hours). */
async function at(iso: string) {
  t.clock.set(iso);
  await signInAll();
}
afterAll(() => t.close());

const FIRE = {
  title: '新密市尖山林区发生森林火情',
  eventAt: '2026-12-04T22:30:00+08:00',
  countyCode: '410183',
  place: '尖山风景区东侧山林',
  nature: '森林火情，起火原因正在调查',
  scope: '过火面积约 15 亩，未威胁村庄',
  casualties: '无人员伤亡，财产损失正在核实',
  trend: '风力 3 级，火势已得到控制',
  measures: '调集专业扑火队 60 人赶赴现场扑救，设置隔离带',
  leadersOnSite: '新密市副市长、市林业局局长',
  authorName: '郭明辉',
  contact: '13800000001',
};

const count = async () =>
  (await t.database.query<{ n: number }>('select count(*)::int as n from info_items'))[0].n;

/** "office 突发事件首报：…" for every inbox message whose title has `text`, sorted. */
async function inbox(text: string): Promise<string[]> {
  const rows = await t.database.query<{ username: string; title: string; link: string }>(
    `select a.username, n.title, n.link from notifications n join accounts a on a.id = n.account_id
     where n.title like '%' || $1 || '%' order by a.username, n.title`,
    [text],
  );
  return rows.map((r) => `${r.username} ${r.title}`);
}

describe('a division reports a fire ten minutes after it began', () => {
  let id: string;

  it('refuses an event time in the future, naming the field, and saves nothing', async () => {
    const before = await count();
    const res = await division.post('/api/info/emergencies', {
      ...FIRE,
      eventAt: '2026-12-04T23:00:00+08:00',
      submit: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'eventAt', message: '事发时间（2026年12月4日 23:00）晚于现在，请核对' },
    ]);
    expect(await count()).toBe(before);
  });

  it('refuses a report with a fact left empty, naming it, and a county outside Henan', async () => {
    const res = await division.post('/api/info/emergencies', {
      ...FIRE,
      casualties: ' ',
      countyCode: '110101',
      submit: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'countyCode', message: '所选事发县（市、区）不是河南省的县级行政区' },
      { field: 'casualties', message: '请填写人员伤亡和财产损失（没有请填“无”）' },
    ]);
  });

  it('is due at 02:30 the next day, reported on time; the office and the leader in charge are told at once', async () => {
    const res = await division.post('/api/info/emergencies', { ...FIRE, submit: true });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({ status: 'submitted', dueAt: '2026-12-04T18:30:00.000Z' });
    const titles = await inbox('尖山林区');
    expect(titles).toContain('deputy 突发事件首报：新密市尖山林区发生森林火情');
    expect(titles).toContain('office 突发事件首报：新密市尖山林区发生森林火情');
    expect(titles.some((x) => x.startsWith('ziyuan'))).toBe(false);
    const channels = await t.database.query<{ channel: string; username: string }>(
      `select d.channel, a.username from deliveries d join accounts a on a.id = d.account_id
       where a.username in ('office', 'deputy') order by a.username, d.channel`,
    );
    expect(new Set(channels.map((c) => c.channel))).toEqual(new Set(['email', 'sms']));
    const e = (await office.get(`/api/info/emergencies/${id}`)).json();
    expect(e).toMatchObject({ standing: 'on_time', standingLabel: '按时报送', remainingMs: null });
    expect(e.reports[0].countyName).toBe('郑州市新密市');
    expect(e.events.map((x: { text: string }) => x.text)).toEqual(['报送突发事件信息（首报）']);
  });

  it('refuses a follow-up whose time is earlier than the initial report, naming the field', async () => {
    const before = await count();
    const res = await division.post(`/api/info/emergencies/${id}/reports`, {
      ...FIRE,
      kind: 'followup',
      eventAt: '2026-12-04T22:35:00+08:00',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'eventAt', message: '情况截至时间不能早于首报的报送时间（2026年12月4日 22:40）' },
    ]);
    expect(await count()).toBe(before);
  });

  it('follow-up at 23:30 and final report at 01:00 hang on the initial one, on one timeline', async () => {
    await at('2026-12-04T23:30:00+08:00');
    const f = await division.post(`/api/info/emergencies/${id}/reports`, {
      ...FIRE,
      kind: 'followup',
      title: '新密市尖山林区火情续报：明火已扑灭',
      eventAt: '2026-12-04T23:20:00+08:00',
      trend: '明火已于 23:15 扑灭，正在清理余火',
    });
    expect(f.statusCode, f.body).toBe(201);
    expect(f.json().initialId).toBe(id);
    await at('2026-12-05T01:00:00+08:00');
    // Not earlier than the follow-up it follows either.
    const early = await division.post(`/api/info/emergencies/${id}/reports`, {
      ...FIRE,
      kind: 'final',
      eventAt: '2026-12-04T23:00:00+08:00',
    });
    expect(early.json().errors[0].message).toBe(
      '情况截至时间不能早于上一次续报的情况截至时间（2026年12月4日 23:20）',
    );
    const fin = await division.post(`/api/info/emergencies/${id}/reports`, {
      ...FIRE,
      kind: 'final',
      title: '新密市尖山林区火情终报：余火清理完毕',
      eventAt: '2026-12-05T00:50:00+08:00',
    });
    expect(fin.statusCode, fin.body).toBe(201);
    const after = await division.post(`/api/info/emergencies/${id}/reports`, { ...FIRE, kind: 'followup' });
    expect(after.json().errors).toEqual([{ field: 'kind', message: '该事件已报送终报，不能再续报' }]);
    const e = (await director.get(`/api/info/emergencies/${id}`)).json();
    expect(e.reports.map((r: { kindLabel: string }) => r.kindLabel)).toEqual(['首报', '续报', '终报']);
    expect(e.closed).toBe(true);
    expect(e.events.map((x: { text: string }) => x.text)).toEqual([
      '报送突发事件信息（首报）',
      '报送续报（第1次）：新密市尖山林区火情续报：明火已扑灭',
      '报送终报：新密市尖山林区火情终报：余火清理完毕',
    ]);
    expect(await inbox('尖山林区火情终报')).toEqual([
      'deputy 突发事件终报：新密市尖山林区火情终报：余火清理完毕',
      'office 突发事件终报：新密市尖山林区火情终报：余火清理完毕',
    ]);
  });
});

describe('a city bureau registers an outbreak first, and reports it late', () => {
  let id: string;
  const PEST = {
    title: '中牟县发现美国白蛾疫情扩散',
    eventAt: '2026-12-04T22:50:00+08:00',
    countyCode: '410122',
    place: '中牟县雁鸣湖镇',
    nature: '林业有害生物暴发',
    authorName: '高振华',
    contact: '0371-67180000',
  };

  it('registers with what, where and when: due 02:50, 3 h 50 min left on its own board', async () => {
    await at('2026-12-04T23:00:00+08:00');
    const res = await city.post('/api/info/emergencies', PEST);
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({ status: 'draft', dueAt: '2026-12-04T18:50:00.000Z' });
    const board = (await city.get('/api/info/emergencies')).json();
    expect(board.view).toBe('mine');
    expect(board.reports.map((r: { id: string }) => r.id)).toEqual([id]);
    expect(board.reports[0]).toMatchObject({
      standing: 'pending',
      standingLabel: '待报送',
      remainingMs: 13_800_000,
      statusLabel: '已登记',
    });
    expect(board.counts).toMatchObject({ total: 1, pending: 1, overdue: 0 });
  });

  it('shows the office which unit has one due when, never the registration itself', async () => {
    const board = (await office.get('/api/info/emergencies')).json();
    expect(board.view).toBe('all');
    expect(board.reports.map((r: { title: string }) => r.title)).toEqual(['新密市尖山林区发生森林火情']);
    expect(board.registrations).toEqual([
      expect.objectContaining({
        unitName: expect.stringContaining('郑州'),
        countyName: '郑州市中牟县',
        dueAt: '2026-12-04T18:50:00.000Z',
        remainingMs: 13_800_000,
      }),
    ]);
    expect(JSON.stringify(board.registrations)).not.toContain('美国白蛾');
    expect(board.counts).toMatchObject({ total: 2, pending: 1, onTime: 1, overdue: 0 });
    expect((await office.get(`/api/info/emergencies/${id}`)).statusCode).toBe(403);
  });

  it("reminds the handler an hour before, through the kernel's ladder, linking to the emergency", async () => {
    await at('2026-12-05T01:50:00+08:00');
    await runJobNow(t.database, t.deps, 'deadline-sweeper');
    const rows = await t.database.query<{ title: string; link: string }>(
      `select n.title, n.link from notifications n join accounts a on a.id = n.account_id
       where a.username = 'zhengzhou' and n.title like '%美国白蛾%'`,
    );
    expect(rows).toEqual([expect.objectContaining({ link: `/admin/info/emergencies/${id}` })]);
    expect(rows[0].title).toContain('提醒');
  });

  it('is overdue at 03:00, flagged and counted for the unit and the office', async () => {
    await at('2026-12-05T03:00:00+08:00');
    const mine = (await city.get('/api/info/emergencies')).json();
    expect(mine.reports[0]).toMatchObject({
      standing: 'overdue_pending',
      overdue: true,
      remainingMs: -600_000,
    });
    const board = (await office.get('/api/info/emergencies')).json();
    expect(board.counts).toMatchObject({ overduePending: 1, overdue: 1 });
  });

  it('reported at 03:05 with every fact: 15 minutes late, on the timeline; the office is told', async () => {
    await at('2026-12-05T03:05:00+08:00');
    const short = await city.put(`/api/info/emergencies/${id}`, { ...PEST, submit: true });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'scope',
      'casualties',
      'trend',
      'measures',
      'leadersOnSite',
    ]);
    const res = await city.put(`/api/info/emergencies/${id}`, {
      ...PEST,
      scope: '约 300 亩杨树林',
      casualties: '无',
      trend: '有向周边扩散的风险',
      measures: '组织飞防和地面防治',
      leadersOnSite: '无',
      submit: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    const e = (await office.get(`/api/info/emergencies/${id}`)).json();
    expect(e).toMatchObject({ standing: 'late', standingLabel: '超时报送', overdue: true });
    expect(e.events.map((x: { text: string }) => x.text)).toContain(
      '报送突发事件信息（首报），超过报送时限15分钟',
    );
    expect(await inbox('美国白蛾')).toContain('office 突发事件首报：中牟县发现美国白蛾疫情扩散');
    const board = (await office.get('/api/info/emergencies')).json();
    expect(board.registrations).toEqual([]);
    expect(board.counts).toMatchObject({ total: 2, onTime: 1, late: 1, overdue: 1 });
    // Not through the ordinary item form, which would not keep the clock.
    const item = (await city.get(`/api/info/items/${id}`)).json();
    expect(item).toMatchObject({ emergencyId: id, typeLabel: '突发事件' });
    expect(item.can.edit).toBe(false);
  });

  it('returned by the office at 03:20, corrected and sent again: still reported at 03:05, 15 minutes late', async () => {
    await at('2026-12-05T03:20:00+08:00');
    const back = await office.post(`/api/info/items/${id}/return`, { reason: '请写明发生面积的测算依据' });
    expect(back.statusCode, back.body).toBe(200);
    const returned = (await city.get(`/api/info/emergencies/${id}`)).json();
    expect(returned).toMatchObject({ status: 'returned', can: { edit: true } });
    const res = await city.put(`/api/info/emergencies/${id}`, {
      ...PEST,
      scope: '约 300 亩杨树林（无人机航拍测算）',
      casualties: '无',
      trend: '有向周边扩散的风险',
      measures: '组织飞防和地面防治',
      leadersOnSite: '无',
      submit: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    const e = (await office.get(`/api/info/emergencies/${id}`)).json();
    // Its time of report is the first one: the clock stopped then, and no second one started.
    expect(e).toMatchObject({
      status: 'submitted',
      standing: 'late',
      submittedAt: '2026-12-04T19:05:00.000Z',
      can: { edit: false },
    });
    expect(e.reports[0].facts.find((f: { field: string }) => f.field === 'scope').value).toBe(
      '约 300 亩杨树林（无人机航拍测算）',
    );
    const texts = e.events.map((x: { text: string }) => x.text);
    expect(texts.slice(-2)).toEqual(['退回修改', '修改后重新报送']);
    const clocks = await t.database.query<{ n: number }>(
      `select count(*)::int as n from clocks where subject_id = $1 and status <> 'stopped'`,
      [id],
    );
    expect(clocks[0].n).toBe(0);
  });
});
