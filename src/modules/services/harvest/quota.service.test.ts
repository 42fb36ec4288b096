import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../../test/app.ts';
import { AppError } from '../../../platform/errors.ts';
import { seedDemoData } from '../../org/index.ts';
import { demoQuotaFigures, seedDemoQuotas } from './quota.demo.ts';
import { consumeQuota, planPeriodOf, releaseQuotaForCase } from './quota.service.ts';

let t: TestApp;
let ziyuan: Client;

beforeAll(async () => {
  t = await buildTestApp({
    seed: async (ctx) => {
      await seedDemoData(ctx);
    },
  });
  ziyuan = await t.signIn('ziyuan');
});
afterAll(() => t.close());

const key = (countyCode: string, year = 2027) => ({
  countyCode,
  year,
  forestCategory: 'commercial' as const,
  harvestType: 'final' as const,
});

async function allocate(countyCode: string, volume: number, year = 2027) {
  const res = await ziyuan.post('/api/harvest/quotas/allocations', {
    ...key(countyCode, year),
    volume,
    basis: '豫林资〔2027〕1号',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; remaining: number };
}

/** One approval's consumption, in its own transaction, as the approving use case runs it. */
function consume(countyCode: string, volume: number, caseId: string) {
  return consumeQuota(t.ctx(), {
    ...key(countyCode),
    caseId,
    receiptCode: `R-${caseId}`,
    permitId: null,
    volume,
  });
}

describe('five-year periods', () => {
  it('names the plan a year belongs to', () => {
    expect(planPeriodOf(2026)).toEqual({ start: 2026, end: 2030, name: '十五五' });
    expect(planPeriodOf(2030)).toEqual({ start: 2026, end: 2030, name: '十五五' });
    expect(planPeriodOf(2025)).toEqual({ start: 2021, end: 2025, name: '十四五' });
    expect(planPeriodOf(2031)).toEqual({ start: 2031, end: 2035, name: '十六五' });
  });
});

describe('allocation, consumption, release, adjustment', () => {
  it('keeps the balance equal to the ledger through every kind of movement', async () => {
    const q = await allocate('410122', 100);
    expect(q.remaining).toBe(100);

    await consume('410122', 30.25, 'case-a');
    const after = (await ziyuan.get(`/api/harvest/quotas/${q.id}`)).json();
    expect(after).toMatchObject({
      allocated: 100,
      consumed: 30.25,
      remaining: 69.75,
      period: '2026–2030（十五五）',
    });

    // 80 > 69.75: refused, naming the county, category, type and what remains.
    const refused = await consume('410122', 80, 'case-b').catch((e: AppError) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('QUOTA_EXCEEDED');
    expect((refused as AppError).message).toBe(
      '郑州市中牟县 2027 年商品林主伐限额剩余 69.75 立方米，不足本次采伐蓄积 80 立方米，不能批准',
    );

    // Revocation gives back what the case took, once.
    expect(await releaseQuotaForCase(t.ctx(), { caseId: 'case-a', reason: '撤销' })).toBe(30.25);
    expect(await releaseQuotaForCase(t.ctx(), { caseId: 'case-a', reason: '撤销' })).toBe(0);

    const down = await ziyuan.post(`/api/harvest/quotas/${q.id}/adjustments`, {
      amount: -20,
      reason: '规划调整核减',
    });
    expect(down.statusCode, down.body).toBe(200);
    expect(down.json()).toMatchObject({ allocated: 80, consumed: 0, remaining: 80 });

    const tooMuch = await ziyuan.post(`/api/harvest/quotas/${q.id}/adjustments`, {
      amount: -80.01,
      reason: '规划调整核减',
    });
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.json().errors[0]).toEqual({ field: 'amount', message: '调整数量：最多调减 80 立方米' });

    const detail = (await ziyuan.get(`/api/harvest/quotas/${q.id}`)).json();
    expect(detail.ledger).toEqual({
      allocated: 80,
      consumed: 0,
      remaining: 80,
      entries: 4,
      consistent: true,
    });
    const ledger = (await ziyuan.get(`/api/harvest/quotas/${q.id}/ledger`)).json();
    expect(
      ledger.items.map((e: { kindLabel: string; amount: number; remainingAfter: number }) => [
        e.kindLabel,
        e.amount,
        e.remainingAfter,
      ]),
    ).toEqual([
      ['调整', -20, 80],
      ['释放', 30.25, 100],
      ['消耗', -30.25, 69.75],
      ['下达', 100, 100],
    ]);
  });

  it('refuses a county that does not exist, a negative volume and a county without quota', async () => {
    const bad = await ziyuan.post('/api/harvest/quotas/allocations', {
      ...key('410199'),
      volume: 10,
      basis: '豫林资〔2027〕1号',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('countyCode');
    const negative = await ziyuan.post('/api/harvest/quotas/allocations', {
      ...key('410122'),
      volume: -5,
      basis: '豫林资〔2027〕1号',
    });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().errors[0]).toEqual({ field: 'volume', message: '下达数量：应大于 0' });
    const none = await consume('410185', 1, 'case-none').catch((e: AppError) => e);
    expect((none as AppError).message).toBe(
      '郑州市登封市 2027 年商品林主伐限额尚未下达（剩余 0 立方米），不能批准本次采伐蓄积 1 立方米',
    );
  });

  it('lets a city bureau read only its own counties and allocate nothing', async () => {
    await allocate('410323', 50); // 洛阳市新安县
    const zz = await t.signIn('zhengzhou');
    const list = (await zz.get('/api/harvest/quotas?year=2027')).json();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((q: { cityCode: string }) => q.cityCode === '410100')).toBe(true);
    const denied = await zz.post('/api/harvest/quotas/allocations', {
      ...key('410122'),
      volume: 10,
      basis: '豫林资〔2027〕1号',
    });
    expect(denied.statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/harvest/quotas' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('concurrent approvals on one county', () => {
  it('lets exactly one of two approvals racing for the last cubic metres pass', async () => {
    await allocate('410181', 5); // 巩义市
    const results = await Promise.allSettled([
      consume('410181', 3, 'race-1'),
      consume('410181', 3, 'race-2'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as AppError).message).toContain('剩余 2 立方米，不足本次采伐蓄积 3 立方米');
  });

  it('50 concurrent approvals of 0.7 m³ on 10 m³: 14 pass, 0.2 m³ left, no overdraft, no lost update', async () => {
    const q = await allocate('410182', 10); // 荥阳市
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => consume('410182', 0.7, `burst-${i}`)),
    );
    const passed = results.filter((r) => r.status === 'fulfilled').length;
    expect(passed).toBe(14);
    for (const r of results)
      if (r.status === 'rejected') expect((r.reason as AppError).code).toBe('QUOTA_EXCEEDED');
    const detail = (await ziyuan.get(`/api/harvest/quotas/${q.id}`)).json();
    expect(detail).toMatchObject({ allocated: 10, consumed: 9.8, remaining: 0.2 });
    expect(detail.ledger).toEqual({
      allocated: 10,
      consumed: 9.8,
      remaining: 0.2,
      entries: 15,
      consistent: true,
    });
  });
});

describe('demo quotas', () => {
  it('gives every county-level division a 2026 quota, public-welfare forest no final harvest', async () => {
    const figures = demoQuotaFigures();
    // 157 quota units (156 counties and 济源) × (5 commercial + 3 public-welfare types).
    expect(figures).toHaveLength(157 * 8);
    expect(figures.some((f) => f.forestCategory === 'public_welfare' && f.harvestType === 'final')).toBe(
      false,
    );
    expect(figures.every((f) => f.volume > 0 && f.volume % 10 === 0)).toBe(true);
    expect(await seedDemoQuotas(t.ctx())).toBe(157 * 8);
    expect(await seedDemoQuotas(t.ctx())).toBe(0);
    const byCity = (await ziyuan.get('/api/harvest/quotas/by-city?year=2026')).json();
    expect(byCity.items).toHaveLength(18);
    const total = figures.reduce((s, f) => s + f.volume, 0);
    expect(byCity.total.allocated).toBe(total);
    expect(byCity.total.remaining).toBe(total);
  });
});
