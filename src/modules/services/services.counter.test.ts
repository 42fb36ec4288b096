// The acceptance centre's counter, data scopes, extension limits, refusals, an item handler taking
// part in the decision (notice, blocking approval, certificate, release), statistics and the public
// account pages. Dates counted by hand on the 2026 calendar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../test/app.ts';
import { createAccount, upsertRole } from '../../platform/access/access.factories.ts';
import { seedCalendarFromPackage } from '../../platform/calendar/index.ts';
import { AppError } from '../../platform/errors.ts';
import { collectEscalations } from '../../platform/notify/escalation.ts';
import { sweepReminders } from '../../platform/notify/reminders.service.ts';
import { seedDemoData } from '../org/index.ts';
import { registerItemHandler } from './item-handlers.ts';

let t: TestApp;
const clients: Record<string, Client> = {};
const as = async (u: string) => {
  clients[u] ??= await t.signIn(u);
  return clients[u];
};
const at = (iso: string) => {
  t.clock.set(iso);
  for (const k of Object.keys(clients)) delete clients[k];
};

const approvals: string[] = [];
const releases: Array<{ id: string; reason: string }> = [];
registerItemHandler({
  itemCode: 'LIC-03',
  async classify(_ctx, values) {
    return Number(values.areaHa) <= 3
      ? { promisedWorkdays: 1, note: '小面积告知承诺，1 个工作日内办结' }
      : null;
  },
  async needsPublicNotice(_ctx, kase) {
    return Number(kase.form.areaHa) > 5 ? { days: 7 } : null;
  },
  async onApprove(_tx, kase) {
    if (Number(kase.form.areaHa) > 10) throw new AppError('QUOTA_EXCEEDED', { message: '超出年度限额' });
    approvals.push(kase.id);
  },
  async onRelease(_tx, kase, reason) {
    releases.push({ id: kase.id, reason });
  },
  async issueCertificate(_tx, kase) {
    return {
      certificateId: `cert-${kase.receiptCode}`,
      number: 'TEST-0001',
      downloadUrl: '/certificates/verify?no=TEST-0001',
    };
  },
});

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-02T09:00:00+08:00',
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
      await seedDemoData(ctx);
    },
  });
});
afterAll(() => t.close());

// 41012219900307123: weighted sum 215, 215 mod 11 = 6 → '10X98765432'[6] = "6".
const LISI_ID = '410122199003071236';
const values = (county: string, extra: Record<string, string> = {}) => ({
  contactName: '李四',
  contactPhone: '13912345678',
  address: '中牟县城关镇人民路 8 号',
  county,
  summary: '在本单位经营的林地内修建护林防火道路和管护用房。',
  ...extra,
});
const PAPER = [
  { specCode: 'application', copies: 1 },
  { specCode: 'identity', copies: 1 },
];

let lisi = '';
let zhongmu = '';
let xinan = '';

describe('the counter (窗口)', () => {
  it('refuses an ID number with a wrong check digit, naming the field', async () => {
    const res = await (await as('window')).get(
      '/api/services/counter/applicants?kind=citizen&idNumber=410122199003071234',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'idNumber', message: '居民身份证号码：不正确（请核对校验位）' },
    ]);
  });

  it('registers a walk-in applicant once, then finds and links the same account', async () => {
    const w = await as('window');
    const created = await w.post('/api/services/counter/applicants', {
      kind: 'citizen',
      name: '李四',
      idNumber: LISI_ID,
      phone: '13912345678',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().applicant.idNumberMask).toBe('4101**********1236');
    lisi = created.json().applicant.accountId;
    const again = await w.post('/api/services/counter/applicants', {
      kind: 'citizen',
      name: '李四',
      idNumber: LISI_ID,
      phone: '13912345678',
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: false, applicant: { accountId: lisi } });
    const found = await w.get(`/api/services/counter/applicants?kind=citizen&idNumber=${LISI_ID}`);
    expect(found.json().applicant.accountId).toBe(lisi);
  });

  it('will not register an application without the required paper materials', async () => {
    const res = await (await as('window')).post('/api/services/counter/cases', {
      itemCode: 'LIC-04',
      applicantAccountId: lisi,
      values: { ...values('410122'), areaHa: '0.5' },
      paper: PAPER,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'material_design', message: '办理材料「工程设施设计方案及位置图」：未收到（必交材料）' },
    ]);
  });

  it('registers and accepts on the spot, with a printable receipt', async () => {
    const w = await as('window');
    const res = await w.post('/api/services/counter/cases', {
      itemCode: 'LIC-04',
      applicantAccountId: lisi,
      values: { ...values('410122'), areaHa: '0.5' },
      paper: [...PAPER, { specCode: 'design', copies: 2 }],
      acceptNow: true,
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    zhongmu = body.id;
    expect(body.status).toBe('accepted');
    expect(body.channel).toBe('counter');
    // 3/3 … 3/27 is 19 working days; the 20th is Monday 30 March.
    expect(body.clocks.statutory.dueAt).toBe('2026-03-30T15:59:59.000Z');
    const receipt = await w.get(`/services/receipts/${zhongmu}`);
    expect(receipt.statusCode).toBe(200);
    expect(receipt.body).toContain('收件回执');
    expect(receipt.body).toContain(body.receiptCode.replace(/(.{4})(?=.)/g, '$1-'));
    expect(receipt.body).toContain('纸质 2 份');
    expect(receipt.body).toContain('4101**********1236');
    expect((await (await as('zhangsan')).get(`/services/receipts/${zhongmu}`)).statusCode).toBe(403);
  });

  it('lists the day’s queue and counts each staff member’s work', async () => {
    const w = await as('window');
    const second = await w.post('/api/services/counter/cases', {
      itemCode: 'LIC-04',
      applicantAccountId: lisi,
      values: { ...values('410323'), areaHa: '0.8' },
      paper: [...PAPER, { specCode: 'design', copies: 1 }],
    });
    xinan = second.json().id;
    const queue = (await w.get('/api/services/counter/queue')).json();
    expect(queue.day).toBe('2026-03-02');
    expect(queue.items.map((i: { id: string }) => i.id)).toEqual([zhongmu, xinan]);
    const stats = (await w.get('/api/services/counter/stats?from=2026-03-02&to=2026-03-02')).json();
    expect(stats.staff).toEqual([
      expect.objectContaining({ name: '何丽娟', registered: 2, accepted: 1, notAccepted: 0, total: 3 }),
    ]);
  });
});

describe('data scopes', () => {
  it('shows a city bureau only the cases of its own counties', async () => {
    const zz = await as('zhengzhou');
    const list = (await zz.get('/api/services/cases')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([zhongmu]);
    expect((await zz.get(`/api/services/cases/${zhongmu}`)).statusCode).toBe(200);
    const other = await zz.get(`/api/services/cases/${xinan}`);
    expect(other.statusCode).toBe(403);
    expect(other.json().detail).toBe('该办件不在您的数据权限范围内');
    expect((await zz.post(`/api/services/cases/${xinan}/accept`, {})).statusCode).toBe(403);
  });

  it("hides another county's case clock from a city bureau: 404, as for a clock that does not exist", async () => {
    const zz = await as('zhengzhou');
    const own = (await zz.get(`/api/services/cases/${zhongmu}`)).json().clocks.acceptance;
    const theirs = (await (await as('ziyuan')).get(`/api/services/cases/${xinan}`)).json().clocks.acceptance;
    expect(own.id).not.toBe(theirs.id);
    const mine = await zz.get(`/api/clocks/${own.id}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ id: own.id, subjectType: 'service_case', subjectId: zhongmu });
    const other = await zz.get(`/api/clocks/${theirs.id}`);
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ code: 'CLOCK_NOT_FOUND', detail: '未找到该计时' });
    expect(other.body).not.toContain(xinan);
    // Whoever may read the case reads its clock.
    expect((await (await as('ziyuan')).get(`/api/clocks/${theirs.id}`)).statusCode).toBe(200);
    // A member of staff without services:read sees no case clock, in scope or not.
    expect((await (await as('zhangsan')).get(`/api/clocks/${own.id}`)).statusCode).toBe(403);
  });

  it('lets the deciding division see the cases it decides, and the public none', async () => {
    const list = (await (await as('ziyuan')).get('/api/services/cases')).json();
    expect(list.items.map((i: { id: string }) => i.id).sort()).toEqual([zhongmu, xinan].sort());
    expect((await (await as('zhangsan')).get('/api/services/cases')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/services/cases' })).statusCode).toBe(401);
  });
});

describe('extension and refusal', () => {
  it('lets a leader extend by 10 working days at most', async () => {
    expect(
      (
        await (
          await as('window')
        ).post(`/api/services/cases/${zhongmu}/extension`, { days: 5, reason: '需专家论证' })
      ).statusCode,
    ).toBe(403);
    const deputy = await as('deputy');
    const res = await deputy.post(`/api/services/cases/${zhongmu}/extension`, {
      days: 10,
      reason: '需征求有关部门意见',
    });
    expect(res.statusCode).toBe(200);
    // 30 March + 10: 3/31 4/1 4/2 4/3, Qingming 4/4–4/6 off, 4/7 4/8 4/9 4/10 4/13 4/14.
    expect(res.json().clocks.statutory.dueAt).toBe('2026-04-14T15:59:59.000Z');
    expect(res.json().extensionDays).toBe(10);
    const more = await deputy.post(`/api/services/cases/${zhongmu}/extension`, { days: 1, reason: '再延长' });
    expect(more.statusCode).toBe(400);
    expect(more.json().errors[0]).toEqual({
      field: 'days',
      message: '延长天数：法定最多延长 10 个工作日，本件已延长 10 个工作日',
    });
  });

  it('requires reasons for a refusal and numbers the refusal decision', async () => {
    const ziyuan = await as('ziyuan');
    const bare = await ziyuan.post(`/api/services/cases/${zhongmu}/decision`, {
      decision: 'refuse',
      opinion: '不符合条件',
    });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors).toEqual([{ field: 'reasons', message: '不予许可理由：必填' }]);
    const res = await ziyuan.post(`/api/services/cases/${zhongmu}/decision`, {
      decision: 'refuse',
      opinion: '不符合条件',
      reasons: '拟建设施不属于直接为林业生产经营服务的工程设施',
    });
    expect(res.json().status).toBe('refused');
    expect(res.json().documents.at(-1)).toMatchObject({
      title: '不予行政许可决定书',
      number: '豫林许不准〔2026〕00001号',
    });
    const notes = await t.database.query<{ title: string }>(
      'select title from notifications where account_id = $1',
      [lisi],
    );
    expect(notes.map((n) => n.title)).toContain('不予许可：在林地上修筑直接为林业生产经营服务的工程设施审批');
  });
});

describe('an item handler in the flow', () => {
  let big = '';
  let small = '';

  it('takes the shorter promised limit the handler classifies', async () => {
    const w = await as('window');
    const mk = async (area: string) =>
      (
        await w.post('/api/services/counter/cases', {
          itemCode: 'LIC-03',
          applicantAccountId: lisi,
          values: { ...values('410122'), areaHa: area, periodFrom: '2026-04-01', periodTo: '2026-12-31' },
          paper: [...PAPER, { specCode: 'restoration', copies: 1 }, { specCode: 'landOwner', copies: 1 }],
          acceptNow: true,
        })
      ).json();
    const b = await mk('12');
    const s = await mk('2');
    big = b.id;
    small = s.id;
    expect(b.promisedWorkdays).toBe(15);
    expect(s.promisedWorkdays).toBe(1);
    expect(s.classifyNote).toBe('小面积告知承诺，1 个工作日内办结');
    // Accepted Monday 2 March: one working day → Tuesday 3 March.
    expect(s.clocks.promised.dueAt).toBe('2026-03-03T15:59:59.000Z');
  });

  it('requires the public notice first, and not before it ends', async () => {
    const ziyuan = await as('ziyuan');
    const early = await ziyuan.post(`/api/services/cases/${big}/decision`, {
      decision: 'approve',
      opinion: '同意',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('PUBLIC_NOTICE_REQUIRED');
    const notice = await ziyuan.post(`/api/services/cases/${big}/notice`, {});
    expect(notice.json().status).toBe('public_notice');
    expect(notice.json().noticeEndsAt).toBe('2026-03-09T15:59:59.000Z');
    expect(
      (await ziyuan.post(`/api/services/cases/${big}/notice/finish`, { outcome: '无异议' })).statusCode,
    ).toBe(409);
  });

  it('rolls the approval back when the handler refuses it (quota)', async () => {
    at('2026-03-10T09:00:00+08:00');
    const ziyuan = await as('ziyuan');
    expect(
      (await ziyuan.post(`/api/services/cases/${big}/notice/finish`, { outcome: '公示期间无异议' })).json()
        .noticeDone,
    ).toBe(true);
    const res = await ziyuan.post(`/api/services/cases/${big}/decision`, {
      decision: 'approve',
      opinion: '同意',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe('超出年度限额');
    const after = (await ziyuan.get(`/api/services/cases/${big}`)).json();
    expect(after.status).toBe('under_review');
    expect(after.clocks.statutory.status).toBe('running');
    expect(approvals).not.toContain(big);
  });

  it('issues the handler’s certificate and releases on revocation', async () => {
    const ziyuan = await as('ziyuan');
    const res = await ziyuan.post(`/api/services/cases/${small}/decision`, {
      decision: 'approve',
      opinion: '同意',
    });
    expect(res.json().status).toBe('completed');
    expect(res.json().certificate).toEqual({
      id: expect.stringMatching(/^cert-/),
      number: 'TEST-0001',
      url: '/certificates/verify?no=TEST-0001',
    });
    // Accepted 2 March, promised by 3 March, decided 10 March: late on the promise.
    expect(res.json().onTime).toBe(false);
    expect(approvals).toEqual([small]);
    const revoked = await ziyuan.post(`/api/services/cases/${small}/revocation`, {
      reason: '以欺骗手段取得许可',
    });
    expect(revoked.json().status).toBe('revoked');
    expect(releases).toEqual([{ id: small, reason: '以欺骗手段取得许可' }]);
  });

  it('counts the month in the statistics and the home card', async () => {
    const stats = (
      await (await as('ziyuan')).get('/api/services/stats?from=2026-03-01&to=2026-03-31')
    ).json();
    const lic03 = stats.items.find((i: { itemCode: string }) => i.itemCode === 'LIC-03');
    expect(lic03).toMatchObject({
      received: 2,
      receivedCounter: 2,
      decided: 1,
      approved: 1,
      onTime: 0,
      onTimeRate: 0,
    });
    const lic04 = stats.items.find((i: { itemCode: string }) => i.itemCode === 'LIC-04');
    expect(lic04).toMatchObject({ received: 2, decided: 1, refused: 1, onTimeRate: 100 });
    const home = (await (await as('window')).get('/api/services/home')).json();
    expect(home.stages).toMatchObject({ acceptance: 1, review: 1 });
  });
});

describe('overdue escalation (the statutory clock ladder)', () => {
  it('supervises a case past its statutory date through the leader in charge of the division, once per due date', async () => {
    const ctx = { ...t.ctx(), now: new Date('2026-06-01T09:00:00+08:00') };
    const reminders = await collectEscalations(ctx);
    const [deputy] = await t.database.query<{ id: string }>(
      "select id from accounts where username = 'deputy'",
    );
    const mine = reminders.filter((r) => r.title.startsWith('督办：法定办理期限：临时使用林地审批'));
    expect(mine).toHaveLength(1);
    expect(mine[0].accountIds).toEqual([deputy.id]);
    expect(mine[0].key).toMatch(/^esc:.+:督办:/);
    expect(mine[0].body).toContain('请督促承办单位尽快办结');
  });

  it('writes each step sent on the case timeline, staff-only, once however often the sweeper runs', async () => {
    const ctx = { ...t.ctx(), now: new Date('2026-06-01T09:00:00+08:00') };
    const [supervise] = (await collectEscalations(ctx)).filter((r) =>
      r.title.startsWith('督办：法定办理期限：临时使用林地审批'),
    );
    const caseId = supervise.link?.split('/').at(-1);
    await sweepReminders(ctx);
    await sweepReminders(ctx);
    const detail = (await (await as('ziyuan')).get(`/api/services/cases/${caseId}`)).json();
    const steps = detail.timeline.filter((e: { kind: string }) => e.kind.startsWith('escalation.'));
    // Weeks past the due date: the reminders before it (届满前3个工作日, 届满当日) are moot; 催办 and
    // 督办 (超期1个工作日) are sent, each once.
    expect(steps.map((e: { kind: string }) => e.kind)).toEqual(['escalation.催办', 'escalation.督办']);
    const last = steps.at(-1);
    expect(last).toMatchObject({ title: '督办', visible: false, actorName: '系统' });
    expect(last.internalNote).toMatch(/^向分管领导发出督办：「法定办理期限：临时使用林地审批/);
    // The applicant's tracking page reads only public steps.
    expect(
      detail.timeline.filter(
        (e: { visible: boolean; kind: string }) => e.visible && e.kind.startsWith('escalation.'),
      ),
    ).toEqual([]);
  });
});

describe('fees (收费) through the counter driver', () => {
  it('holds the certificate until the assessed fee is paid', async () => {
    const w = await as('window');
    const hnmy = (
      await w.get('/api/services/counter/applicants?kind=org&creditCode=91410122MA45L6W0RY')
    ).json().applicant;
    const created = await w.post('/api/services/counter/cases', {
      itemCode: 'LIC-02',
      applicantAccountId: hnmy.accountId,
      values: {
        ...values('410122'),
        projectName: '中牟县苗圃道路',
        areaHa: '0.2',
        landType: '用材林/经济林/薪炭林林地',
      },
      paper: [
        ...PAPER,
        { specCode: 'approval', copies: 1 },
        { specCode: 'feasibility', copies: 1 },
        { specCode: 'landOwner', copies: 1 },
      ],
      acceptNow: true,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const ziyuan = await as('ziyuan');
    // 0.2 ha = 2000 m² at 6 元/m² = 12,000 元.
    const fee = await ziyuan.post(`/api/services/cases/${id}/fees`, { feeCode: 'FEE-01', amountYuan: 12000 });
    expect(fee.json().payments).toEqual([
      expect.objectContaining({ feeName: '森林植被恢复费', amountYuan: 12000, status: 'due' }),
    ]);
    const approved = await ziyuan.post(`/api/services/cases/${id}/decision`, {
      decision: 'approve',
      opinion: '同意',
    });
    expect(approved.json().status).toBe('approved');
    const early = await ziyuan.post(`/api/services/cases/${id}/certificate`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('FEES_DUE');
    const paymentId = approved.json().payments[0].id;
    expect(
      (await w.post(`/api/services/cases/${id}/payments/${paymentId}`, { receiptNo: '中' })).json().errors[0]
        .field,
    ).toBe('receiptNo');
    const paid = await w.post(`/api/services/cases/${id}/payments/${paymentId}`, {
      receiptNo: 'HN2026-000888',
    });
    expect(paid.json().payments[0]).toMatchObject({ status: 'paid', receiptNo: 'HN2026-000888' });
    const issued = await ziyuan.post(`/api/services/cases/${id}/certificate`, {});
    expect(issued.json().status).toBe('completed');
    expect(issued.json().certificate.number).toMatch(/^豫林许准〔2026〕\d{5}号$/);
  });

  it('keeps a promised limit within the statutory one when staff edit a guide', async () => {
    const res = await (await as('window')).patch('/api/services/items/LIC-05', { promisedWorkdays: 25 });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'promisedWorkdays', message: '承诺时限不得超过法定时限 20 个工作日' },
    ]);
    expect(
      (await (await as('ziyuan')).patch('/api/services/items/LIC-05', { promisedWorkdays: 10 })).statusCode,
    ).toBe(403);
  });
});

describe('public account pages', () => {
  const form = (body: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: '/account/register',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(body).toString(),
    });
  const base = {
    kind: 'citizen',
    consent: '2026-03', // the personal-information notice, ticked on the step before
    displayName: '王五',
    username: 'wangwu',
    phone: '13700000000',
    password: 'Lz#Wang2026',
    password2: 'Lz#Wang2026',
    next: '/services/LIC-03/apply',
  };

  it('refuses an ID number with a wrong check digit, naming the field', async () => {
    const res = await form({ ...base, idNumber: '410122199003071230' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('校验位（第 18 位）不符，请逐位核对');
    expect(res.body).toContain('href="#f-idNumber"');
  });

  it('registers, signs in and returns to the application form', async () => {
    // 41010219950101002: weighted sum 148, 148 mod 11 = 5 → '10X98765432'[5] = "7".
    // Registration answers the same page whether or not the number was registered before (no
    // enumeration), so it does not sign in; the person signs in next and returns to the form.
    const res = await form({ ...base, idNumber: '410102199501010027' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('注册申请已受理');
    const login = await t.app.inject({
      method: 'POST',
      url: '/account/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `username=wangwu&password=${encodeURIComponent('Lz#Wang2026')}&next=${encodeURIComponent('/services/LIC-03/apply')}`,
    });
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe('/services/LIC-03/apply');
    const cookie = login.cookies.find((c) => c.name === 'lz_sid');
    const page = await t.app.inject({
      method: 'GET',
      url: '/services/LIC-03/apply',
      headers: { cookie: `lz_sid=${cookie!.value}` },
    });
    expect(page.body).toContain('申请人：<strong>王五</strong>');
  });

  it('signs in with a wrong password and says so on the page', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/account/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'username=zhangsan&password=wrong&next=%2Fservices',
    });
    expect(res.statusCode).toBe(401);
    expect(res.body).toContain('用户名或密码错误');
  });
});

// 窗口收件 with 当场受理 is one transaction, and the form's request key makes it happen once (issue 12
// item 9): a double click or a retry after a lost reply answers with the case the first try made.
describe('counter intake, once and whole', () => {
  const countCases = async () =>
    (await t.database.query<{ n: number }>('select count(*)::int as n from service_cases'))[0].n;
  const intake = (extra: Record<string, unknown>) => ({
    itemCode: 'LIC-04',
    applicantAccountId: lisi,
    values: { ...values('410122'), areaHa: '0.6' },
    paper: [...PAPER, { specCode: 'design', copies: 1 }],
    ...extra,
  });

  it('refuses 当场受理 to a clerk who may register but not accept, and registers nothing', async () => {
    const ctx = t.ctx();
    const [centre] = await t.database.query<{ id: string }>("select id from units where code = 'HNLY-SLZX'");
    await upsertRole(
      ctx.db,
      {
        code: 'intake_only',
        name: '收件员',
        permissions: ['services:counter', 'services:read'],
        dataScope: 'unit',
      },
      ctx.now,
    );
    await createAccount(
      ctx.db,
      ctx.deps.cipher,
      { username: 'intake1', roleCodes: ['intake_only'], unitId: centre.id },
      ctx.now,
    );
    const before = await countCases();
    const res = await (await t.signIn('intake1')).post(
      '/api/services/counter/cases',
      intake({ acceptNow: true }),
    );
    expect(res.statusCode).toBe(403);
    // Before, the case was registered and then the acceptance refused: a case without a receipt.
    expect(await countCases()).toBe(before);
  });

  it('makes one case of a double click, answering the second with the same case', async () => {
    const w = await as('window');
    const before = await countCases();
    const body = intake({ acceptNow: true, requestKey: 'counter-form-7f3a9c21d04e' });
    const [first, second] = await Promise.all([
      w.post('/api/services/counter/cases', body),
      w.post('/api/services/counter/cases', body),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 201]);
    expect(first.json().id).toBe(second.json().id);
    expect(first.json().receiptCode).toBe(second.json().receiptCode);
    expect(second.json().status).toBe('accepted');
    const retry = await w.post('/api/services/counter/cases', body);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(first.json().id);
    expect(await countCases()).toBe(before + 1);
    // A new application (a new key) is a new case.
    const next = await w.post('/api/services/counter/cases', {
      ...body,
      requestKey: 'counter-form-0b8e44aa19c2',
    });
    expect(next.statusCode).toBe(201);
    expect(await countCases()).toBe(before + 2);
  });

  it('keeps nothing of a refused try: the same key then registers the corrected application', async () => {
    const w = await as('window');
    const before = await countCases();
    const key = 'counter-form-5c1d2e3f4a5b';
    const missing = await w.post('/api/services/counter/cases', intake({ paper: PAPER, requestKey: key }));
    expect(missing.statusCode).toBe(400);
    expect(await countCases()).toBe(before);
    const fixed = await w.post('/api/services/counter/cases', intake({ requestKey: key }));
    expect(fixed.statusCode).toBe(201);
    expect(await countCases()).toBe(before + 1);
  });
});
