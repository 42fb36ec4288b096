// Demo harvest quotas (演示数据, NOT the quotas actually set for Henan): every county-level division
// gets a quota per forest category and harvest type for the current year (by the clock) and the next. The figures are plausible in shape —
// plain counties with poplar plantations (周口, 商丘, 驻马店…) carry large commercial quotas,
// mountain counties (洛阳, 三门峡, 南阳, 信阳) more public-welfare tending, city districts little —
// and deterministic, so tests and screenshots are stable.
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import type { ForestCategory, HarvestType } from './harvest.form.ts';
import {
  countQuotaRows,
  insertLedgerRows,
  insertQuotaRows,
  type NewLedgerEntry,
} from './quota.repository.ts';
import { planPeriodOf, quotaYearAt } from './quota.service.ts';
import { harvestQuotas } from './quota.table.ts';
import { listQuotaRegions, type QuotaRegion } from './regions.ts';

export const DEMO_QUOTA_BASIS = '演示数据：年度森林采伐限额（非正式下达数）';

// Per 省辖市: [commercial factor, public-welfare factor].
const CITY_FACTORS: Record<string, [number, number]> = {
  '410100': [0.5, 0.6], // 郑州
  '410200': [1.3, 0.3], // 开封
  '410300': [0.8, 1.6], // 洛阳
  '410400': [0.8, 1.0], // 平顶山
  '410500': [0.9, 0.8], // 安阳
  '410600': [0.6, 0.6], // 鹤壁
  '410700': [1.1, 0.6], // 新乡
  '410800': [0.7, 0.7], // 焦作
  '410900': [1.2, 0.3], // 濮阳
  '411000': [1.0, 0.3], // 许昌
  '411100': [1.0, 0.3], // 漯河
  '411200': [0.6, 1.8], // 三门峡
  '411300': [1.0, 1.3], // 南阳
  '411400': [1.5, 0.3], // 商丘
  '411500': [1.1, 1.5], // 信阳
  '411600': [1.6, 0.3], // 周口
  '411700': [1.4, 0.4], // 驻马店
  '419001': [0.5, 1.2], // 济源
};

// m³ per year for a county of each kind before the city factor.
const BASE: Record<QuotaRegion['kind'], [number, number]> = {
  county: [40_000, 4_000],
  city: [30_000, 3_500],
  district: [5_000, 800],
};

const COMMERCIAL_SPLIT: Array<[HarvestType, number]> = [
  ['final', 0.7],
  ['tending', 0.12],
  ['renewal', 0.08],
  ['upgrading', 0.06],
  ['other', 0.04],
];
// Public-welfare forest is only tended, renewed or upgraded (DOMAIN §4).
const PUBLIC_WELFARE_SPLIT: Array<[HarvestType, number]> = [
  ['tending', 0.5],
  ['renewal', 0.25],
  ['upgrading', 0.25],
];

/** ±20 %, fixed per county code. */
function variation(code: string): number {
  let h = 0;
  for (const ch of code) h = (h * 31 + ch.charCodeAt(0)) % 1_000_003;
  return 1 + ((h % 41) - 20) / 100;
}

const to10 = (n: number) => Math.round(n / 10) * 10;

export interface DemoQuota {
  countyCode: string;
  cityCode: string;
  forestCategory: ForestCategory;
  harvestType: HarvestType;
  volume: number;
}

/** The demo figures (m³), one per county, category and type. */
export function demoQuotaFigures(): DemoQuota[] {
  const out: DemoQuota[] = [];
  for (const region of listQuotaRegions()) {
    const [cf, pf] = CITY_FACTORS[region.cityCode] ?? [1, 1];
    const [cb, pb] = BASE[region.kind];
    const v = variation(region.code);
    const splits: Array<[ForestCategory, number, Array<[HarvestType, number]>]> = [
      ['commercial', cb * cf * v, COMMERCIAL_SPLIT],
      ['public_welfare', pb * pf * v, PUBLIC_WELFARE_SPLIT],
    ];
    for (const [category, total, split] of splits)
      for (const [type, share] of split)
        out.push({
          countyCode: region.code,
          cityCode: region.cityCode,
          forestCategory: category,
          harvestType: type,
          volume: to10(total * share),
        });
  }
  return out;
}

/** Whether any quota at all has been recorded (demo quotas go only into an empty table). */
export async function hasAnyQuota(ctx: Ctx): Promise<boolean> {
  const [row] = await ctx.db.select({ id: harvestQuotas.id }).from(harvestQuotas).limit(1);
  return Boolean(row);
}

/**
 * Loads the demo quotas of the current year (by `ctx.now`) and the next, each unless that year already
 * has quotas, so a demo started in any year (or running across New Year) can approve permits.
 * Returns the number of quota rows written per year.
 */
export async function seedDemoQuotaYears(ctx: Ctx): Promise<Record<number, number>> {
  const year = quotaYearAt(ctx.now);
  return inTransaction(ctx, async (tx) => ({
    [year]: await seedDemoQuotas(tx, year),
    [year + 1]: await seedDemoQuotas(tx, year + 1),
  }));
}

/** Loads the demo quotas of a year (the current year by default) unless that year already has quotas. */
export async function seedDemoQuotas(ctx: Ctx, year = quotaYearAt(ctx.now)): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    if ((await countQuotaRows(tx.db, year)) > 0) return 0;
    const periodStart = planPeriodOf(year).start;
    const figures = demoQuotaFigures();
    const rows = await insertQuotaRows(
      tx.db,
      figures.map((f) => ({
        countyCode: f.countyCode,
        cityCode: f.cityCode,
        periodStart,
        year,
        forestCategory: f.forestCategory,
        harvestType: f.harvestType,
        allocated: f.volume,
        consumed: 0,
        remaining: f.volume,
        createdAt: tx.now,
        updatedAt: tx.now,
      })),
    );
    const ledger: NewLedgerEntry[] = rows.map((r) => ({
      quotaId: r.id,
      kind: 'allocation',
      amount: r.allocated,
      remainingAfter: r.allocated,
      basis: DEMO_QUOTA_BASIS,
      actorId: null,
      actorName: '演示数据',
      at: tx.now,
    }));
    for (let i = 0; i < ledger.length; i += 500) await insertLedgerRows(tx.db, ledger.slice(i, i + 500));
    await recordAudit(tx, {
      action: 'harvest.quota.demo',
      objectType: 'harvest_quota',
      detail: { year, rows: rows.length, total: rows.reduce((s, r) => s + r.allocated, 0) },
    });
    return rows.length;
  });
}
