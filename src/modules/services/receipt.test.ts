import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages, pdfQr } from '../../platform/documents/test-support/read-back.ts';
import { GOOD } from './harvest/harvest.fixtures.ts';
import { buildHarvestTestApp, type HarvestTestApp } from './harvest/harvest.test-app.ts';
import { ensureCatalogue, submitOnline } from './index.ts';
import { PDF } from './test-support/multipart.ts';

let t: HarvestTestApp;
let accepted: { id: string; receiptCode: string };
let pending: { id: string; receiptCode: string };

const uploads = [
  { specCode: 'forest_right_cert', fileName: '林权证.pdf', data: PDF },
  { specCode: 'applicant_id', fileName: '营业执照.pdf', data: PDF },
];
const SMALL = {
  ...GOOD,
  areaMu: 2,
  stockVolume: 8,
  outputLogs: 4,
  outputNonStandard: 1,
  outputFuelwood: 1,
  smallStandCommitment: true,
};

const as = (username: string) => t.ctxAs(username);

/** RWM7G9CYW4DY → RWM7-G9CY-W4DY, as printed for reading aloud. */
const grouped = (code: string) => `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
const url = (id: string) => `/api/services/cases/${id}/receipt.pdf`;

beforeAll(async () => {
  t = await buildHarvestTestApp('2026-03-02T09:00:00+08:00');
  await ensureCatalogue(t.ctx());
  const hnmy = await as('hnmy');
  accepted = await submitOnline(hnmy, { itemCode: 'LIC-01', values: SMALL, uploads });
  pending = await submitOnline(hnmy, { itemCode: 'LIC-01', values: SMALL, uploads });
  // A stand in 中牟县: 中牟县林业局 is the competent authority and accepts it.
  const window = await t.signIn('zhongmou-sl');
  const res = await window.post(`/api/services/cases/${accepted.id}/accept`, {});
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(() => t.close());

describe('受理通知书 PDF', () => {
  it('gives the applicant the receipt with the code, the item and both due dates', async () => {
    const res = await (await t.signIn('hnmy')).get(url(accepted.id));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const [page] = pdfPages(res.rawPayload);
    expect(page).toContain('行政许可受理通知书（回执）');
    expect(page).toContain('中牟县林业局');
    expect(page).not.toContain('河南省林业局');
    expect(page).toContain('林木采伐许可证核发');
    expect(page).toContain('河南绿源苗木有限公司');
    expect(page).toContain(grouped(accepted.receiptCode));
    expect(page).toContain('2026年3月2日（星期一）');
    expect(page).toContain('20 个工作日，2026年3月30日（星期一）前');
    expect(page).toContain('1 个工作日，2026年3月3日（星期二）前');
    expect(page).toContain('林权证.pdf');
    expect(page).toContain('/services/track');
  });

  it('carries the configured public address in its text and QR code, never localhost', async () => {
    // The app reads its settings object on every request; this test sets PUBLIC_URL on it.
    const saved = t.config.PUBLIC_URL;
    t.config.PUBLIC_URL = 'https://lyj.henan.gov.cn';
    try {
      const hnmy = await t.signIn('hnmy');
      const res = await t.app.inject({
        method: 'GET',
        url: url(accepted.id),
        headers: { cookie: hnmy.cookie, host: '127.0.0.1:3000' },
      });
      expect(res.statusCode, res.body).toBe(200);
      const text = pdfPages(res.rawPayload).join('\n');
      expect(text).toContain('https://lyj.henan.gov.cn/services/track');
      expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
      expect(pdfQr(res.rawPayload)).toBe('https://lyj.henan.gov.cn/services/track');
    } finally {
      t.config.PUBLIC_URL = saved;
    }
  });

  it('without PUBLIC_URL carries the address the request came in on', async () => {
    expect(t.config.PUBLIC_URL).toBe('');
    const hnmy = await t.signIn('hnmy');
    const res = await t.app.inject({
      method: 'GET',
      url: url(accepted.id),
      headers: { cookie: hnmy.cookie, host: 'zwfw.lyj.example.cn' },
    });
    const text = pdfPages(res.rawPayload).join('\n');
    expect(text).toContain('http://zwfw.lyj.example.cn/services/track');
    expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(pdfQr(res.rawPayload)).toBe('http://zwfw.lyj.example.cn/services/track');
  });

  it('gives it to the window staff in scope, and to no one else', async () => {
    expect((await (await t.signIn('zhongmou-sl')).get(url(accepted.id))).statusCode).toBe(200);
    // Another county's window, and the province's, which did not receive it.
    expect((await (await t.signIn('songxian-sl')).get(url(accepted.id))).statusCode).toBe(403);
    expect((await (await t.signIn('window')).get(url(accepted.id))).statusCode).toBe(403);
    // Another company's or citizen's account: the case is not disclosed.
    expect((await (await t.signIn('zhangsan')).get(url(accepted.id))).statusCode).toBe(404);
    expect([403, 404]).toContain((await (await t.signIn('office')).get(url(accepted.id))).statusCode);
    expect((await t.app.inject({ method: 'GET', url: url(accepted.id) })).statusCode).toBe(401);
  });

  it('has none before acceptance', async () => {
    const res = await (await t.signIn('hnmy')).get(url(pending.id));
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe('办件当前状态为“已提交，待受理”，尚未受理，没有受理通知书');
  });

  it('lets anyone with the receipt code and the last four digits download it from the tracking page', async () => {
    // The contact phone is 13803710001: its last four are 0001.
    const page = await t.app.inject({
      method: 'POST',
      url: '/services/track',
      payload: { code: accepted.receiptCode, check: '0001' },
    });
    expect(page.body).toContain('action="/services/track/receipt.pdf"');
    expect(page.body).toContain('下载受理通知书（PDF）');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/services/track/receipt.pdf',
      payload: { code: accepted.receiptCode, check: '0001' },
    });
    expect(ok.statusCode).toBe(200);
    expect(pdfPages(ok.rawPayload)[0]).toContain(grouped(accepted.receiptCode));
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/services/track/receipt.pdf',
      payload: { code: accepted.receiptCode, check: '9999' },
    });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.headers['content-type']).toContain('text/html');
  });

  it('gives the counter the receipt of a walk-in accepted on the spot, with the paper materials', async () => {
    const w = await t.signIn('window');
    const lisi = (
      await w.post('/api/services/counter/applicants', {
        kind: 'citizen',
        name: '李四',
        idNumber: '410122199003071236',
        phone: '13912345678',
      })
    ).json().applicant.accountId;
    const created = await w.post('/api/services/counter/cases', {
      itemCode: 'LIC-04',
      applicantAccountId: lisi,
      values: {
        contactName: '李四',
        contactPhone: '13912345678',
        address: '中牟县城关镇人民路 8 号',
        county: '410122',
        areaHa: '0.5',
        summary: '在本单位经营的林地内修建护林防火道路和管护用房。',
      },
      paper: [
        { specCode: 'application', copies: 1 },
        { specCode: 'identity', copies: 1 },
        { specCode: 'design', copies: 2 },
      ],
      acceptNow: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    const res = await w.get(url(created.json().id));
    expect(res.statusCode).toBe(200);
    const [page] = pdfPages(res.rawPayload);
    expect(page).toContain('在林地上修筑直接为林业生产经营服务的工程设施审批');
    expect(page).toContain('李四');
    expect(page).toContain(grouped(created.json().receiptCode));
    expect(page).toContain('窗口申请');
    // LIC-04: statutory 20 working days → Monday 30 March; promised 15 (catalogue) → Monday 23 March
    // (3/3–3/6 four, 3/9–3/13 nine, 3/16–3/20 fourteen, 3/23 fifteen).
    expect(page).toContain('20 个工作日，2026年3月30日（星期一）前');
    expect(page).toContain('15 个工作日，2026年3月23日（星期一）前');
    expect(page).toContain('工程设施设计方案及位置图（纸质 2 份）');
  });
});
