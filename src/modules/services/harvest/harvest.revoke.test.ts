// One revocation path: revoking from the permit register (采伐许可证登记, the harvest page) or from the
// case page closes the case as revoked with the reason on the public timeline, gives the quota back
// once, marks the certificate revoked for /certificates/verify and writes one audit record.
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.table.ts';
import { acceptCase, decideCase, ensureCatalogue, startReview, submitOnline } from '../index.ts';
import { PDF } from '../test-support/multipart.ts';
import { GOOD } from './harvest.fixtures.ts';
import { buildHarvestTestApp, type HarvestTestApp } from './harvest.test-app.ts';

let t: HarvestTestApp;
let quotaId: string;

const uploads = [
  { specCode: 'forest_right_cert', fileName: '林权证.pdf', data: PDF },
  { specCode: 'applicant_id', fileName: '营业执照.pdf', data: PDF },
];

const as = (username: string) => t.ctxAs(username);

/** A small-stand case of `volume` m³ approved through the case flow, its certificate issued. */
async function approved(volume: number) {
  // A provincial forest farm's stand: the province (森林资源管理处) decides, and revokes, it.
  const values = {
    ...GOOD,
    standOwner: 'provincial_farm',
    areaMu: 2,
    stockVolume: volume,
    outputLogs: Math.floor(volume / 2),
    outputNonStandard: 1,
    outputFuelwood: 1,
    smallStandCommitment: true,
  };
  const row = await submitOnline(await as('hnmy'), { itemCode: 'LIC-01', values, uploads });
  await acceptCase(t.ctx(), row.id);
  await startReview(t.ctx(), row.id);
  const decided = await decideCase(t.ctx(), row.id, { decision: 'approve', opinion: '符合条件' });
  expect(decided.status).toBe('completed');
  const permits = (await t.ziyuan.get(`/api/harvest/permits?q=${row.receiptCode}`)).json();
  return {
    caseId: row.id,
    receiptCode: row.receiptCode,
    number: decided.certificateNumber!,
    permitId: permits.items[0].id as string,
  };
}

const verify = (no: string) =>
  t.app.inject({
    method: 'GET',
    url: `/certificates/verify?no=${encodeURIComponent(no)}`,
    headers: { accept: 'text/html' },
  });
const caseStatus = async (id: string) => (await t.ziyuan.get(`/api/services/cases/${id}`)).json().status;
const revokeAudits = async (caseId: string) =>
  (
    await t
      .ctx()
      .db.select()
      .from(auditLog)
      .where(and(like(auditLog.action, '%revoke%'), eq(auditLog.objectId, caseId)))
  ).length;
const permitRevokeAudits = async () =>
  (await t.ctx().db.select().from(auditLog).where(eq(auditLog.action, 'harvest.permit.revoke'))).length;

beforeAll(async () => {
  t = await buildHarvestTestApp('2026-03-02T09:00:00+08:00');
  await ensureCatalogue(t.ctx());
  // 中牟县 2026 commercial final harvest: 100 m³.
  quotaId = (await t.allocate('410122', 100)).id;
});
afterAll(() => t.close());

describe('revoking from the permit register (the page the harvest workbench uses)', () => {
  let a: Awaited<ReturnType<typeof approved>>;

  it('closes the case as revoked, releases the uncut volume once and shows 已撤销 on verification', async () => {
    a = await approved(12);
    // 100 − 12 = 88 m³ left.
    expect(await t.quota(quotaId)).toMatchObject({ allocated: 100, consumed: 12, remaining: 88 });
    const res = await t.ziyuan.post(`/api/harvest/permits/${a.permitId}/revoke`, {
      reason: '采伐地块权属发生争议',
      harvestedVolume: 2,
    });
    expect(res.statusCode, res.body).toBe(200);
    // 2 m³ were cut: 10 come back → consumed 2, remaining 98.
    expect(res.json()).toMatchObject({ status: 'revoked', validity: 'revoked', releasedVolume: 10 });
    expect(await t.quota(quotaId)).toMatchObject({ allocated: 100, consumed: 2, remaining: 98 });
    expect(await caseStatus(a.caseId)).toBe('revoked');

    const page = await verify(a.number);
    expect(page.body).toContain('hv-revoked');
    expect(page.body).toContain('已撤销');
    expect(page.body).toContain('该证已于2026年3月2日撤销，理由：采伐地块权属发生争议。');

    // The applicant's timeline (receipt code + last four digits of the phone 13803710001) gives the reason.
    const track = await t.app.inject({
      method: 'POST',
      url: '/services/track',
      payload: { code: a.receiptCode, check: '0001' },
    });
    expect(track.body).toContain('已撤销');
    expect(track.body).toMatch(/撤销行政许可<\/strong><p>采伐地块权属发生争议<\/p>/);

    // One audit record of the revocation, on the case; none of the old permit-only kind.
    expect(await revokeAudits(a.caseId)).toBe(1);
    expect(await permitRevokeAudits()).toBe(0);
  });

  it('refuses a second revocation from either page with a Chinese message, changing nothing', async () => {
    const again = await t.ziyuan.post(`/api/harvest/permits/${a.permitId}/revoke`, {
      reason: '重复撤销测试',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('该许可证已经撤销，不能重复撤销');
    const viaCase = await t.ziyuan.post(`/api/services/cases/${a.caseId}/revocation`, {
      reason: '重复撤销测试',
    });
    expect(viaCase.statusCode, viaCase.body).toBe(409);
    expect(viaCase.json().detail).toBe('该行政许可已经撤销，不能重复撤销');
    expect(await t.quota(quotaId)).toMatchObject({ consumed: 2, remaining: 98 });
    expect(await revokeAudits(a.caseId)).toBe(1);
  });
});

describe('revoking from the case page', () => {
  it('revokes the certificate too and gives the whole volume back', async () => {
    const b = await approved(15);
    // 98 − 15 = 83 m³ left.
    expect(await t.quota(quotaId)).toMatchObject({ consumed: 17, remaining: 83 });
    const res = await t.ziyuan.post(`/api/services/cases/${b.caseId}/revocation`, {
      reason: '申请材料弄虚作假',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await caseStatus(b.caseId)).toBe('revoked');
    // All 15 m³ back: 83 + 15 = 98.
    expect(await t.quota(quotaId)).toMatchObject({ consumed: 2, remaining: 98 });
    const permit = (await t.ziyuan.get(`/api/harvest/permits/${b.permitId}`)).json();
    expect(permit).toMatchObject({ status: 'revoked', revokeReason: '申请材料弄虚作假', releasedVolume: 15 });
    expect((await verify(b.number)).body).toContain('理由：申请材料弄虚作假。');
    expect(await revokeAudits(b.caseId)).toBe(1);

    const again = await t.ziyuan.post(`/api/harvest/permits/${b.permitId}/revoke`, {
      reason: '重复撤销测试',
    });
    expect(again.statusCode).toBe(409);
    expect(await t.quota(quotaId)).toMatchObject({ consumed: 2, remaining: 98 });
  });

  it('refuses a reason too short to explain, naming the field, and changes nothing', async () => {
    const c = await approved(5);
    const res = await t.ziyuan.post(`/api/harvest/permits/${c.permitId}/revoke`, { reason: '不行' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual({ field: 'reason', message: '撤销理由：请至少写 4 个字' });
    expect(await caseStatus(c.caseId)).toBe('completed');
    // 98 − 5 = 93 m³ left, still.
    expect(await t.quota(quotaId)).toMatchObject({ remaining: 93 });
  });
});
