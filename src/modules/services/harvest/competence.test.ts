// 管辖 (森林法 第五十六条、第五十七条): a harvest application goes to the forestry bureau of the county
// where the stand lies, a provincial forest farm's to the province, a city farm's to its city; the
// county's own accounts accept, review and decide it, another county's cannot read it, and the
// certificate names the county bureau as the issuing authority.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../../../platform/documents/test-support/read-back.ts';
import { unitByCode } from '../../org/index.ts';
import { ensureCatalogue, serviceCases, submitOnline } from '../index.ts';
import { PDF } from '../test-support/multipart.ts';
import { GOOD } from './harvest.fixtures.ts';
import { buildHarvestTestApp, type HarvestTestApp } from './harvest.test-app.ts';

let t: HarvestTestApp;
let quotaId: string;

const uploads = [
  { specCode: 'forest_right_cert', fileName: '林权证.pdf', data: PDF },
  { specCode: 'applicant_id', fileName: '营业执照.pdf', data: PDF },
];

async function unitId(code: string): Promise<string> {
  const u = await unitByCode(t.ctx(), code);
  if (!u) throw new Error(`no unit ${code}`);
  return u.id;
}

const apply = async (values: Record<string, unknown>) =>
  submitOnline(await t.ctxAs('hnmy'), { itemCode: 'LIC-01', values: { ...GOOD, ...values }, uploads });

beforeAll(async () => {
  t = await buildHarvestTestApp('2026-03-02T09:00:00+08:00');
  await ensureCatalogue(t.ctx());
  quotaId = (await t.allocate('410122', 300)).id;
});
afterAll(() => t.close());

describe('routing to the competent authority', () => {
  it('sends a stand in 中牟县 to 中牟县林业局, which receives and decides it', async () => {
    const row = await apply({});
    const zhongmou = await unitId('X410122');
    expect(row.unitId).toBe(zhongmou);
    expect(row.acceptUnitId).toBe(zhongmou);
  });

  it('sends a provincial forest farm to the province: the acceptance centre and 森林资源管理处', async () => {
    const row = await apply({ standOwner: 'provincial_farm' });
    expect(row.unitId).toBe(await unitId('HNLY-ZYC'));
    expect(row.acceptUnitId).toBe(await unitId('HNLY-SLZX'));
    // The quota is still the county's.
    expect(row.countyCode).toBe('410122');
  });

  it('sends a city forest farm in 嵩县 to 洛阳市林业局', async () => {
    const row = await apply({
      standOwner: 'city_farm',
      county: '410325',
      forestRightCertNo: '豫(2020)嵩县不动产权第0000456号',
    });
    expect(row.unitId).toBe(await unitId('C410300'));
    expect(row.acceptUnitId).toBe(await unitId('C410300'));
  });
});

describe('the counter', () => {
  const walkIn = (values: Record<string, unknown>) => ({
    itemCode: 'LIC-01',
    applicantAccountId: t.accountIds.get('zhangsan'),
    values: { ...GOOD, ...values },
    paper: [
      { specCode: 'forest_right_cert', copies: 1 },
      { specCode: 'applicant_id', copies: 1 },
    ],
  });

  it('registers a walk-in at the competent county’s window, and refuses it at another’s, writing nothing', async () => {
    const count = async () => (await t.ctx().db.select().from(serviceCases)).length;
    const before = await count();
    const refused = await (await t.signIn('songxian-sl')).post('/api/services/counter/cases', walkIn({}));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toContainEqual({
      field: 'county',
      message: '县（市、区）：该申请由中牟县林业局受理，本窗口不能收件，请告知申请人向该单位提交或网上申请',
    });
    // The province's window takes a provincial farm's application, not a county's.
    const province = await t.signIn('window');
    expect((await province.post('/api/services/counter/cases', walkIn({}))).statusCode).toBe(400);
    expect(await count()).toBe(before);
    const taken = await (await t.signIn('zhongmou-sl')).post('/api/services/counter/cases', walkIn({}));
    expect(taken.statusCode, taken.body).toBe(201);
    const farm = await province.post(
      '/api/services/counter/cases',
      walkIn({ standOwner: 'provincial_farm' }),
    );
    expect(farm.statusCode, farm.body).toBe(201);
    expect(await count()).toBe(before + 2);
  });
});

describe('a county bureau works its own cases only', () => {
  let caseId: string;
  let receiptCode: string;

  beforeAll(async () => {
    // A mixed stand: 杨树 30 亩 90 m³ (GOOD) and 刺槐 5 亩 8.5 m³.
    const row = await apply({
      township: '韩寺镇',
      village: '邵岗村',
      species2: '刺槐',
      areaMu2: 5,
      treeCount2: 150,
      stockVolume2: 8.5,
      outputLogs2: 5,
      outputFuelwood2: 1.5,
      regenAreaMu: 35,
    });
    caseId = row.id;
    receiptCode = row.receiptCode;
  });

  it('lists the case in 中牟县’s acceptance queue and not in 嵩县’s', async () => {
    const mine = (await (await t.signIn('zhongmou-sl')).get('/api/services/cases?stage=acceptance')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(caseId);
    const theirs = (await (await t.signIn('songxian-sl')).get('/api/services/cases?stage=acceptance')).json();
    expect(theirs.items.map((i: { id: string }) => i.id)).not.toContain(caseId);
    // The province's window no longer receives county cases.
    const window = (await (await t.signIn('window')).get('/api/services/cases?stage=acceptance')).json();
    expect(window.items.map((i: { id: string }) => i.id)).not.toContain(caseId);
  });

  it('refuses 嵩县’s staff the case itself and its actions (403), changing nothing', async () => {
    const songxian = await t.signIn('songxian-sp');
    expect((await songxian.get(`/api/services/cases/${caseId}`)).statusCode).toBe(403);
    const songxianSl = await t.signIn('songxian-sl');
    expect((await songxianSl.post(`/api/services/cases/${caseId}/accept`, {})).statusCode).toBe(403);
    const detail = (await (await t.signIn('zhongmou-sl')).get(`/api/services/cases/${caseId}`)).json();
    expect(detail.status).toBe('submitted');
  });

  it('is accepted by 中牟县’s window, reviewed and decided by its 审批 account; the certificate names 中牟县林业局', async () => {
    const sl = await t.signIn('zhongmou-sl');
    expect((await sl.post(`/api/services/cases/${caseId}/accept`, {})).statusCode).toBe(200);
    // The window accepts; it does not decide.
    expect(
      (await sl.post(`/api/services/cases/${caseId}/decision`, { decision: 'approve', opinion: '同意' }))
        .statusCode,
    ).toBe(403);
    const sp = await t.signIn('zhongmou-sp');
    expect((await sp.post(`/api/services/cases/${caseId}/review`, {})).statusCode).toBe(200);
    const decided = await sp.post(`/api/services/cases/${caseId}/decision`, {
      decision: 'approve',
      opinion: '符合采伐条件',
    });
    expect(decided.statusCode).toBe(200);
    const body = decided.json();
    expect(body.status).toBe('completed');
    // 90 + 8.5 = 98.5 m³ of 中牟县’s 300.
    expect(await t.quota(quotaId)).toMatchObject({ consumed: 98.5, remaining: 201.5 });

    const pdf = await sp.get(body.certificate.url);
    expect(pdf.statusCode).toBe(200);
    const text = pdfPages(pdf.rawPayload)[0].replaceAll('\n', '');
    expect(text).toContain('发证机关：中牟县林业局（印章）');
    expect(text).toContain(receiptCode);
    expect(text).not.toContain('河南省林业局');
    // Each species on its row, then the totals: 30 + 5 = 35 亩, 1200 + 150 株, 90 + 8.5 m³.
    expect(text).toContain('杨树30120090原木 55、非规格材 15、薪材 8');
    expect(text).toContain('刺槐51508.5原木 5、薪材 1.5');
    for (const totalCell of [
      '合计',
      '35 亩（2.33 公',
      '1350 株',
      '98.5 立方米',
      '原木 60、非规格材 15、薪材',
    ])
      expect(text).toContain(totalCell);
  });
});
