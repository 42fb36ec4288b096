// 网上办事 end to end through HTTP: an online application with uploads, acceptance, a 补正 request
// that pauses the clocks across the 2026 Spring Festival, the applicant's supplement, an on-site
// inspection (counted: the item names no rule excluding it), approval and the decision letter;
// tracking by receipt code; due dates counted by hand.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '../../../test/app.ts';
import { TEMPORARY_USE_FIELDS, TEMPORARY_USE_FILES } from './test-support/applications.ts';
import { buildDemoServicesApp } from './test-support/demo-app.ts';
import { EXE, multipartBody, PDF } from './test-support/multipart.ts';

let t: TestApp;
let dataDir: string;
const clients: Record<string, Client> = {};
const as = async (u: string) => {
  clients[u] ??= await t.signIn(u);
  return clients[u];
};
/** Moves the clock; sessions idle out after 30 minutes, so everyone signs in again. */
const at = (iso: string) => {
  t.clock.set(iso);
  for (const k of Object.keys(clients)) delete clients[k];
};

let close: () => Promise<void>;
beforeAll(async () => {
  // Monday 9 February 2026, the week before the Spring Festival holiday (15–23 February).
  ({ t, dataDir, close } = await buildDemoServicesApp('2026-02-09T09:00:00+08:00'));
});
afterAll(() => close());

const APPLICATION = TEMPORARY_USE_FIELDS;
// The last file's name tries to climb out of the store: it must be kept as a plain name.
const FILES = [
  ...TEMPORARY_USE_FILES.slice(0, 3),
  { ...TEMPORARY_USE_FILES[3], fileName: '../../etc/权属证明.pdf' },
];

/** Posts the apply form as a browser does: multipart, the CSRF token as a hidden field. */
async function apply(client: Client, code: string, fields: Record<string, string | string[]>, files = FILES) {
  const { payload, contentType } = multipartBody({ _csrf: client.csrfToken, ...fields }, files);
  return t.app.inject({
    method: 'POST',
    url: `/services/${code}/apply`,
    headers: { cookie: client.cookie, 'content-type': contentType, accept: 'text/html' },
    payload,
  });
}

const count = async (table: string) =>
  Number((await t.database.query<{ n: string }>(`select count(*)::text as n from ${table}`))[0].n);
const filesOnDisk = () => {
  const dir = path.join(dataDir, 'files');
  return fs.existsSync(dir)
    ? fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).includes('-')).length
    : 0;
};

describe('the public guides', () => {
  it('lists the demo catalogue of 21 items by topic and by life event', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/services' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('本局 21 项行政许可事项');
    expect(res.body).toContain('按主题浏览');
    expect(res.body).toContain('按事件浏览');
    expect(res.body).toContain('/services/LIC-01');
    expect(res.body).toContain('/services/LIC-21');
    expect(res.body).not.toContain('/services/LIC-22');
  });

  it('shows every guide element; the 内容待核实 note of a reconstructed item is for staff only', async () => {
    const verified = await t.app.inject({ method: 'GET', url: '/services/LIC-02' });
    expect(verified.statusCode).toBe(200);
    for (const label of [
      '设定依据',
      '申请条件',
      '办理材料',
      '办理地点',
      '办理时间',
      '咨询电话',
      '办理流程',
      '法定时限',
      '承诺时限',
      '收费标准',
    ])
      expect(verified.body).toContain(label);
    expect(verified.body).toContain('森林植被恢复费');
    expect(verified.body).toContain('20 个工作日');
    expect(verified.body).not.toContain('>内容待核实<');
    const reconstructed = await t.app.inject({ method: 'GET', url: '/services/LIC-07' });
    expect(reconstructed.statusCode).toBe(200);
    expect(reconstructed.body).not.toContain('待核实');
    expect(
      (await t.app.inject({ method: 'GET', url: '/services/LIC-99', headers: { accept: 'text/html' } }))
        .statusCode,
    ).toBe(404);
  });

  it('asks a visitor who is not signed in to sign in before applying', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/services/LIC-03/apply' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('/account/login?next=%2Fservices%2FLIC-03%2Fapply');
  });

  it('renders the form from its definition for a signed-in applicant', async () => {
    const res = await (await as('zhangsan')).get('/services/LIC-03/apply');
    expect(res.body).toContain('name="areaHa"');
    expect(res.body).toContain('name="material_restoration"');
    expect(res.body.toLowerCase()).toContain('enctype="multipart/form-data"');
    expect(res.body).toContain('<optgroup label="郑州市">');
  });
});

describe('bad input is refused, naming the field, and nothing is saved', () => {
  it('refuses a county that does not exist, a missing field and a disguised file at once', async () => {
    const before = { cases: await count('service_cases'), files: await count('stored_files') };
    const res = await apply(
      await as('zhangsan'),
      'LIC-03',
      { ...APPLICATION, county: '419999', summary: '' },
      [{ field: 'material_application', fileName: '申请书.pdf', data: EXE }, ...FILES.slice(1)],
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('申请未提交，请修改以下内容');
    expect(res.body).toContain('项目所在县（市、区）：没有这个县（市、区）（419999）');
    expect(res.body).toContain('申请事项说明：必填');
    expect(res.body).toContain('办理材料「申请书」：文件内容不是允许的格式（PDF），请勿只修改扩展名');
    expect(res.body).toContain('href="#f-county"');
    expect(await count('service_cases')).toBe(before.cases);
    expect(await count('stored_files')).toBe(before.files);
    expect(filesOnDisk()).toBe(0);
  });

  it('refuses a multipart post without the CSRF token', async () => {
    const client = await as('zhangsan');
    const { payload, contentType } = multipartBody(APPLICATION, FILES);
    const res = await t.app.inject({
      method: 'POST',
      url: '/services/LIC-03/apply',
      headers: { cookie: client.cookie, 'content-type': contentType },
      payload,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_INVALID');
  });
});

let caseId = '';
let receipt = '';

describe('one application from submission to the decision letter', () => {
  it('saves a draft, then submits online and gets a receipt code', async () => {
    const zhangsan = await as('zhangsan');
    const saved = await apply(zhangsan, 'LIC-03', { ...APPLICATION, action: 'save' }, FILES.slice(0, 1));
    // Post-redirect-get: reloading the page after saving does not post the form again.
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/services/LIC-03/apply?saved=1');
    const draft = await zhangsan.get('/services/LIC-03/apply?saved=1');
    expect(draft.body).toContain('草稿已保存');
    expect(draft.body).toContain(`value="${APPLICATION.address}"`);
    expect(draft.body).toContain('已上传：申请书.pdf');
    const res = await apply(zhangsan, 'LIC-03', { ...APPLICATION, action: 'submit' }, FILES.slice(1));
    expect(res.statusCode).toBe(303);
    caseId = String(res.headers.location).match(/\/account\/cases\/([0-9a-f-]{36})/)![1];
    const page = await zhangsan.get(`/account/cases/${caseId}?submitted=1`);
    expect(page.body).toContain('申请已提交');
    receipt = page.body.match(/class="receipt-code">([A-Z0-9-]{14})</)![1].replace(/-/g, '');
    expect(receipt).toMatch(/^[A-HJ-NP-Z2-9]{12}$/);
    expect(receipt).not.toMatch(/[01OIL]/);
    // The upload's path was dropped from its name.
    expect(page.body).toContain('权属证明.pdf');
    expect(page.body).not.toContain('etc/');
  });

  it('puts the case in the acceptance queue with 5 working days to accept (to Saturday 14 February, a working day)', async () => {
    const res = await (await as('window')).get('/api/services/cases?stage=acceptance');
    const item = res.json().items.find((i: { id: string }) => i.id === caseId);
    expect(item.itemName).toBe('临时使用林地审批');
    expect(item.dueAt).toBe('2026-02-14T15:59:59.000Z');
    expect(item.daysLeft).toBe(5);
    expect(item.phoneMask).toBe('138****5678');
  });

  it('keeps ID numbers and phones encrypted at rest', async () => {
    const [row] = await t.database.query<{
      phone_enc: string;
      applicant_id_enc: string;
      form: Record<string, string>;
    }>('select phone_enc, applicant_id_enc, form from service_cases where id = $1', [caseId]);
    expect(row.phone_enc).toMatch(/^sm4:/);
    expect(row.applicant_id_enc).toMatch(/^sm4:/);
    expect(row.form.contactPhone).toMatch(/^sm4:/);
    expect(JSON.stringify(row)).not.toContain('13812345678');
    expect(JSON.stringify(row)).not.toContain('410105198506120318');
  });

  it('accepts on 10 February: 20 working days over the holiday end on 16 March, the promise of 15 on 9 March', async () => {
    at('2026-02-10T10:00:00+08:00');
    const res = await (await as('window')).post(`/api/services/cases/${caseId}/accept`, {});
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('accepted');
    // 2/11 2/12 2/13 2/14(调休) 2/24 2/25 2/26 2/27 2/28(调休) 3/2 … 3/16 = 20
    expect(body.clocks.statutory.dueAt).toBe('2026-03-16T15:59:59.000Z');
    expect(body.clocks.promised.dueAt).toBe('2026-03-09T15:59:59.000Z');
    expect(body.clocks.acceptance.status).toBe('stopped');
    expect(body.documents.map((d: { title: string }) => d.title)).toEqual(['受理通知书']);
  });

  it('pauses both clocks for 补正 on 12 February', async () => {
    at('2026-02-12T15:00:00+08:00');
    const res = await (await as('window')).post(`/api/services/cases/${caseId}/completion-request`, {
      items: ['植被恢复方案缺少恢复期限'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('completion_requested');
    expect(res.json().clocks.statutory.status).toBe('paused');
    expect(res.json().clocks.promised.status).toBe('paused');
  });

  it('resumes when the applicant supplements online on 25 February: 4 working days not counted', async () => {
    at('2026-02-25T09:00:00+08:00');
    const zhangsan = await as('zhangsan');
    const { payload, contentType } = multipartBody({ _csrf: zhangsan.csrfToken, note: '已补充恢复期限' }, [
      { field: 'material_restoration', fileName: '植被恢复方案（修改）.pdf', data: PDF },
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/account/cases/${caseId}/supplement`,
      headers: { cookie: zhangsan.cookie, 'content-type': contentType },
      payload,
    });
    expect(res.statusCode).toBe(303);
    const detail = (await (await as('ziyuan')).get(`/api/services/cases/${caseId}`)).json();
    expect(detail.status).toBe('accepted');
    // Not counted: 2/13, 2/14 (调休上班), 2/24, 2/25 → 24 working days → Friday 20 March; promise 19 → 13 March.
    expect(detail.clocks.statutory.pausedWorkdays).toBe(4);
    expect(detail.clocks.statutory.dueAt).toBe('2026-03-20T15:59:59.000Z');
    expect(detail.clocks.promised.dueAt).toBe('2026-03-13T15:59:59.000Z');
    expect(detail.materials.filter((m: { round: number }) => m.round === 1)).toHaveLength(1);
  });

  // 临时使用林地 names no rule that its on-site inspection is not counted (DOMAIN §3: only where the
  // item says so), so the clocks run on through it; time not counted is in time-not-counted.test.ts.
  it('counts the on-site inspection of 2–4 March: the item names no rule that excludes it', async () => {
    at('2026-03-02T09:00:00+08:00');
    expect(
      (
        await (
          await as('ziyuan')
        ).post(`/api/services/cases/${caseId}/inspection`, { inspectors: '郭明辉、王强' })
      ).json().status,
    ).toBe('inspection');
    at('2026-03-04T17:00:00+08:00');
    const res = await (await as('ziyuan')).post(`/api/services/cases/${caseId}/inspection/finish`, {
      findings: '现场与申请一致',
    });
    expect(res.json().status).toBe('under_review');
    // Unchanged by the inspection: Friday 20 March and Friday 13 March, as after the 补正.
    expect(res.json().clocks.statutory.dueAt).toBe('2026-03-20T15:59:59.000Z');
    expect(res.json().clocks.promised.dueAt).toBe('2026-03-13T15:59:59.000Z');
    expect(res.json().clocks.statutory.pausedWorkdays).toBe(4);
    expect(res.json().clocks.statutory.text).toContain('届满日为2026年3月20日');
  });

  it('approves on 5 March and issues the decision letter in the same step', async () => {
    at('2026-03-05T10:00:00+08:00');
    const res = await (await as('ziyuan')).post(`/api/services/cases/${caseId}/decision`, {
      decision: 'approve',
      opinion: '符合临时使用林地条件',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('completed');
    expect(body.onTime).toBe(true);
    // Working days 2/11 … 3/5 = 13, of which 4 paused (the 补正) → 9 used.
    expect(body.usedWorkdays).toBe(9);
    expect(body.certificate.number).toBe('豫林许准〔2026〕00001号');
    expect(body.documents.map((d: { title: string }) => d.title)).toEqual([
      '受理通知书',
      '补正材料通知书',
      '准予行政许可决定书',
    ]);
    const letter = await (await as('zhangsan')).get(body.certificate.url);
    expect(letter.statusCode).toBe(200);
    expect(letter.body).toContain('准予行政许可决定书');
    expect(letter.body).toContain('豫林许准〔2026〕00001号');
  });
});

describe('tracking by receipt code', () => {
  const track = (code: string, check?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/services/track',
      payload: { code, ...(check ? { check } : {}) },
      headers: { 'content-type': 'application/json' },
    });

  it('shows progress, but no personal data, to whoever has only the code', async () => {
    const res = await track(receipt.toLowerCase().replace(/(.{4})/g, '$1-'));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('临时使用林地审批');
    expect(res.body).toContain('已办结');
    expect(res.body).toContain('一次性告知补正');
    expect(res.body).not.toContain('张');
    expect(res.body).not.toContain('5678');
    expect(res.body).not.toContain('**********0318');
    expect(res.body).not.toContain('410105198506120318');
    expect(res.body).not.toContain('植被恢复方案缺少恢复期限');
  });

  it('shows the details with the phone’s last four digits, masked', async () => {
    const res = await track(receipt, '5678');
    expect(res.body).toContain('申请人：张*');
    expect(res.body).toContain('138****5678');
    expect(res.body).toContain('植被恢复方案缺少恢复期限');
    expect(res.body).not.toContain('13812345678');
  });

  it('locks the details after five wrong answers, the progress stays visible', async () => {
    for (let i = 0; i < 4; i++)
      expect((await track(receipt, '0000')).body).toContain('后四位与申请人信息不符');
    expect((await track(receipt, '0000')).body).toContain('核验失败次数过多');
    const locked = await track(receipt, '5678');
    expect(locked.body).toContain('核验失败次数过多');
    expect(locked.body).not.toContain('138****5678');
    expect(locked.body).toContain('已办结');
  });

  it('says plainly when a code is unknown', async () => {
    expect((await track('ABCDEFGHJKMN')).body).toContain('未找到该查询码对应的办件');
  });
});
