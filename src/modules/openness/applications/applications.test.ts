// Applications for disclosure as the applicant and the office meet them: the form without
// JavaScript (human check, every field named, nothing saved on bad input), the receipt code and
// query password, the tracking page that never tells whether a code exists, and the statutory clock
// with due dates computed by hand across the 2026 holidays (receipt the day before National Day;
// 补正 and the restart; a third-party pause; an extension), the reply types and their reasons, and
// the reply notice read back from its .docx and PDF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import { seedCalendarFromPackage } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { docxParagraphs, ooxmlParts, pdfPages } from '../../../platform/documents/test-support/read-back.ts';
import { seedDemoData } from '../../org/index.ts';
import {
  acceptApplication,
  answerApplication,
  completeSupplement,
  endConsultation,
  extendApplication,
  requestSupplement,
  startConsultation,
  sweepApplications,
} from './handle-application.ts';
import { getApplication } from './read-applications.ts';
import { registerApplicationAtCounter } from './submit-application.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-09-30T10:00:00+08:00',
    seed: async (ctx) => {
      // The official 2026 schedule (国庆节 Oct 1–7, 调休 Sun Sep 20 and Sat Oct 10 worked).
      await seedCalendarFromPackage(ctx);
      await seedDemoData(ctx);
    },
  });
});
afterAll(() => t.close());

const PERSON_ID = '410105198001011239';
const ORG_CODE = '91410100MA9F0TXW1R';

const FIELDS = {
  applicantType: 'person',
  name: '王建国',
  idNumber: PERSON_ID,
  phone: '13838112233',
  email: '',
  address: '',
  description: '2025年信阳市新县八里畈镇生态公益林补偿资金的分配明细',
  docNumber: '',
  formWanted: 'electronic',
  channelWanted: 'online',
};

/** The office at the test clock's current time. */
const office = () => t.ctxAs('office');
const at = (iso: string) => t.clock.set(iso);

const html = (url: string, cookie?: string) =>
  t.app.inject({ method: 'GET', url, headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });

function post(url: string, fields: Record<string, string>, ip = '198.51.100.7') {
  return t.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    payload: new URLSearchParams(fields).toString(),
    remoteAddress: ip,
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
  const word = /验证问题：(?:&quot;|&#x201C;)?“?([^”]+)”的第(.)个字/.exec(page);
  if (!word) throw new Error(`cannot read the question: ${/验证问题：[^<]*/.exec(page)?.[0]}`);
  return { humanCheckId: token, humanAnswer: [...word[1]][ORDINAL[word[2]]] };
}

const count = async () =>
  (await t.database.query<{ n: number }>('select count(*)::int as n from openness_applications'))[0].n;

/** Applies through the public form; returns the receipt page's code and password. */
async function applyOnline(fields: Record<string, string> = {}, ip?: string) {
  const form = await html('/openness/apply');
  expect(form.statusCode).toBe(200);
  const res = await post('/openness/apply', { ...FIELDS, ...fields, ...answerHumanCheck(form.body) }, ip);
  expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
  expect(res.headers.location).toBe('/openness/apply/submitted');
  const cookie = String(res.headers['set-cookie']).split(';')[0];
  const shown = await html('/openness/apply/submitted', cookie);
  const code = /查询码：<strong class="receipt-code">([^<]+)</.exec(shown.body)?.[1];
  const password = /查询密码：<strong class="receipt-code">(\d{6})</.exec(shown.body)?.[1];
  const number = /受理号：<strong>([^<]+)</.exec(shown.body)?.[1];
  return { body: shown.body, code: code!, password: password!, number: number! };
}

async function idOf(number: string): Promise<string> {
  const [r] = await t.database.query<{ id: string }>(
    'select id from openness_applications where number = $1',
    [number],
  );
  return r.id;
}

const dueOf = async (ctx: Ctx, id: string, label = '答复期限') => {
  const a = await getApplication(ctx, id);
  return a.clocks.filter((c) => c.label.startsWith(label) && c.status !== 'stopped').map((c) => c.dueDay);
};

describe('applying online without JavaScript', () => {
  it('shows the form with a question for people, and no script', async () => {
    const res = await html('/openness/apply');
    expect(res.body).toContain('政府信息公开申请');
    expect(res.body).toMatch(/验证问题：/);
    expect(res.body).not.toContain('<script');
  });

  it('names every missing field at once, linking to each, and saves nothing', async () => {
    const before = await count();
    const form = await html('/openness/apply');
    const res = await post('/openness/apply', { ...answerHumanCheck(form.body), humanAnswer: '999' });
    expect(res.statusCode).toBe(400);
    for (const [field, message] of [
      ['applicantType', '请选择申请人类型'],
      ['name', '请填写申请人姓名'],
      ['idNumber', '请填写居民身份证号码'],
      ['phone', '请填写联系电话'],
      ['description', '请填写所需政府信息的名称、文号'],
      ['formWanted', '请选择获取信息的方式'],
      ['channelWanted', '请选择获取信息的途径'],
      ['humanAnswer', '验证问题回答不正确'],
    ])
      expect(res.body).toMatch(new RegExp(`<a href="#f-${field}">${message}`));
    expect(await count()).toBe(before);
  });

  it('refuses an ID number whose check digit is wrong, and an organisation code likewise', async () => {
    const before = await count();
    let form = await html('/openness/apply');
    let res = await post('/openness/apply', {
      ...FIELDS,
      idNumber: '410105198001011231',
      ...answerHumanCheck(form.body),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('居民身份证号码有误：校验位（第 18 位）不符');
    form = await html('/openness/apply');
    res = await post('/openness/apply', {
      ...FIELDS,
      applicantType: 'business',
      name: '河南绿源林业科技有限公司',
      idNumber: '91410100MA9F0TXW1A',
      contactPerson: '张敏',
      ...answerHumanCheck(form.body),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('统一社会信用代码有误');
    expect(await count()).toBe(before);
  });

  it('gives a receipt code and a query password once, and the due date 20 working days after National Day', async () => {
    const r = await applyOnline();
    expect(r.number).toBe('豫林公开申〔2026〕0001号');
    expect(r.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(r.password).toMatch(/^\d{6}$/);
    // Received Wed 30 Sep; Oct 1–7 off; Sat 10 Oct a working day: Oct 8, 9, 10, 12–16, 19–23,
    // 26–30, Nov 2, 3 → the 20th working day is Tue 3 Nov.
    expect(r.body).toContain('2026-11-03');
    const again = await html('/openness/apply/submitted');
    expect(again.body).not.toContain(r.password);
  });

  it('rate-limits a flood of submissions with a clear message', async () => {
    let last = { statusCode: 0, body: '' };
    for (let i = 0; i < 12; i++) last = await post('/openness/apply', {}, '203.0.113.99');
    expect(last.statusCode).toBe(429);
    expect(last.body).toContain('请求过于频繁');
  });
});

describe('tracking by receipt code and query password', () => {
  it('shows status, the due date with its explanation, and the steps', async () => {
    at('2026-09-30T11:00:00+08:00');
    const r = await applyOnline({ description: '省林业局2026年森林督查发现问题的整改情况' });
    const res = await post('/openness/track', { code: r.code, password: r.password });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('已收到，待审查');
    expect(res.body).toContain('答复期限：2026-11-03');
    expect(res.body).toContain('为什么是这一天');
    expect(res.body).toContain('国庆节');
    expect(res.body).toContain('收到政府信息公开申请（网上申请）');
  });

  it('answers a wrong password and an unknown code alike, then locks the code after 5 tries', async () => {
    const r = await applyOnline({ description: '林木采伐限额执行情况', phone: '13838112234' });
    const wrong = await post('/openness/track', {
      code: r.code,
      password: r.password === '000000' ? '111111' : '000000',
    });
    const unknown = await post('/openness/track', { code: 'ABCD-EFGH-JKMN', password: '123456' });
    expect(wrong.statusCode).toBe(400);
    expect(unknown.statusCode).toBe(400);
    const message = (body: string) => /<div class="error-summary"[\s\S]*?<\/div>/.exec(body)?.[0];
    expect(message(wrong.body)).toBe(message(unknown.body));
    expect(message(wrong.body)).toContain('查询码或查询密码不正确');
    for (let i = 0; i < 4; i++) await post('/openness/track', { code: r.code, password: '999999' });
    const locked = await post('/openness/track', { code: r.code, password: r.password });
    expect(locked.statusCode).toBe(429);
    expect(locked.body).toContain('连续输错次数过多');
    // An unknown code locks just the same after 5 wrong tries.
    for (let i = 0; i < 4; i++) await post('/openness/track', { code: 'ABCD-EFGH-JKMN', password: '123456' });
    const unknownLocked = await post('/openness/track', { code: 'ABCD-EFGH-JKMN', password: '123456' });
    expect(unknownLocked.statusCode).toBe(429);
  });
});

describe('the statutory clock across the 2026 holidays', () => {
  it('a completion request within 7 working days stops the clock; completion restarts 20 working days', async () => {
    at('2026-09-30T10:00:00+08:00');
    const made = await registerApplicationAtCounter(await office(), { ...FIELDS, submittedVia: 'mail' });
    const id = made.id;
    // 补正告知 within 7 working days: Oct 8, 9, 10, 12, 13, 14, 15.
    expect(await dueOf(await office(), id, '补正告知期限')).toEqual(['2026-10-15']);
    at('2026-10-12T10:00:00+08:00');
    await requestSupplement(await office(), id, { items: '请写明所需补偿资金明细的年度和所涉村组名称。' });
    // The applicant's 15 working days from Oct 12: Oct 13–16, 19–23, 26–30, Nov 2 → Nov 2.
    expect(await dueOf(await office(), id, '申请人补正期限')).toEqual(['2026-11-02']);
    expect(await dueOf(await office(), id)).toEqual([]);
    at('2026-10-20T15:00:00+08:00');
    await completeSupplement(await office(), id, { text: '2025年度，八里畈镇全部行政村。' });
    // 20 working days from Tue Oct 20: Oct 21–23, 26–30, Nov 2–6, 9–13, 16, 17 → Nov 17.
    expect(await dueOf(await office(), id)).toEqual(['2026-11-17']);
    const a = await getApplication(await office(), id);
    expect(a.status).toBe('processing');
    expect(a.timeline.map((e) => e.text)).toEqual([
      '收到政府信息公开申请（信函）',
      '告知补正：申请内容需要补充或更正',
      '收到补正，正在办理',
    ]);
  });

  it('refuses a completion request after the 7 working days', async () => {
    at('2026-09-30T10:00:00+08:00');
    const { id } = await registerApplicationAtCounter(await office(), { ...FIELDS, submittedVia: 'counter' });
    at('2026-10-16T10:00:00+08:00');
    await expect(
      requestSupplement(await office(), id, { items: '请补充所需信息的年度。' }),
    ).rejects.toMatchObject({
      code: 'OPENNESS_SUPPLEMENT_LATE',
      status: 409,
    });
    expect((await getApplication(await office(), id)).status).toBe('received');
  });

  it('an application not completed in time is abandoned by the sweep', async () => {
    at('2026-10-09T10:00:00+08:00');
    const { id } = await registerApplicationAtCounter(await office(), { ...FIELDS, submittedVia: 'counter' });
    at('2026-10-12T10:00:00+08:00');
    await requestSupplement(await office(), id, { items: '请写明所需信息的具体名称。' });
    at('2026-11-02T20:00:00+08:00');
    await sweepApplications(t.ctx());
    expect((await getApplication(await office(), id)).status).toBe('supplement');
    at('2026-11-03T09:00:00+08:00');
    await sweepApplications(t.ctx());
    const a = await getApplication(await office(), id);
    expect(a.status).toBe('abandoned');
    expect(a.reply?.reasonLabel).toBe('申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请');
  });

  it('a third-party consultation pauses the clock for the days it takes, at most 15 working days', async () => {
    at('2026-11-02T09:00:00+08:00');
    const one = (await registerApplicationAtCounter(await office(), { ...FIELDS, submittedVia: 'counter' }))
      .id;
    const two = (await registerApplicationAtCounter(await office(), { ...FIELDS, submittedVia: 'counter' }))
      .id;
    // 20 working days from Mon Nov 2: Nov 3–6, 9–13, 16–20, 23–27, 30 → Nov 30.
    expect(await dueOf(await office(), one)).toEqual(['2026-11-30']);
    at('2026-11-05T10:00:00+08:00');
    for (const id of [one, two]) {
      await acceptApplication(await office(), id);
      await startConsultation(await office(), id, {
        party: '河南某林业开发有限公司',
        matter: '合同中的商业信息',
      });
    }
    // The third party's 15 working days from Nov 5: Nov 6, 9–13, 16–20, 23–26 → Nov 26.
    expect(await dueOf(await office(), one, '第三方意见期限')).toEqual(['2026-11-26']);
    at('2026-11-12T15:00:00+08:00');
    await endConsultation(await office(), one, { outcome: '第三方同意公开' });
    // Paused Nov 5 → Nov 12: Nov 6, 9, 10, 11, 12 not counted (5) → 25th working day from Nov 2: Dec 7.
    expect(await dueOf(await office(), one)).toEqual(['2026-12-07']);
    // The other's third party never answers: the sweep resumes it from the end of the 15 days
    // (Nov 26), so 15 working days are not counted → 35th working day from Nov 2: Dec 21.
    at('2026-11-30T09:00:00+08:00');
    await sweepApplications(t.ctx());
    const two2 = await getApplication(await office(), two);
    expect(two2.status).toBe('processing');
    expect(two2.clocks.find((c) => c.label === '答复期限')?.dueDay).toBe('2026-12-21');
    expect(two2.timeline.at(-1)?.text).toBe('第三方逾期未提出意见，继续办理');
  });

  it('an extension of up to 20 working days, with approval; beyond that refused', async () => {
    at('2026-11-02T09:00:00+08:00');
    const { id } = await registerApplicationAtCounter(await office(), { ...FIELDS, submittedVia: 'counter' });
    await acceptApplication(await office(), id);
    at('2026-11-20T10:00:00+08:00');
    await expect(
      extendApplication(await office(), id, {
        days: 21,
        approvedBy: '厅办公室主任 李明',
        reason: '需要调取档案',
      }),
    ).rejects.toMatchObject({ status: 400, errors: [{ field: 'days' }] });
    await extendApplication(await office(), id, {
      days: 15,
      approvedBy: '厅办公室主任 李明',
      reason: '涉及多个处室档案',
    });
    // 20 + 15 = 35 working days from Nov 2 → Dec 21.
    expect(await dueOf(await office(), id)).toEqual(['2026-12-21']);
    const more = extendApplication(await office(), id, {
      days: 6,
      approvedBy: '厅办公室主任 李明',
      reason: '仍需时间',
    });
    await expect(more).rejects.toThrow('已延长 15 个工作日，最多还可延长 5 个工作日');
    await expect(
      extendApplication(await office(), id, { days: 5, approvedBy: '', reason: '仍需时间' }),
    ).rejects.toMatchObject({ errors: [{ field: 'approvedBy' }] });
    const a = await getApplication(await office(), id);
    expect(a.extendedDays).toBe(15);
    expect(a.timeline.at(-1)?.note).toContain('届满日改为 2026-12-21');
  });
});

describe('answering', () => {
  it('refuses a reply type without its required reason, and changes nothing', async () => {
    at('2026-11-02T09:00:00+08:00');
    const { id } = await registerApplicationAtCounter(await office(), { ...FIELDS, submittedVia: 'counter' });
    await expect(
      answerApplication(await office(), id, {
        replyType: 'withheld',
        text: '涉及第三方商业秘密，第三方不同意公开。',
      }),
    ).rejects.toMatchObject({ status: 400, errors: [{ field: 'reason' }] });
    await expect(
      answerApplication(await office(), id, { replyType: 'not_ours', text: '' }),
    ).rejects.toMatchObject({ errors: [{ field: 'where' }] });
    expect((await getApplication(await office(), id)).status).toBe('received');
  });

  it('a reader without the permission may not answer', async () => {
    const { id } = await registerApplicationAtCounter(await office(), { ...FIELDS, submittedVia: 'counter' });
    await expect(
      answerApplication(await t.ctxAs('director'), id, { replyType: 'disclosed', text: '随告知书附送' }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('the applicant completes online, staff reply, the applicant reads it and downloads the notice', async () => {
    at('2026-11-02T09:00:00+08:00');
    const r = await applyOnline({
      applicantType: 'research',
      name: '河南农业大学林学院',
      idNumber: ORG_CODE,
      contactPerson: '刘洋',
      description: '河南省古树名木',
    });
    const id = await idOf(r.number);
    at('2026-11-04T09:00:00+08:00');
    await requestSupplement(await office(), id, { items: '请写明所需古树名木信息所在的市县和年度。' });
    at('2026-11-05T09:00:00+08:00');
    let page = await post('/openness/track', { code: r.code, password: r.password });
    expect(page.body).toContain('需要补正');
    expect(page.body).toContain('请写明所需古树名木信息所在的市县和年度。');
    const token = /name="token" value="([^"]+)"/.exec(page.body)![1];
    page = await post('/openness/track/supplement', { token, text: '郑州市2025年古树名木普查名录。' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('补正已提交');
    // 20 working days from Thu Nov 5: Nov 6, 9–13, 16–20, 23–27, 30, Dec 1–3 → Dec 3.
    expect(page.body).toContain('答复期限（补正后重新计算）：2026-12-03');
    at('2026-11-20T10:00:00+08:00');
    await answerApplication(await office(), id, {
      replyType: 'already_public',
      where: '本局网站“政府信息公开目录—规划计划”栏目，索引号 11410000MB1D8940X7/2026-00012',
    });
    page = await post('/openness/track', { code: r.code, password: r.password });
    expect(page.body).toContain('已答复');
    expect(page.body).toContain('已主动公开（告知获取途径）');
    expect(page.body).toContain('豫林公开告〔2026〕0001号');
    const t2 = /name="token" value="([^"]+)"/.exec(page.body)![1];
    const pdf = await post('/openness/track/notice', { token: t2, kind: 'pdf' });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfPages(pdf.rawPayload).join('\n').replace(/\s+/g, '');
    expect(text).toContain('政府信息已主动公开告知书');
    expect(text).toContain('豫林公开申〔2026〕');
    expect(text).toContain('河南农业大学林学院：');
    expect(text).toContain('你单位于2026年11月2日通过网上申请方式提出的政府信息公开申请');
    expect(text).toContain('索引号11410000MB1D8940X7/2026-00012');
    const docx = await post('/openness/track/notice', { token: t2, kind: 'docx' });
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const paras = docxParagraphs(ooxmlParts(docx.rawPayload)['word/document.xml']);
    expect(paras.join('\n')).toContain('政府信息已主动公开告知书');
    expect(paras.join('\n')).toContain('豫林公开告〔2026〕0001号');
    expect(paras.some((p) => p.includes('第三十六条第（一）项'))).toBe(true);
    // An expired token downloads nothing.
    at('2026-11-20T11:00:00+08:00');
    const late = await post('/openness/track/notice', { token: t2, kind: 'pdf' });
    expect(late.headers['content-type']).toContain('text/html');
  });

  it('staff read the queue nearest due first, with working days left', async () => {
    at('2026-11-20T10:00:00+08:00');
    const staff = await t.signIn('office');
    const res = await staff.get('/api/openness/applications');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Array<{ dueDay: string | null; daysLeft: number | null }>;
    const days = items.map((i) => i.dueDay).filter((d): d is string => d !== null);
    expect(days).toEqual([...days].sort());
    expect(items.length).toBeGreaterThan(3);
    const closed = await staff.get('/api/openness/applications?status=answered');
    const [answered] = closed.json().items as Array<{ id: string; number: string }>;
    const docx = await staff.get(`/api/openness/applications/${answered.id}/notice.docx`);
    expect(docx.statusCode).toBe(200);
    const paras = docxParagraphs(ooxmlParts(docx.rawPayload)['word/document.xml']).join('\n');
    expect(paras).toContain('河南农业大学林学院：');
    // An open application has no notice yet.
    const open = await staff.get(
      `/api/openness/applications/${(res.json().items[0] as { id: string }).id}/notice.pdf`,
    );
    expect(open.statusCode).toBe(409);
  });
});
