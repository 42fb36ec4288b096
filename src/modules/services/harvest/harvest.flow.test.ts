import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../../platform/errors.ts';
import {
  acceptCase,
  decideCase,
  ensureCatalogue,
  finishPublicNotice,
  serviceCases,
  startPublicNotice,
  startReview,
  submitOnline,
} from '../index.ts';
import { multipartBody, PDF } from '../test-support/multipart.ts';
import { GOOD } from './harvest.fixtures.ts';
import { buildHarvestTestApp, type HarvestTestApp } from './harvest.test-app.ts';

let t: HarvestTestApp;
let quotaId: string;

const uploads = [
  { specCode: 'forest_right_cert', fileName: '林权证.pdf', data: PDF },
  { specCode: 'applicant_id', fileName: '营业执照.pdf', data: PDF },
];

const as = (username: string) => t.ctxAs(username);

async function caseCount(): Promise<number> {
  return (await t.ctx().db.select().from(serviceCases)).length;
}

beforeAll(async () => {
  t = await buildHarvestTestApp('2026-03-02T09:00:00+08:00');
  await ensureCatalogue(t.ctx());
  quotaId = (await t.allocate('410122', 300)).id;
});
afterAll(() => t.close());

describe('application time', () => {
  it('asks every field of the permit in the no-JavaScript form', async () => {
    const res = await (await t.signIn('hnmy')).get('/services/LIC-01/apply');
    expect(res.statusCode).toBe(200);
    for (const label of [
      '林权证（不动产权证书）号',
      '林班',
      '小班',
      '四至（东至）',
      '四至（北至）',
      '森林类别',
      '郁闭度',
      '采伐方式',
      '出材量（薪材）',
      '采伐期限止日',
      '更新完成期限',
      '采伐地块是否处于封山育林期或封山育林区',
      '林木采伐告知承诺书',
    ])
      expect(res.body).toContain(label);
  });

  it('takes several species rows in the no-JavaScript form and names the row of a missing figure', async () => {
    const hnmy = await t.signIn('hnmy');
    const form = await hnmy.get('/services/LIC-01/apply');
    // Five rows of seven boxes under the column heads; row 2's volume box is its own field.
    expect(form.body).toContain('分树种采伐量');
    expect(form.body).toContain('name="stockVolume2"');
    expect(form.body).toContain('name="outputFuelwood5"');
    expect(form.body).toContain('<label class="visually-hidden" for="f-areaMu2">第 2 行采伐面积</label>');
    const post = async (extra: Record<string, string>) => {
      const fields = Object.fromEntries(
        Object.entries({ ...GOOD, ...extra }).flatMap(([k, v]) =>
          v === null || v === undefined || v === false ? [] : [[k, String(v)]],
        ),
      );
      const { payload, contentType } = multipartBody(
        { _csrf: hnmy.csrfToken, ...fields, action: 'submit' },
        uploads.map((u) => ({ field: `material_${u.specCode}`, fileName: u.fileName, data: u.data })),
      );
      return t.app.inject({
        method: 'POST',
        url: '/services/LIC-01/apply',
        headers: { cookie: hnmy.cookie, 'content-type': contentType, accept: 'text/html' },
        payload,
      });
    };
    const before = await caseCount();
    const refused = await post({
      species2: '刺槐',
      treeCount2: '150',
      stockVolume2: '8.5',
      regenAreaMu: '35',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('第 2 行采伐面积：该行已填写，此项必填');
    expect(refused.body).toContain('href="#f-areaMu2"');
    // What was typed stays in its box.
    expect(refused.body).toContain('value="8.5"');
    expect(await caseCount()).toBe(before);

    const taken = await post({
      species2: '刺槐',
      areaMu2: '5',
      treeCount2: '150',
      stockVolume2: '8.5',
      regenAreaMu: '35',
    });
    expect(taken.statusCode).toBe(303);
    expect(await caseCount()).toBe(before + 1);
  });

  it('refuses a public-welfare clear-cut, naming the field, and saves nothing', async () => {
    const before = await caseCount();
    const error = (await submitOnline(await as('hnmy'), {
      itemCode: 'LIC-01',
      values: { ...GOOD, forestCategory: 'public_welfare', forestType: 'protection' },
      uploads,
    }).catch((e) => e)) as AppError;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.errors).toContainEqual({
      field: 'harvestType',
      message: '采伐类型：公益林只能进行抚育采伐、更新采伐或低质低效林改造，不得进行主伐（皆伐）',
    });
    expect(await caseCount()).toBe(before);
  });

  it('refuses 主伐 in natural forest on the public form and at the counter, naming 森林法第三十二条', async () => {
    const natural = { ...GOOD, origin: 'natural', harvestMethod: 'selective' };
    const before = await caseCount();
    // The public form, posted as a browser does: the page comes back with the rule.
    const hnmy = await t.signIn('hnmy');
    const fields = Object.fromEntries(
      Object.entries(natural).flatMap(([k, v]) => (v === null || v === undefined ? [] : [[k, String(v)]])),
    );
    const { payload, contentType } = multipartBody(
      { _csrf: hnmy.csrfToken, ...fields, action: 'submit' },
      uploads.map((u) => ({ field: `material_${u.specCode}`, fileName: u.fileName, data: u.data })),
    );
    const page = await t.app.inject({
      method: 'POST',
      url: '/services/LIC-01/apply',
      headers: { cookie: hnmy.cookie, 'content-type': contentType, accept: 'text/html' },
      payload,
    });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('天然林不得进行主伐（择伐）');
    expect(page.body).toContain('《中华人民共和国森林法》第三十二条');
    // The counter: the same refusal, by field, and nothing registered.
    const res = await (await t.signIn('window')).post('/api/services/counter/cases', {
      itemCode: 'LIC-01',
      applicantAccountId: t.accountIds.get('hnmy'),
      values: natural,
      paper: [
        { specCode: 'forest_right_cert', copies: 1 },
        { specCode: 'applicant_id', copies: 1 },
      ],
      acceptNow: true,
    });
    expect(res.statusCode).toBe(400);
    const harvestType = res.json().errors.find((e: { field: string }) => e.field === 'harvestType');
    expect(harvestType.message).toMatch(
      /^采伐类型：天然林不得进行主伐（择伐）。依据：《中华人民共和国森林法》第三十二条/,
    );
    expect(await caseCount()).toBe(before);
  });

  it('takes tending felling in natural forest', async () => {
    const row = await submitOnline(await as('hnmy'), {
      itemCode: 'LIC-01',
      values: {
        ...GOOD,
        origin: 'natural',
        harvestType: 'tending',
        harvestMethod: null,
        intensity: 20,
        stockVolume: 12,
        outputLogs: 6,
        outputNonStandard: 2,
        outputFuelwood: 1,
      },
      uploads,
    });
    expect(row.status).toBe('submitted');
  });

  it('gives the small-stand commitment path a promise of 1 working day', async () => {
    const row = await submitOnline(await as('hnmy'), {
      itemCode: 'LIC-01',
      values: {
        ...GOOD,
        stockVolume: 12,
        outputLogs: 6,
        outputNonStandard: 2,
        outputFuelwood: 1,
        smallStandCommitment: true,
      },
      uploads,
    });
    expect(row.promisedWorkdays).toBe(1);
    expect(row.classifyNote).toBe('小面积人工商品林采伐，适用告知承诺制，1 个工作日内办结');
  });
});

describe('from application to a verified certificate', () => {
  it('runs the notice, consumes quota on approval and issues 豫林采〔2026〕000001号', async () => {
    // 150 m³: above the 100 m³ notice threshold.
    const big = { ...GOOD, stockVolume: 150, outputLogs: 90, outputNonStandard: 20, outputFuelwood: 10 };
    const submitted = await submitOnline(await as('hnmy'), { itemCode: 'LIC-01', values: big, uploads });
    const staff = { ...t.ctx() };
    await acceptCase(staff, submitted.id);
    await startReview(staff, submitted.id);

    const early = (await decideCase(staff, submitted.id, { decision: 'approve', opinion: '符合条件' }).catch(
      (e) => e,
    )) as AppError;
    expect(early.code).toBe('PUBLIC_NOTICE_REQUIRED');
    expect(await t.quota(quotaId)).toMatchObject({ remaining: 300 });

    await startPublicNotice(staff, submitted.id);
    const notices = await t.app.inject({ method: 'GET', url: '/services/register/notices' });
    expect(notices.body).toContain(submitted.receiptCode);
    // Five working days from Monday 2 March end on Monday 9 March.
    expect(notices.body).toContain('2026-03-02 至 2026-03-09');

    t.clock.set('2026-03-10T09:00:00+08:00');
    await finishPublicNotice({ ...t.ctx() }, submitted.id, { outcome: '公示期内未收到异议' });
    const decided = await decideCase({ ...t.ctx() }, submitted.id, {
      decision: 'approve',
      opinion: '符合条件',
    });
    expect(decided.status).toBe('completed');
    expect(decided.certificateNumber).toBe('豫林采〔2026〕000001号');
    // 300 − 150 = 150 m³ left for 中牟县.
    expect(await t.quota(quotaId)).toMatchObject({ consumed: 150, remaining: 150 });

    const verify = await t.app.inject({
      method: 'GET',
      url: `/certificates/verify?no=${encodeURIComponent('豫林采〔2026〕000001号')}`,
    });
    expect(verify.body).toContain('hv-valid');
    expect(verify.body).toContain('河南绿源苗木有限公司');
    expect(verify.body).toContain('150 立方米');
    const pdf = await (await t.signIn('hnmy')).get(decided.certificateUrl!);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    t.clock.set('2026-03-02T09:00:00+08:00');
  });
});
