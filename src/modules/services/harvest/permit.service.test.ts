import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../../platform/context.ts';
import { pdfPages } from '../../../platform/documents/test-support/read-back.ts';
import type { AppError } from '../../../platform/errors.ts';
import { harvestItemHandler } from './harvest.handler.ts';
import { buildHarvestTestApp, type HarvestTestApp } from './harvest.test-app.ts';
import { approveHarvestCase, issueHarvestCertificate } from './permit.service.ts';

let t: HarvestTestApp;
let quotaId: string;

beforeAll(async () => {
  t = await buildHarvestTestApp();
  // 中牟县 2026 commercial final harvest: 200 m³.
  quotaId = (await t.allocate('410122', 200)).id;
});
afterAll(() => t.close());

const html = (url: string) => t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
const verify = (no: string) => html(`/certificates/verify?no=${encodeURIComponent(no)}`);

describe('approval, certificate and verification', () => {
  let permitId: string;

  it('consumes the county’s quota on approval and numbers the certificate 豫林采〔2026〕000001号', async () => {
    const kase = t.kase(1);
    const view = { ...kase, itemCode: 'LIC-01', channel: 'online' as const, status: 'approved' as const };
    await inTransaction(t.ctx(), (tx) =>
      harvestItemHandler.onApprove!(tx, {
        ...view,
        submittedAt: tx.now,
        acceptedAt: tx.now,
        decidedAt: tx.now,
      }),
    );
    // 200 − 90 = 110 m³ left.
    expect(await t.quota(quotaId)).toMatchObject({ allocated: 200, consumed: 90, remaining: 110 });
    const issued = await issueHarvestCertificate(t.ctx(), kase);
    expect(issued.number).toBe('豫林采〔2026〕000001号');
    permitId = issued.certificateId;
    expect(issued.downloadUrl).toBe(`/api/harvest/permits/${permitId}/certificate.pdf`);
    // Issuing again hands back the same certificate, no second number.
    expect((await issueHarvestCertificate(t.ctx(), kase)).number).toBe('豫林采〔2026〕000001号');
  });

  it('gives the PDF to its holder and to staff, to no one else', async () => {
    const url = `/api/harvest/permits/${permitId}/certificate.pdf`;
    const holder = await (await t.signIn('hnmy')).get(url);
    expect(holder.statusCode).toBe(200);
    expect(holder.headers['content-type']).toBe('application/pdf');
    const pdf = holder.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    const [page] = pdfPages(pdf);
    expect(page).toContain('林木采伐许可证');
    expect(page).toContain('编号：豫林采〔2026〕000001号');
    expect(page).toContain('河南绿源苗木有限公司');
    expect(page).toContain('郑州市中牟县 官渡镇 大孟村 012林班 03小班（杨树岗）');
    expect(page).toContain('90 立方米');
    expect(page).toContain('30 亩（2 公顷）');
    expect(page).toContain('2026年3月10日至2026年12月31日');
    expect(page).toContain('发证日期：2026年3月2日');
    expect((await t.ziyuan.get(url)).statusCode).toBe(200);
    expect((await (await t.signIn('zhangsan')).get(url)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('verifies a valid certificate, also typed with other brackets', async () => {
    const res = await verify('豫林采〔2026〕000001号');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('hv-valid');
    expect(res.body).toContain('有效');
    expect(res.body).toContain('河南绿源苗木有限公司');
    expect(res.body).toContain('郑州市中牟县官渡镇大孟村');
    expect(res.body).not.toContain('012林班');
    expect(res.body).toContain('90 立方米');
    expect(res.body).toContain('2026年3月10日至2026年12月31日');
    expect((await verify(' 豫林采[2026]000001号 ')).body).toContain('hv-valid');
  });

  it('says plainly that a forged or unknown number is not found', async () => {
    const res = await verify('豫林采〔2026〕999999号');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('未查到该证号，请核对');
    expect(res.body).not.toContain('hv-valid');
    expect((await verify('<script>alert(1)</script>')).body).not.toContain('<script>alert(1)</script>');
  });

  it('masks a citizen holder’s name on public pages', async () => {
    const kase = t.kase(
      2,
      { stockVolume: 10, outputLogs: 5, outputNonStandard: 2, outputFuelwood: 1 },
      'zhangsan',
    );
    await approveHarvestCase(t.ctx(), kase);
    const { number } = await issueHarvestCertificate(t.ctx(), kase);
    expect(number).toBe('豫林采〔2026〕000002号');
    const res = await verify(number);
    expect(res.body).toContain('张*');
    expect(res.body).not.toContain('张三');
    const register = await html('/services/register?county=410122');
    expect(register.body).toContain('张*');
    expect(register.body).toContain('河南绿源苗木有限公司');
    expect(register.body).not.toContain('张三');
  });

  it('revokes with a reason: the uncut volume goes back to the quota, verification says revoked', async () => {
    // Quota: 200 − 90 − 10 = 100 left. Revoking with 30 m³ already cut gives back 60: 160.
    expect(await t.quota(quotaId)).toMatchObject({ remaining: 100 });
    const res = await t.ziyuan.post(`/api/harvest/permits/${permitId}/revoke`, {
      reason: '采伐地块权属发生争议',
      harvestedVolume: 30,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'revoked', validity: 'revoked', releasedVolume: 60 });
    expect(await t.quota(quotaId)).toMatchObject({ allocated: 200, consumed: 40, remaining: 160 });
    const page = await verify('豫林采〔2026〕000001号');
    expect(page.body).toContain('hv-revoked');
    expect(page.body).toContain('该证已于2026年3月2日撤销，理由：采伐地块权属发生争议。');
    const again = await t.ziyuan.post(`/api/harvest/permits/${permitId}/revoke`, { reason: '重复撤销测试' });
    expect(again.statusCode).toBe(409);
    const denied = await (await t.signIn('zhengzhou')).post(`/api/harvest/permits/${permitId}/revoke`, {
      reason: '无权撤销测试',
    });
    expect(denied.statusCode).toBe(403);
  });

  it('refuses an approval beyond the remaining quota, writing nothing', async () => {
    // 160 left; 170 m³ asked.
    const kase = t.kase(3, { stockVolume: 170, outputLogs: 100, outputNonStandard: 20, outputFuelwood: 10 });
    const error = (await approveHarvestCase(t.ctx(), kase).catch((e) => e)) as AppError;
    expect(error.code).toBe('QUOTA_EXCEEDED');
    expect(error.message).toBe(
      '郑州市中牟县 2026 年商品林主伐限额剩余 160 立方米，不足本次采伐蓄积 170 立方米，不能批准',
    );
    const list = (await t.ziyuan.get('/api/harvest/permits?countyCode=410122')).json();
    expect(list.items.map((p: { receiptCode: string }) => p.receiptCode)).not.toContain('LZ0000000003');
    expect(await t.quota(quotaId)).toMatchObject({ remaining: 160 });
  });

  it('releases through the case flow’s onRelease (withdrawal or revocation of the case)', async () => {
    const kase = t.kase(4, { stockVolume: 20, outputLogs: 10, outputNonStandard: 2, outputFuelwood: 1 });
    await approveHarvestCase(t.ctx(), kase);
    expect(await t.quota(quotaId)).toMatchObject({ remaining: 140 });
    const view = {
      ...kase,
      itemCode: 'LIC-01',
      channel: 'online' as const,
      status: 'approved' as const,
      submittedAt: new Date(),
      acceptedAt: null,
      decidedAt: null,
    };
    await inTransaction(t.ctx(), (tx) => harvestItemHandler.onRelease!(tx, view, '申请人撤回'));
    await inTransaction(t.ctx(), (tx) => harvestItemHandler.onRelease!(tx, view, '申请人撤回'));
    expect(await t.quota(quotaId)).toMatchObject({ remaining: 160 });
    const permits = (await t.ziyuan.get('/api/harvest/permits?q=LZ0000000004')).json();
    expect(permits.items[0]).toMatchObject({
      status: 'revoked',
      revokeReason: '申请人撤回',
      releasedVolume: 20,
    });
  });

  it('shows a certificate as expired after its cutting period', async () => {
    t.clock.set('2027-01-01T09:00:00+08:00');
    const res = await verify('豫林采〔2026〕000002号');
    expect(res.body).toContain('hv-expired');
    expect(res.body).toContain('已过期');
    t.clock.set('2026-03-02T09:00:00+08:00');
  });
});

describe('certificate numbering', () => {
  it('numbers 30 concurrent issues without gaps or duplicates, and a rolled-back issue gives its number back', async () => {
    await t.allocate('410183', 1000); // 新密市
    const cases = Array.from({ length: 30 }, (_, i) =>
      t.kase(100 + i, {
        county: '410183',
        stockVolume: 5,
        outputLogs: 3,
        outputNonStandard: 1,
        outputFuelwood: 0,
      }),
    );
    for (const c of cases) await approveHarvestCase(t.ctx(), c);
    // A certificate issued and rolled back: its serial (3) must not be lost.
    const rolledBack = await inTransaction(t.ctx(), async (tx) => {
      await issueHarvestCertificate(tx, cases[0]);
      throw new Error('rollback');
    }).catch((e: Error) => e.message);
    expect(rolledBack).toBe('rollback');
    const issued = await Promise.all(cases.map((c) => issueHarvestCertificate(t.ctx(), c)));
    // Serials 1 and 2 were issued above; these 30 take 3 to 32, each once.
    const serials = issued.map((i) => Number(/〔2026〕(\d{6})号$/.exec(i.number)![1])).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: 30 }, (_, i) => i + 3));
    expect(new Set(issued.map((i) => i.certificateId)).size).toBe(30);
  });
});

describe('approvals racing for one county', () => {
  it('lets 7 of 20 concurrent approvals of 10 m³ pass on 75 m³, leaving 5 m³', async () => {
    const q = await t.allocate('410184', 75); // 新郑市
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        approveHarvestCase(
          t.ctx(),
          t.kase(300 + i, {
            county: '410184',
            stockVolume: 10,
            outputLogs: 5,
            outputNonStandard: 1,
            outputFuelwood: 1,
          }),
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(7);
    const detail = (await t.ziyuan.get(`/api/harvest/quotas/${q.id}`)).json();
    expect(detail).toMatchObject({ allocated: 75, consumed: 70, remaining: 5 });
    expect(detail.ledger).toMatchObject({ remaining: 5, entries: 8, consistent: true });
    const permits = (await t.ziyuan.get('/api/harvest/permits?countyCode=410184&pageSize=50')).json();
    expect(permits.total).toBe(7);
  });
});

describe('the public register', () => {
  it('lists issued permits with paging and a county filter', async () => {
    const all = await html('/services/register');
    expect(all.statusCode).toBe(200);
    // 32 issued in 2026 so far, 20 a page.
    expect(all.body).toContain('共 32 条，第 1 / 2 页');
    const second = await html('/services/register?page=2');
    expect(second.body).toContain('共 32 条，第 2 / 2 页');
    const rows = (body: string) => body.split('<tbody>')[1]?.split('</tbody>')[0] ?? '';
    const zhongmou = rows((await html('/services/register?county=410122')).body);
    expect(zhongmou).toContain('豫林采〔2026〕000001号');
    expect(zhongmou).toContain('已撤销');
    expect(zhongmou).not.toContain('新密市');
    const xinmi = rows((await html('/services/register?county=410183')).body);
    expect(xinmi.match(/<tr>/g)).toHaveLength(20);
    expect(xinmi).not.toContain('中牟县');
  });
});
