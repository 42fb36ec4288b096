// Harvest quota (采伐限额): allocation and adjustment by the resources division, consumption by an
// approved permit and release by a refusal or revocation, in the caller's transaction. A movement
// locks the balance row first (SELECT … FOR UPDATE), so two approvals racing for the last cubic
// metres are served one after the other and the second sees what the first left.
import { requirePermission } from '../../../platform/access/policy.ts';
import { scopeIsWhole } from '../../../platform/access/scope.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { chinaDay } from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError, notFound, validationError } from '../../../platform/errors.ts';
import { FOREST_CATEGORIES, type ForestCategory, HARVEST_TYPES, type HarvestType } from './harvest.form.ts';
import { requireInCounty, requireRegionScope } from './harvest.policy.ts';
import { fmt } from './harvest.rules.ts';
import {
  ensureQuotaRow,
  findQuota,
  insertLedger,
  type LedgerRow,
  ledgerSums,
  listLedgerRows,
  listQuotaRows,
  lockQuotaById,
  lockQuotaByKey,
  moveBalance,
  outstandingForCase,
  type QuotaFilter,
  type QuotaRow,
  sumQuotas,
} from './quota.repository.ts';
import { findQuotaRegion, listCities, regionFullName } from './regions.ts';

/** Cubic metres to two decimals, the precision of the tables. */
export const round2 = (n: number) => Math.round(n * 100) / 100;
const cents = (n: number) => Math.round(n * 100);

const CN_DIGITS = '〇一二三四五六七八九';

/** The five-year plan a year belongs to: 2026 → { start: 2026, end: 2030, name: '十五五' }. */
export function planPeriodOf(year: number): { start: number; end: number; name: string } {
  const start = 2021 + 5 * Math.floor((year - 2021) / 5);
  const n = 14 + (start - 2021) / 5; // 2021–2025 is the 14th five-year plan
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const num = `${tens > 1 ? CN_DIGITS[tens] : ''}${tens > 0 ? '十' : ''}${ones ? CN_DIGITS[ones] : ''}`;
  return { start, end: start + 4, name: `${num}五` };
}

export function quotaLabel(
  q: Pick<QuotaRow, 'countyCode' | 'year' | 'forestCategory' | 'harvestType'>,
): string {
  return `${regionFullName(q.countyCode)} ${q.year} 年${FOREST_CATEGORIES[q.forestCategory]}${HARVEST_TYPES[q.harvestType]}限额`;
}

function requireCounty(countyCode: string): string {
  const region = findQuotaRegion(countyCode);
  if (!region)
    throw validationError('countyCode', `县（市、区）：“${countyCode}”不是河南省的县级行政区划代码`);
  return region.cityCode;
}

function requireVolume(field: string, label: string, v: number, allowNegative = false): number {
  if (!Number.isFinite(v)) throw validationError(field, `${label}：应为数字`);
  if (Math.abs(cents(v) - v * 100) > 1e-6) throw validationError(field, `${label}：最多保留 2 位小数`);
  if (!allowNegative && v <= 0) throw validationError(field, `${label}：应大于 0`);
  if (allowNegative && v === 0) throw validationError(field, `${label}：不能为 0`);
  if (Math.abs(v) > 100_000_000) throw validationError(field, `${label}：数额过大，请核对`);
  return round2(v);
}

// ---- movements (inside the caller's transaction) ----

export interface ConsumeInput {
  caseId: string;
  receiptCode: string;
  permitId: string | null;
  countyCode: string;
  year: number;
  forestCategory: ForestCategory;
  harvestType: HarvestType;
  volume: number;
}

/**
 * Consumes quota for an approved permit. Throws QUOTA_EXCEEDED (naming the county, category,
 * type and what remains) when the balance is short, which rolls the approval back.
 * No permission check: the approving use case has made it.
 */
export async function consumeQuota(ctx: Ctx, input: ConsumeInput): Promise<LedgerRow> {
  const volume = round2(input.volume);
  return inTransaction(ctx, async (tx) => {
    const row = await lockQuotaByKey(tx.db, input);
    const label = quotaLabel(input);
    const remaining = row?.remaining ?? 0;
    if (!row || cents(remaining) < cents(volume))
      throw new AppError('QUOTA_EXCEEDED', {
        message: row
          ? `${label}剩余 ${fmt(remaining)} 立方米，不足本次采伐蓄积 ${fmt(volume)} 立方米，不能批准`
          : `${label}尚未下达（剩余 0 立方米），不能批准本次采伐蓄积 ${fmt(volume)} 立方米`,
        extra: { remaining, requested: volume, countyCode: input.countyCode },
      });
    const moved = await moveBalance(tx.db, row.id, { allocated: 0, consumed: volume }, tx.now);
    if (!moved) throw new AppError('QUOTA_EXCEEDED', { message: `${label}余额不足，不能批准` });
    return insertLedger(tx.db, {
      quotaId: row.id,
      kind: 'consumption',
      amount: -volume,
      remainingAfter: moved.remaining,
      caseId: input.caseId,
      receiptCode: input.receiptCode,
      permitId: input.permitId,
      basis: `批准采伐（受理编号 ${input.receiptCode}）`,
      actorId: tx.actor.id,
      actorName: tx.actor.displayName,
      at: tx.now,
    });
  });
}

/**
 * Gives back what a case holds (all of it, or at most `volume`): after a refusal, a withdrawal
 * or a revocation. Returns the volume released; 0 when the case held nothing (idempotent).
 */
export async function releaseQuotaForCase(
  ctx: Ctx,
  input: { caseId: string; reason: string; volume?: number; permitId?: string | null },
): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    let left = input.volume === undefined ? Number.POSITIVE_INFINITY : round2(input.volume);
    let released = 0;
    for (const held of await outstandingForCase(tx.db, input.caseId)) {
      const row = await lockQuotaById(tx.db, held.quotaId);
      // Re-read under the lock: a concurrent release may have given it back already.
      const [again] = (await outstandingForCase(tx.db, input.caseId)).filter(
        (o) => o.quotaId === held.quotaId,
      );
      const amount = round2(Math.min(again?.outstanding ?? 0, left));
      if (!row || amount <= 0) continue;
      const moved = await moveBalance(tx.db, row.id, { allocated: 0, consumed: -amount }, tx.now);
      if (!moved) continue;
      const entry = await insertLedger(tx.db, {
        quotaId: row.id,
        kind: 'release',
        amount,
        remainingAfter: moved.remaining,
        caseId: input.caseId,
        receiptCode: null,
        permitId: input.permitId ?? null,
        basis: input.reason,
        actorId: tx.actor.id,
        actorName: tx.actor.displayName,
        at: tx.now,
      });
      await recordAudit(tx, {
        action: 'harvest.quota.release',
        objectType: 'harvest_quota',
        objectId: row.id,
        detail: { caseId: input.caseId, amount, remainingAfter: entry.remainingAfter, reason: input.reason },
      });
      released = round2(released + amount);
      left = round2(left - amount);
      if (left <= 0) break;
    }
    return released;
  });
}

// ---- use cases of the resources division ----

export interface AllocateInput {
  countyCode: string;
  year: number;
  forestCategory: ForestCategory;
  harvestType: HarvestType;
  volume: number;
  /** The document that sets the quota (下达文件文号). */
  basis: string;
}

/** Allocates (下达) quota to a county for a year, category and type; adds to what is there. */
export async function allocateQuota(ctx: Ctx, input: AllocateInput): Promise<QuotaView> {
  requirePermission(ctx.actor, 'harvest:quota');
  const cityCode = requireCounty(input.countyCode);
  requireInCounty(ctx, 'harvest:quota', input.countyCode);
  const volume = requireVolume('volume', '下达数量', input.volume);
  const basis = input.basis.trim();
  if (basis.length < 2) throw validationError('basis', '下达依据：请填写下达文件文号或说明');
  return inTransaction(ctx, async (tx) => {
    const period = planPeriodOf(input.year);
    await ensureQuotaRow(tx.db, { ...input, cityCode, periodStart: period.start }, tx.now);
    const row = (await lockQuotaByKey(tx.db, input))!;
    const moved = (await moveBalance(tx.db, row.id, { allocated: volume, consumed: 0 }, tx.now))!;
    await insertLedger(tx.db, {
      quotaId: row.id,
      kind: 'allocation',
      amount: volume,
      remainingAfter: moved.remaining,
      basis,
      actorId: tx.actor.id,
      actorName: tx.actor.displayName,
      at: tx.now,
    });
    await recordAudit(tx, {
      action: 'harvest.quota.allocate',
      objectType: 'harvest_quota',
      objectId: row.id,
      detail: {
        countyCode: input.countyCode,
        year: input.year,
        volume,
        basis,
        remainingAfter: moved.remaining,
      },
    });
    return presentQuota(moved);
  });
}

/** Adjusts (调整) a quota up or down; never below what has been consumed. */
export async function adjustQuota(
  ctx: Ctx,
  id: string,
  input: { amount: number; reason: string },
): Promise<QuotaView> {
  requirePermission(ctx.actor, 'harvest:quota');
  const amount = requireVolume('amount', '调整数量', input.amount, true);
  const reason = input.reason.trim();
  if (reason.length < 4) throw validationError('reason', '调整理由：请至少写 4 个字');
  return inTransaction(ctx, async (tx) => {
    const row = await lockQuotaById(tx.db, id);
    if (!row) throw notFound('QUOTA_NOT_FOUND', '没有这条采伐限额');
    requireInCounty(tx, 'harvest:quota', row.countyCode);
    if (cents(row.remaining) + cents(amount) < 0)
      throw new AppError('QUOTA_EXCEEDED', {
        message: `${quotaLabel(row)}剩余 ${fmt(row.remaining)} 立方米，不能调减 ${fmt(-amount)} 立方米（不得低于已消耗量）`,
        errors: [{ field: 'amount', message: `调整数量：最多调减 ${fmt(row.remaining)} 立方米` }],
      });
    const moved = (await moveBalance(tx.db, row.id, { allocated: amount, consumed: 0 }, tx.now))!;
    await insertLedger(tx.db, {
      quotaId: row.id,
      kind: 'adjustment',
      amount,
      remainingAfter: moved.remaining,
      basis: reason,
      actorId: tx.actor.id,
      actorName: tx.actor.displayName,
      at: tx.now,
    });
    await recordAudit(tx, {
      action: 'harvest.quota.adjust',
      objectType: 'harvest_quota',
      objectId: row.id,
      detail: { amount, reason, remainingAfter: moved.remaining },
    });
    return presentQuota(moved);
  });
}

// ---- views ----

export interface QuotaView {
  id: string;
  countyCode: string;
  countyName: string;
  cityCode: string;
  cityName: string;
  period: string;
  year: number;
  forestCategory: ForestCategory;
  forestCategoryLabel: string;
  harvestType: HarvestType;
  harvestTypeLabel: string;
  allocated: number;
  consumed: number;
  remaining: number;
  updatedAt: string;
}

export function presentQuota(row: QuotaRow): QuotaView {
  const region = findQuotaRegion(row.countyCode);
  const p = planPeriodOf(row.year);
  return {
    id: row.id,
    countyCode: row.countyCode,
    countyName: region?.name ?? row.countyCode,
    cityCode: row.cityCode,
    cityName: region?.cityName ?? row.cityCode,
    period: `${p.start}–${p.end}（${p.name}）`,
    year: row.year,
    forestCategory: row.forestCategory,
    forestCategoryLabel: FOREST_CATEGORIES[row.forestCategory],
    harvestType: row.harvestType,
    harvestTypeLabel: HARVEST_TYPES[row.harvestType],
    allocated: row.allocated,
    consumed: row.consumed,
    remaining: row.remaining,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listQuotas(
  ctx: Ctx,
  q: QuotaFilter & { page: number; pageSize: number },
): Promise<{ total: number; items: QuotaView[] }> {
  const scope = requireRegionScope(ctx, 'harvest:read');
  const { page, pageSize, ...f } = q;
  const { total, items } = await listQuotaRows(
    ctx.db,
    { ...f, scope },
    {
      limit: pageSize,
      offset: (page - 1) * pageSize,
    },
  );
  return { total, items: items.map(presentQuota) };
}

export interface CityTotals {
  cityCode: string;
  cityName: string;
  allocated: number;
  consumed: number;
  remaining: number;
}

/** The year's totals per city (for the bar chart), within the actor's region. */
export async function quotaTotalsByCity(
  ctx: Ctx,
  q: { year: number; forestCategory?: ForestCategory; harvestType?: HarvestType },
): Promise<{ year: number; items: CityTotals[]; total: Omit<CityTotals, 'cityCode' | 'cityName'> }> {
  const scope = requireRegionScope(ctx, 'harvest:read');
  const sums = await sumQuotas(ctx.db, { ...q, scope }, 'city');
  const byCity = new Map(sums.map((s) => [s.key, s]));
  // The province sees every city (those without quota at 0); a city bureau its own.
  const province = scopeIsWhole(scope.actor, scope.scope, ['region']);
  const items = listCities()
    .filter((c) => province || byCity.has(c.code))
    .map((c) => {
      const s = byCity.get(c.code);
      return {
        cityCode: c.code,
        cityName: c.name,
        allocated: s?.allocated ?? 0,
        consumed: s?.consumed ?? 0,
        remaining: s?.remaining ?? 0,
      };
    });
  const total = items.reduce(
    (acc, c) => ({
      allocated: round2(acc.allocated + c.allocated),
      consumed: round2(acc.consumed + c.consumed),
      remaining: round2(acc.remaining + c.remaining),
    }),
    { allocated: 0, consumed: 0, remaining: 0 },
  );
  return { year: q.year, items, total };
}

export interface LedgerView {
  id: string;
  kind: LedgerRow['kind'];
  kindLabel: string;
  amount: number;
  remainingAfter: number;
  caseId: string | null;
  receiptCode: string | null;
  permitId: string | null;
  basis: string | null;
  actorName: string;
  at: string;
}

const KIND_LABELS: Record<LedgerRow['kind'], string> = {
  allocation: '下达',
  consumption: '消耗',
  release: '释放',
  adjustment: '调整',
};

function presentLedger(r: LedgerRow): LedgerView {
  return {
    id: r.id,
    kind: r.kind,
    kindLabel: KIND_LABELS[r.kind],
    amount: r.amount,
    remainingAfter: r.remainingAfter,
    caseId: r.caseId,
    receiptCode: r.receiptCode,
    permitId: r.permitId,
    basis: r.basis,
    actorName: r.actorName,
    at: r.at.toISOString(),
  };
}

export interface QuotaDetail extends QuotaView {
  /** The balance as the ledger sums it: equal to the row unless something bypassed the ledger. */
  ledger: { allocated: number; consumed: number; remaining: number; entries: number; consistent: boolean };
}

export async function getQuota(ctx: Ctx, id: string): Promise<QuotaDetail> {
  requirePermission(ctx.actor, 'harvest:read');
  const found = await findQuota(ctx.db, id);
  if (!found) throw notFound('QUOTA_NOT_FOUND', '没有这条采伐限额');
  requireInCounty(ctx, 'harvest:read', found.countyCode);
  const sums = await ledgerSums(ctx.db, id);
  return {
    ...presentQuota(found),
    ledger: {
      ...sums,
      consistent:
        cents(sums.remaining) === cents(found.remaining) &&
        cents(sums.allocated) === cents(found.allocated) &&
        cents(sums.consumed) === cents(found.consumed),
    },
  };
}

export async function listQuotaLedger(
  ctx: Ctx,
  id: string,
  q: { page: number; pageSize: number },
): Promise<{ total: number; items: LedgerView[] }> {
  await getQuota(ctx, id);
  const { total, items } = await listLedgerRows(
    ctx.db,
    { quotaId: id },
    {
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    },
  );
  return { total, items: items.map(presentLedger) };
}

/** The quota movements of one case (for the case page of the workbench). */
export async function listCaseQuotaMovements(ctx: Ctx, caseId: string): Promise<LedgerView[]> {
  requirePermission(ctx.actor, 'harvest:read');
  const { items } = await listLedgerRows(ctx.db, { caseId }, { limit: 100, offset: 0 });
  return items.map(presentLedger);
}

/** The year a permit approved at `now` draws its quota from. */
export function quotaYearAt(now: Date): number {
  return Number(chinaDay(now).slice(0, 4));
}
