// 厅长信箱 as its users meet it: a citizen writes on the public form without JavaScript (human
// check, field messages, flood limit), gets a receipt code and query password, tracks the letter;
// the office triages and routes it, the unit drafts, its head and the office approve, the reply is
// sent on the platform clock, published redacted with consent, rated; a wrong password locks the
// code without telling whether it exists; a report reaches the discipline staff alone.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../../test/app.ts';
import { auditLog } from '../../../platform/audit/audit.table.ts';
import { clocks } from '../../../platform/calendar/calendar.table.ts';
import { chinaDay, seedCalendarFromPackage } from '../../../platform/calendar/index.ts';
import { deliveries } from '../../../platform/notify/notify.table.ts';
import { seedDemoData } from '../../org/index.ts';
import {
  actingAs,
  answerLetter,
  at,
  rateLetter,
  trackLetter,
  unitId,
  writeLetter,
} from '../interaction.factories.ts';
import { letters } from '../interaction.table.ts';
import { acceptLetter, approveReply, officeApproveReply, saveReplyDraft } from './handle-letter.ts';
import { vetoFigures } from './veto.ts';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({
    // Monday 2 March 2026, 09:00 in Zhengzhou.
    now: '2026-03-02T09:00:00+08:00',
    seed: async (ctx) => {
      await seedDemoData(ctx);
      await seedCalendarFromPackage(ctx);
    },
  });
});
afterAll(() => t.close());

const html = (url: string, client?: Client) =>
  t.app.inject({
    method: 'GET',
    url,
    headers: { accept: 'text/html', ...(client ? { cookie: client.cookie } : {}) },
  });

function post(url: string, fields: Record<string, string>, options: { ip?: string; cookie?: string } = {}) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'text/html',
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    payload: new URLSearchParams(fields).toString(),
    remoteAddress: options.ip ?? '198.51.100.7',
  });
}

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ORDINAL: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3 };

/** Reads the form's question and answers it as a person would. */
function answerHumanCheck(page: string): { humanCheckId: string; humanAnswer: string } {
  const token = /name="humanCheckId" value="([^"]+)"/.exec(page)?.[1];
  if (!token) throw new Error('no human check on the page');
  const sum = /验证问题：(.)加(.)等于几/.exec(page);
  if (sum) return { humanCheckId: token, humanAnswer: String(NUMERALS[sum[1]] + NUMERALS[sum[2]]) };
  const word = /验证问题：(?:“|&quot;|&#x201C;)?“?([^”]+)”的第(.)个字/.exec(page);
  if (!word) throw new Error(`cannot read the question: ${/验证问题：[^<]*/.exec(page)?.[0]}`);
  return { humanCheckId: token, humanAnswer: [...word[1]][ORDINAL[word[2]]] };
}

const LETTER = {
  channel: 'mailbox',
  name: '王建国',
  phone: '13838112233',
  email: 'wangjg@example.com',
  category: '林业改革与政策',
  subject: '护林员补助何时发放',
  body: '我是新县八里畈镇的护林员王建国，电话13838112233。去年下半年的护林员补助至今没有发放，请问什么时候能发？',
  consentPublish: 'on',
};

/** Writes through the public form and returns the receipt page the browser lands on. */
async function writeThroughForm(fields: Record<string, string> = {}, ip?: string) {
  const form = await html('/letters/new?channel=mailbox');
  expect(form.statusCode).toBe(200);
  const res = await post(
    '/letters/new?channel=mailbox',
    { ...LETTER, ...fields, ...answerHumanCheck(form.body) },
    { ip },
  );
  if (res.statusCode !== 303) return { res, receipt: null };
  expect(res.headers.location).toBe('/letters/submitted');
  const cookie = String(res.headers['set-cookie']).split(';')[0];
  const receipt = await html('/letters/submitted', undefined);
  const shown = await t.app.inject({
    method: 'GET',
    url: '/letters/submitted',
    headers: { cookie, accept: 'text/html' },
  });
  expect(receipt.body).not.toContain('查询密码：'); // without the cookie, nothing is shown again
  const code = /<dt>查询码<\/dt><dd><strong>([^<]+)<\/strong>/.exec(shown.body)?.[1];
  const password = /<dt>查询密码<\/dt><dd><strong>(\d{6})<\/strong>/.exec(shown.body)?.[1];
  return { res, receipt: shown.body, code: code?.replace(/[^A-Z0-9]/g, ''), password };
}

describe('writing a letter', () => {
  it('shows the form with a question for people and no CSRF field for an anonymous visitor', async () => {
    const res = await html('/letters/new?channel=mailbox');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('厅长信箱');
    expect(res.body).toMatch(/验证问题：/);
    expect(res.body).not.toContain('<script');
  });

  it('names every missing field and a wrong answer at once, and saves nothing', async () => {
    const before = await t.database.db.$count(letters);
    const form = await html('/letters/new?channel=mailbox');
    const { humanCheckId } = answerHumanCheck(form.body);
    const res = await post('/letters/new?channel=mailbox', {
      channel: 'mailbox',
      subject: '',
      body: '<script>alert(1)</script>请处理',
      category: '林业改革与政策',
      humanCheckId,
      humanAnswer: '999',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('请填写姓名');
    expect(res.body).toContain('请填写联系电话');
    expect(res.body).toContain('请填写标题');
    expect(res.body).toContain('来信内容不能包含网页脚本或代码');
    expect(res.body).toContain('验证问题回答不正确');
    expect(res.body).not.toContain('<script>alert(1)');
    expect(await t.database.db.$count(letters)).toBe(before);
  });

  it('gives a receipt code and a query password once, mails them, and starts a 5-working-day clock', async () => {
    const { receipt, code, password } = await writeThroughForm();
    expect(receipt).toContain('来信已提交');
    expect(code).toMatch(/^[A-Z0-9]{12}$/);
    expect(password).toMatch(/^\d{6}$/);
    const [row] = await t.database.db
      .select()
      .from(letters)
      .where(eq(letters.receiptCode, code as string));
    expect(row.status).toBe('received');
    expect(row.number).toBe('信〔2026〕000001号');
    // Stored encrypted, masked for lists.
    expect(row.writerEnc).toMatch(/^sm4:/);
    expect(row.writerEnc).not.toContain('王建国');
    expect(row.writerMask).toBe('王*国');
    // The receipt mailed to the address given, with both the code and the password.
    const mails = await t.database.db
      .select()
      .from(deliveries)
      .where(eq(deliveries.recipient, 'wangjg@example.com'));
    const mail = mails.find((m) => m.body.includes(code as string));
    expect(mail?.subject).toBe('来信已收到：信〔2026〕000001号');
    expect(mail?.body).toContain(`查询密码：${password}`);
    // Received Monday 2 March: five working days from the next working day → Monday 9 March, end of day.
    const [clock] = await t.database.db
      .select()
      .from(clocks)
      .where(eq(clocks.id, row.clockId as string));
    expect(clock.status).toBe('running');
    expect(row.dueAt?.toISOString()).toBe(new Date('2026-03-09T23:59:59+08:00').toISOString());
  });

  it('flags sensitive words for the office and keeps the letter', async () => {
    const { code } = await writeThroughForm({
      subject: '有人要集体上访',
      body: '村民说要集体上访反映林地补偿问题，请领导重视。',
    });
    const [row] = await t.database.db
      .select()
      .from(letters)
      .where(eq(letters.receiptCode, code as string));
    expect(row.flaggedWords).toEqual(['上访', '集体上访']);
  });

  it('limits letters from one network address with a clear message', async () => {
    let last = null;
    for (let i = 0; i < 12; i++) {
      const { res } = await writeThroughForm({ subject: `第${i + 1}封信` }, '203.0.113.50');
      last = res;
      if (res.statusCode !== 303) break;
    }
    expect(last?.statusCode).toBe(429);
    expect(last?.body).toContain('同一网络地址一小时内最多写信');
  });
});

describe('tracking', () => {
  it('shows where the letter is with the right password, and says nothing more with a wrong one', async () => {
    const { code, password } = await writeThroughForm({ subject: '查询测试' });
    const ok = await post('/letters/track', { code: code as string, password: password as string });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('查询测试');
    expect(ok.body).toContain('已收到，待分办');
    const wrong = await post('/letters/track', {
      code: code as string,
      password: '000000' === password ? '111111' : '000000',
    });
    const none = await post('/letters/track', { code: 'ZZZZZZZZZZZZ', password: '123456' });
    expect(wrong.statusCode).toBe(400);
    expect(none.statusCode).toBe(400);
    expect(wrong.body).toContain('查询码或查询密码不正确');
    expect(none.body).toContain('查询码或查询密码不正确');
  });

  it('locks a code after 5 wrong passwords, whether or not it exists', async () => {
    const { code, password } = await writeThroughForm({ subject: '锁定测试' });
    const bad = password === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) await post('/letters/track', { code: code as string, password: bad });
    const locked = await post('/letters/track', { code: code as string, password: password as string });
    expect(locked.statusCode).toBe(429);
    expect(locked.body).toContain('请 30 分钟后再试');
    for (let i = 0; i < 5; i++) await post('/letters/track', { code: 'QQQQQQQQQQQQ', password: '123456' });
    const ghost = await post('/letters/track', { code: 'QQQQQQQQQQQQ', password: '123456' });
    expect(ghost.statusCode).toBe(429);
  });
});

describe('handling, reply and publication', () => {
  it('goes from the office to the unit, its head, the office, and back to the writer, who rates it', async () => {
    const { code, password } = await writeThroughForm({ subject: '补助发放的问题' });
    const [row] = await t.database.db
      .select()
      .from(letters)
      .where(eq(letters.receiptCode, code as string));
    const office = await t.signIn('office');
    const drafter = await t.signIn('ziyuan');

    const queue = (await office.get('/api/interaction/letters?status=received')).json();
    const item = queue.items.find((i: { id: string }) => i.id === row.id);
    expect(item.writerMask).toBe('王*国');
    expect(JSON.stringify(queue)).not.toContain('13838112233');

    // The unit cannot see it before it is routed there.
    expect((await drafter.get(`/api/interaction/letters/${row.id}`)).statusCode).toBe(404);
    const zyc = await unitId(t.ctx(), 'HNLY-ZYC');
    const accepted = await office.post(`/api/interaction/letters/${row.id}/accept`, { unitId: zyc });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().status).toBe('assigned');

    // Two days later (sessions do not last that long: everyone signs in again).
    t.clock.set('2026-03-04T10:00:00+08:00');
    const drafter2 = await t.signIn('ziyuan');
    const head = await t.signIn('chuzhang');
    const previewRes = await drafter2.post(`/api/interaction/letters/${row.id}/redaction`, {
      answer: '王建国同志：您好！补助将于3月底前发放，可拨打0376-2981234咨询。',
    });
    expect(previewRes.statusCode, previewRes.body).toBe(200);
    const preview = previewRes.json();
    expect(preview.question.redacted).not.toContain('13838112233');
    expect(preview.question.redacted).not.toContain('王建国');
    expect(preview.answer.redacted).not.toContain('王建国');
    const drafted = await drafter2.post(`/api/interaction/letters/${row.id}/draft`, {
      reply: '王建国同志：您好！经核实，补助将于3月底前发放到位。',
      publish: true,
      publicQuestion: preview.question.redacted,
      publicAnswer: '您好！经核实，补助将于3月底前发放到位。',
      submit: true,
    });
    expect(drafted.statusCode).toBe(200);
    expect(drafted.json().status).toBe('drafted');
    // The drafter may not approve their own unit's reply.
    expect((await drafter2.post(`/api/interaction/letters/${row.id}/approve`, {})).statusCode).toBe(403);
    const approved = await head.post(`/api/interaction/letters/${row.id}/approve`, {});
    expect(approved.json().status).toBe('office_review');
    t.clock.set('2026-03-05T15:00:00+08:00');
    const sent = await (await t.signIn('office')).post(
      `/api/interaction/letters/${row.id}/office-approve`,
      {},
    );
    expect(sent.statusCode).toBe(200);
    expect(sent.json().status).toBe('answered');
    // Every step on the letter's timeline, in order, with who took it; the drafts are staff-only.
    const steps = (
      sent.json().timeline as Array<{ text: string; public: boolean; actorName: string | null }>
    ).map((e) => [e.text, e.public]);
    expect(steps).toEqual([
      ['来信已收到', true],
      ['已受理，交森林资源管理处办理', true],
      ['答复稿送单位负责人审核', false],
      ['单位负责人审核通过，送办公室审核', false],
      ['已答复', true],
    ]);

    const [done] = await t.database.db.select().from(letters).where(eq(letters.id, row.id));
    expect(done.answeredOnTime).toBe(true);
    expect(done.answerWorkdays).toBe(3); // Monday 2 → Thursday 5 March
    const [clock] = await t.database.db
      .select()
      .from(clocks)
      .where(eq(clocks.id, row.clockId as string));
    expect(clock.status).toBe('stopped');

    // Published without the writer's name or phone number.
    const list = await html('/letters');
    expect(list.body).toContain('补助发放的问题');
    const pub = await html(`/letters/${row.id}`);
    expect(pub.statusCode).toBe(200);
    expect(pub.body).toContain('补助将于3月底前发放到位');
    expect(pub.body).not.toContain('13838112233');
    expect(pub.body).not.toContain('王建国');
    // Found in the site search, as 答复公开, by its redacted text; the writer nowhere.
    const found = await html(`/search?q=${encodeURIComponent('补助发放')}`);
    expect(found.body).toContain(`href="/letters/${row.id}"`);
    expect(found.body).toContain('答复公开');
    expect(found.body).not.toContain('13838112233');

    // The writer reads the reply and rates it once.
    const tracked = await post('/letters/track', { code: code as string, password: password as string });
    expect(tracked.body).toContain('经核实，补助将于3月底前发放到位');
    // The writer sees the public steps only, with their days.
    const shown = [...tracked.body.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
      m[1].replace(/<[^>]+>/g, ' '),
    );
    expect(shown.some((l) => l.includes('2026-03-02') && l.includes('来信已收到'))).toBe(true);
    expect(shown.some((l) => l.includes('2026-03-05') && l.includes('已答复'))).toBe(true);
    expect(tracked.body).not.toContain('答复稿送单位负责人审核');
    const token = /name="token" value="([^"]+)"/.exec(tracked.body)?.[1] as string;
    const rated = await post('/letters/track/rate', { token, rating: 'satisfied', comment: '' });
    expect(rated.statusCode).toBe(200);
    expect(rated.body).toContain('来信人评价：满意');
    expect(rated.body).toContain('您的评价：<strong>满意</strong>');
    const again = await post('/letters/track/rate', { token, rating: 'unsatisfied', comment: '再评一次' });
    expect(again.statusCode).toBe(409);

    // The audit trail names the steps, never the writer.
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.objectId, row.id));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'interaction.letter.submit',
        'interaction.letter.accept',
        'interaction.letter.draft-submit',
        'interaction.letter.unit-approve',
        'interaction.letter.office-approve',
        'interaction.letter.rate',
      ]),
    );
    expect(JSON.stringify(audit)).not.toContain('13838112233');
    expect(JSON.stringify(audit)).not.toContain('王建国');
  });

  it('keeps the reply clock through a transfer to another unit', async () => {
    const office = await actingAs(t.ctx(), 'office');
    const w = await writeLetter(t.ctx(), { subject: '转办测试' });
    await acceptLetter(office, { id: w.id, unitId: await unitId(office, 'HNLY-ZYC') });
    const [before] = await t.database.db.select().from(letters).where(eq(letters.id, w.id));
    const client = await t.signIn('office');
    const other = await unitId(office, 'HNLY-BGS');
    const moved = await client.post(`/api/interaction/letters/${w.id}/transfer`, {
      unitId: other,
      reason: '属办公室职责',
    });
    expect(moved.statusCode).toBe(200);
    const [after] = await t.database.db.select().from(letters).where(eq(letters.id, w.id));
    expect(after.unitId).toBe(other);
    expect(after.clockId).toBe(before.clockId);
    expect(after.dueAt?.toISOString()).toBe(before.dueAt?.toISOString());
    const [clock] = await t.database.db
      .select()
      .from(clocks)
      .where(eq(clocks.id, after.clockId as string));
    expect(clock.responsibleUnitId).toBe(other);
  });
});

describe('satisfaction', () => {
  const staffAt = async () => ({
    office: await actingAs(t.ctx(), 'office'),
    drafter: await actingAs(t.ctx(), 'ziyuan'),
    head: await actingAs(t.ctx(), 'chuzhang'),
  });
  const times = (d: string) => ({
    accept: new Date(`${d}T10:00:00+08:00`),
    draft: new Date(`${d}T14:00:00+08:00`),
    approve: new Date(`${d}T16:00:00+08:00`),
  });
  const rowOf = async (id: string) =>
    (await t.database.db.select().from(letters).where(eq(letters.id, id)))[0];
  const d16 = (time: string) => new Date(`2026-03-16T${time}:00+08:00`);
  const fieldsOf = (res: { json: () => { errors?: Array<{ field: string }> } }) =>
    (res.json().errors ?? []).map((e) => e.field);

  it('takes one rating per reply, and the office reopens an unsatisfied letter once, on a new clock', async () => {
    // Monday 9 March 2026.
    t.clock.set('2026-03-09T09:00:00+08:00');
    const w = await writeLetter(t.ctx(), { subject: '满意度：林道修复' });
    const creds = { code: w.receiptCode, password: w.password };

    // Before the reply: no rating form, and a posted rating is refused naming the field.
    const early = await post('/letters/track', creds);
    expect(early.body).not.toContain('评价这次答复');
    const earlyToken = (await trackLetter(t.ctx(), creds)).token;
    const tooEarly = await post('/letters/track/rate', {
      token: earlyToken,
      rating: 'satisfied',
      comment: '',
    });
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.body).toContain('来信答复后才能评价');
    expect((await rowOf(w.id)).rating).toBeNull();

    // Answered on Monday (accepted, drafted, approved by the head and the office the same day).
    await answerLetter(
      await staffAt(),
      w.id,
      { publish: true, publicQuestion: '村里的林道被洪水冲毁，何时修复？', publicAnswer: '已安排修复林道。' },
      times('2026-03-09'),
    );
    const searchLindao = () => html(`/search?q=${encodeURIComponent('林道修复')}`);
    expect((await searchLindao()).body).toContain(`href="/letters/${w.id}"`);
    const firstClock = (await rowOf(w.id)).clockId;

    // Wednesday 11 March: the writer rates it 不满意 — the comment is optional — once.
    t.clock.set('2026-03-11T09:00:00+08:00');
    const tracked = await post('/letters/track', creds);
    expect(tracked.body).toContain('评价这次答复');
    const token = /name="token" value="([^"]+)"/.exec(tracked.body)?.[1] as string;
    const rated = await post('/letters/track/rate', { token, rating: 'unsatisfied', comment: '' });
    expect(rated.statusCode).toBe(200);
    expect(rated.body).toContain('您的评价：<strong>不满意</strong>');
    expect(rated.body).not.toContain('评价这次答复');
    const twice = await post('/letters/track/rate', { token, rating: 'satisfied', comment: '改成满意' });
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('每次答复只能评价一次');
    expect(await rowOf(w.id)).toMatchObject({ rating: 'unsatisfied', ratingComment: null });

    // Thursday 12 March: the office reopens it; a new 5-working-day clock from the next working day:
    // Fri 13, Mon 16, Tue 17, Wed 18, Thu 19 March.
    t.clock.set('2026-03-12T10:00:00+08:00');
    const office = await t.signIn('office');
    const detail = (await office.get(`/api/interaction/letters/${w.id}`)).json();
    expect(detail.actions).toContain('reopen');
    const noReason = await office.post(`/api/interaction/letters/${w.id}/reopen`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(fieldsOf(noReason)).toEqual(['reason']);
    expect((await rowOf(w.id)).status).toBe('answered');
    const reopened = await office.post(`/api/interaction/letters/${w.id}/reopen`, {
      reason: '林道仍未修复，请现场核实',
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json().status).toBe('assigned');
    expect(reopened.json().timeline.at(-1)).toMatchObject({ text: '重新办理', public: true });
    const open = await rowOf(w.id);
    expect(open.reopenCount).toBe(1);
    expect(open.clockId).not.toBe(firstClock);
    expect(chinaDay(open.dueAt as Date)).toBe('2026-03-19');
    const [clock] = await t.database.db
      .select()
      .from(clocks)
      .where(eq(clocks.id, open.clockId as string));
    expect(clock.status).toBe('running');
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.objectId, w.id));
    expect(audit.map((a) => a.action)).toContain('interaction.letter.reopen');
    // In hand again: no longer published, nor found in the search.
    expect((await html(`/letters/${w.id}`)).statusCode).toBe(404);
    expect((await searchLindao()).body).not.toContain(`href="/letters/${w.id}"`);

    // The writer sees it in hand again; the first rating stays on the public steps.
    const again = await post('/letters/track', creds);
    expect(again.body).toContain('重新办理');
    expect(again.body).toContain('来信人评价：不满意');
    expect(again.body).not.toContain('评价这次答复');

    // Answered again on Monday 16 March: the writer rates the new reply, once more.
    const staff = await staffAt();
    await saveReplyDraft(at(staff.drafter, d16('10:00')), {
      id: w.id,
      reply: '您好！经现场核实，林道已于3月15日修复。',
      submit: true,
    });
    await approveReply(at(staff.head, d16('11:00')), { id: w.id });
    await officeApproveReply(at(staff.office, d16('15:00')), { id: w.id });
    t.clock.set('2026-03-17T09:00:00+08:00');
    const second = await post('/letters/track', creds);
    expect(second.body).toContain('评价这次答复');
    const token2 = /name="token" value="([^"]+)"/.exec(second.body)?.[1] as string;
    const rated2 = await post('/letters/track/rate', {
      token: token2,
      rating: 'unsatisfied',
      comment: '还是没修',
    });
    expect(rated2.statusCode).toBe(200);
    expect(rated2.body).toContain('您的评价：<strong>不满意</strong>（还是没修）');
    expect(
      (await post('/letters/track/rate', { token: token2, rating: 'fair', comment: '' })).statusCode,
    ).toBe(409);

    // It cannot be reopened a second time: refused naming why, nothing changed.
    const office2 = await t.signIn('office');
    expect((await office2.get(`/api/interaction/letters/${w.id}`)).json().actions).not.toContain('reopen');
    const refused = await office2.post(`/api/interaction/letters/${w.id}/reopen`, { reason: '再办一次' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('已重新办理过一次');
    expect(fieldsOf(refused)).toEqual(['reopenCount']);
    expect(await rowOf(w.id)).toMatchObject({ status: 'answered', reopenCount: 1 });
  });

  it('does not reopen a letter its writer was satisfied with, or has not rated', async () => {
    t.clock.set('2026-03-18T09:00:00+08:00');
    const satisfied = await writeLetter(t.ctx(), { subject: '满意度：已满意' });
    const unrated = await writeLetter(t.ctx(), { subject: '满意度：未评价' });
    const staff = await staffAt();
    await answerLetter(staff, satisfied.id, {}, times('2026-03-18'));
    await answerLetter(staff, unrated.id, {}, times('2026-03-18'));
    t.clock.set('2026-03-19T09:00:00+08:00');
    const { token } = await trackLetter(t.ctx(), {
      code: satisfied.receiptCode,
      password: satisfied.password,
    });
    await rateLetter(t.ctx(), { token, rating: 'satisfied' });

    const office = await t.signIn('office');
    for (const [w, says] of [
      [satisfied, '来信人评价为“满意”'],
      [unrated, '来信人还没有评价'],
    ] as const) {
      expect((await office.get(`/api/interaction/letters/${w.id}`)).json().actions).not.toContain('reopen');
      const res = await office.post(`/api/interaction/letters/${w.id}/reopen`, { reason: '想再办一次' });
      expect(res.statusCode).toBe(409);
      expect(res.json().detail).toContain(says);
      expect(fieldsOf(res)).toEqual(['rating']);
      expect(await rowOf(w.id)).toMatchObject({ status: 'answered', reopenCount: 0 });
    }
  });
});

describe('confidential reports', () => {
  it('reach the discipline staff alone, and the reporter only when they ask', async () => {
    const w = await writeLetter(t.ctx(), {
      channel: 'report',
      name: '赵举报',
      phone: '13700001111',
      subject: '某林业站站长收受好处',
      body: '某林业站站长在审批采伐时收受好处费，请调查。',
      category: '行政执法',
    });
    const seen: Record<string, number> = {};
    for (const user of ['office', 'director', 'ziyuan', 'chuzhang', 'jijian']) {
      const c = await t.signIn(user);
      const list = await c.get('/api/interaction/letters?pageSize=100');
      const found = list.statusCode === 200 && list.json().items.some((i: { id: string }) => i.id === w.id);
      seen[user] = (await c.get(`/api/interaction/letters/${w.id}`)).statusCode;
      expect(found).toBe(user === 'jijian');
      expect(JSON.stringify(list.json())).not.toContain('赵举报');
    }
    expect(seen).toEqual({ office: 404, director: 404, ziyuan: 404, chuzhang: 404, jijian: 200 });
    const jijian = await t.signIn('jijian');
    const writer = await jijian.get(`/api/interaction/letters/${w.id}/writer`);
    expect(writer.json()).toMatchObject({ name: '赵举报', phone: '13700001111' });
    expect((await (await t.signIn('office')).get(`/api/interaction/letters/${w.id}/writer`)).statusCode).toBe(
      404,
    );
  });
});

describe('the 3-month veto', () => {
  it('counts open letters older than three months for the freshness monitor', async () => {
    const before = await vetoFigures(t.ctx());
    expect(before.unanswered).toBe(0);
    const old = await writeLetter(
      { ...t.ctx(), now: new Date('2025-11-20T09:00:00+08:00') },
      { subject: '很久以前的信' },
    );
    const after = await vetoFigures(t.ctx());
    expect(after.unanswered).toBe(1);
    expect(after.offenders.map((o) => o.id)).toEqual([old.id]);
    await t.database.db.delete(letters).where(eq(letters.id, old.id));
  });
});

describe('the human check of the form', () => {
  it('takes an answered question once: the same form posted again is refused and saves nothing', async () => {
    const form = await html('/letters/new?channel=mailbox');
    const answered = { ...LETTER, ...answerHumanCheck(form.body) };
    const first = await post('/letters/new?channel=mailbox', answered, { ip: '198.51.100.31' });
    expect(first.statusCode).toBe(303);
    const before = await t.database.db.$count(letters);
    const replay = await post('/letters/new?channel=mailbox', answered, { ip: '198.51.100.31' });
    expect(replay.statusCode).toBe(400);
    expect(replay.body).toContain('这道验证问题已经回答过，不能再次使用，请回答新的验证问题');
    // The form comes back with a new question.
    expect(answerHumanCheck(replay.body).humanCheckId).not.toBe(answered.humanCheckId);
    expect(await t.database.db.$count(letters)).toBe(before);
  });
});
