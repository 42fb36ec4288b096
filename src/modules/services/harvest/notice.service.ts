// 采伐前公示: larger harvests (a setting: by volume, or clear-cutting by area) are published for a
// number of working days before the decision; anyone may object through a plain form, and the
// handling unit is told at once.
import { and, asc, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import { maskPhone } from '../../../platform/access/identity.ts';
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { addWorkingDays, chinaDay, loadWorkingCalendar } from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError, type FieldError, notFound } from '../../../platform/errors.ts';
import { notify } from '../../../platform/notify/index.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { findUnitByCode } from '../../org/index.ts';
import { harvestTypeLabel } from './harvest.form.ts';
import { type HarvestLimits, needsNotice, readHarvest } from './harvest.rules.ts';
import {
  HANDLING_UNIT_CODE,
  MAX_AREA_MU,
  MAX_PERIOD_DAYS,
  MAX_STOCK_VOLUME_M3,
  MAX_TREE_COUNT,
  NOTICE_CLEAR_CUT_HA,
  NOTICE_VOLUME_M3,
  NOTICE_WORKDAYS,
  SMALL_STAND_AREA_MU,
  SMALL_STAND_VOLUME_M3,
} from './harvest.settings.ts';
import { harvestNotices, harvestObjections } from './notice.table.ts';
import type { HarvestCase } from './permit.service.ts';
import { maskPersonName, periodText, villageLocation } from './permit-facts.ts';
import { findQuotaRegion } from './regions.ts';

export type NoticeRow = typeof harvestNotices.$inferSelect;

/** The settings the rules read, at this moment. */
export async function harvestLimits(ctx: Ctx): Promise<HarvestLimits> {
  return {
    maxAreaMu: await getSetting(ctx, MAX_AREA_MU),
    maxStockVolumeM3: await getSetting(ctx, MAX_STOCK_VOLUME_M3),
    maxTreeCount: await getSetting(ctx, MAX_TREE_COUNT),
    maxPeriodDays: await getSetting(ctx, MAX_PERIOD_DAYS),
    smallStandVolumeM3: await getSetting(ctx, SMALL_STAND_VOLUME_M3),
    smallStandAreaMu: await getSetting(ctx, SMALL_STAND_AREA_MU),
    noticeVolumeM3: await getSetting(ctx, NOTICE_VOLUME_M3),
    noticeClearCutHa: await getSetting(ctx, NOTICE_CLEAR_CUT_HA),
    today: chinaDay(ctx.now),
  };
}

const DAY_MS = 86_400_000;
const dayDiff = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
const plusDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/**
 * The last day of a notice of `workdays` working days published today (the day of publication is
 * not counted). Without the calendar of that year, weekdays are counted (holidays unknown).
 */
export async function noticeEndDay(ctx: Ctx, today: string, workdays: number): Promise<string> {
  try {
    return addWorkingDays(await loadWorkingCalendar(ctx), today, workdays);
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'CALENDAR_YEAR_MISSING') throw e;
    let day = today;
    for (let counted = 0; counted < workdays; ) {
      day = plusDays(day, 1);
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      if (weekday !== 0 && weekday !== 6) counted++;
    }
    return day;
  }
}

/**
 * Whether a case needs a notice, and for how many calendar days from today (the case flow counts
 * calendar days; the setting counts working days, converted here). Asked inside the transaction
 * that starts the notice, it also publishes (or re-publishes) the notice, so the notice exists
 * exactly when the case's own start commits; asked outside a transaction it only answers.
 */
export async function noticeForCase(
  ctx: Ctx,
  kase: HarvestCase & { status?: string },
): Promise<{ days: number } | null> {
  const a = readHarvest(kase.form);
  if (!needsNotice(a, await harvestLimits(ctx))) return null;
  const workdays = await getSetting(ctx, NOTICE_WORKDAYS);
  const today = chinaDay(ctx.now);
  const endsOn = await noticeEndDay(ctx, today, workdays);
  const inTx = ctx.db !== ctx.database.db;
  if (inTx && (kase.status === 'accepted' || kase.status === 'under_review'))
    await publishNotice(ctx, kase, { today, endsOn, workdays });
  return { days: dayDiff(today, endsOn) };
}

async function publishNotice(
  tx: Ctx,
  kase: HarvestCase,
  p: { today: string; endsOn: string; workdays: number },
): Promise<void> {
  const a = readHarvest(kase.form);
  const region = findQuotaRegion(kase.countyCode ?? a.county);
  if (!region || !a.forestCategory || !a.harvestType || !a.periodFrom || !a.periodTo) return;
  const values = {
    receiptCode: kase.receiptCode,
    holderKind: kase.applicantKind,
    holderName: kase.applicantName,
    countyCode: region.code,
    township: a.township ?? '',
    village: a.village ?? '',
    forestCategory: a.forestCategory,
    harvestType: a.harvestType,
    harvestMethod: a.harvestType === 'final' ? a.harvestMethod : null,
    species: a.species ?? '',
    areaMu: a.areaMu ?? 0,
    stockVolume: a.stockVolume ?? 0,
    periodFrom: a.periodFrom,
    periodTo: a.periodTo,
    publishedAt: tx.now,
    startsOn: p.today,
    endsOn: p.endsOn,
    workdays: p.workdays,
    status: 'open' as const,
  };
  const [row] = await tx.db
    .insert(harvestNotices)
    .values({ caseId: kase.id, ...values })
    .onConflictDoUpdate({ target: harvestNotices.caseId, set: values })
    .returning();
  await recordAudit(tx, {
    action: 'harvest.notice.publish',
    objectType: 'harvest_notice',
    objectId: row.id,
    detail: { caseId: kase.id, startsOn: p.today, endsOn: p.endsOn, workdays: p.workdays },
  });
}

/** A case that ends before its notice does takes the notice off the public list. */
export async function withdrawNoticeForCase(tx: Ctx, caseId: string): Promise<void> {
  await tx.db
    .update(harvestNotices)
    .set({ status: 'withdrawn' })
    .where(and(eq(harvestNotices.caseId, caseId), eq(harvestNotices.status, 'open')));
}

// ---- public ----

export interface PublicNotice {
  id: string;
  receiptCode: string;
  holder: string;
  location: string;
  countyCode: string;
  forestCategory: string;
  harvestType: string;
  species: string;
  areaMu: number;
  stockVolume: number;
  period: string;
  startsOn: string;
  endsOn: string;
  workdays: number;
  /** Objections are accepted until the end of the last day. */
  open: boolean;
}

export function presentNotice(n: NoticeRow, now: Date): PublicNotice {
  const today = chinaDay(now);
  return {
    id: n.id,
    receiptCode: n.receiptCode,
    holder: n.holderKind === 'org' ? n.holderName : maskPersonName(n.holderName),
    location: villageLocation(n),
    countyCode: n.countyCode,
    forestCategory: n.forestCategory === 'public_welfare' ? '公益林' : '商品林',
    harvestType: harvestTypeLabel(n.harvestType, n.harvestMethod),
    species: n.species,
    areaMu: n.areaMu,
    stockVolume: n.stockVolume,
    period: periodText(n),
    startsOn: n.startsOn,
    endsOn: n.endsOn,
    workdays: n.workdays,
    open: n.status === 'open' && today >= n.startsOn && today <= n.endsOn,
  };
}

/** Notices whose period runs today (or, with `past`, those of the last 90 days as well). */
export async function listPublicNotices(
  ctx: Ctx,
  q: { countyCode?: string; page: number; pageSize: number },
): Promise<{ total: number; items: PublicNotice[] }> {
  const today = chinaDay(ctx.now);
  const where: SQL[] = [
    eq(harvestNotices.status, 'open'),
    lte(harvestNotices.startsOn, today),
    gte(harvestNotices.endsOn, today),
  ];
  if (q.countyCode) where.push(eq(harvestNotices.countyCode, q.countyCode));
  const cond = and(...where);
  const [{ total }] = await ctx.db
    .select({ total: sql<number>`count(*)::int` })
    .from(harvestNotices)
    .where(cond);
  const rows = await ctx.db
    .select()
    .from(harvestNotices)
    .where(cond)
    .orderBy(asc(harvestNotices.endsOn), desc(harvestNotices.publishedAt))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { total, items: rows.map((r) => presentNotice(r, ctx.now)) };
}

export async function getPublicNotice(ctx: Ctx, id: string): Promise<PublicNotice> {
  const [row] = await ctx.db.select().from(harvestNotices).where(eq(harvestNotices.id, id));
  if (!row || row.status === 'withdrawn') throw notFound('NOTICE_NOT_FOUND', '没有这条公示');
  return presentNotice(row, ctx.now);
}

export interface ObjectionInput {
  name: string;
  contact?: string;
  content: string;
}

/** The objection form's rules; [] when it may be recorded. */
export function checkObjection(input: ObjectionInput): FieldError[] {
  const errors: FieldError[] = [];
  const name = input.name.trim();
  const content = input.content.trim();
  const contact = (input.contact ?? '').trim();
  if (!name) errors.push({ field: 'name', message: '姓名或单位：必填' });
  else if (name.length > 50) errors.push({ field: 'name', message: '姓名或单位：最多 50 个字' });
  if (contact && !/^(1\d{10}|0\d{2,3}-?\d{7,8}|[^@\s]+@[^@\s]+\.[^@\s]+)$/.test(contact))
    errors.push({ field: 'contact', message: '联系方式：应为手机号码、带区号的固定电话或电子邮箱' });
  if (content.length < 10) errors.push({ field: 'content', message: '异议内容：请至少写 10 个字，说明理由' });
  else if (content.length > 2000) errors.push({ field: 'content', message: '异议内容：最多 2000 个字' });
  return errors;
}

/** 提出异议: recorded for the case; the handling unit and the county bureau are notified. */
export async function submitObjection(
  ctx: Ctx,
  noticeId: string,
  input: ObjectionInput,
): Promise<{ id: string }> {
  const errors = checkObjection(input);
  if (errors.length)
    throw new AppError('VALIDATION_FAILED', { message: errors.map((e) => e.message).join('；'), errors });
  return inTransaction(ctx, async (tx) => {
    const [notice] = await tx.db.select().from(harvestNotices).where(eq(harvestNotices.id, noticeId));
    if (!notice || notice.status === 'withdrawn') throw notFound('NOTICE_NOT_FOUND', '没有这条公示');
    const view = presentNotice(notice, tx.now);
    if (!view.open)
      throw new AppError('NOTICE_CLOSED', {
        message: `公示期为 ${notice.startsOn} 至 ${notice.endsOn}，现已不在公示期内，不能提出异议`,
      });
    const contact = (input.contact ?? '').trim();
    const [row] = await tx.db
      .insert(harvestObjections)
      .values({
        noticeId,
        caseId: notice.caseId,
        name: input.name.trim(),
        contactEnc: contact ? tx.deps.cipher.encrypt(contact) : null,
        contactMask: contact
          ? contact.includes('@')
            ? contact.replace(/^(.).*(@.*)$/, '$1***$2')
            : maskPhone(contact)
          : null,
        content: input.content.trim(),
        accountId: tx.actor.id,
        ip: tx.ip,
        createdAt: tx.now,
      })
      .returning();
    const message = {
      title: `采伐公示收到异议（受理编号 ${notice.receiptCode}）`,
      body: `${view.location} ${view.harvestType} ${notice.stockVolume} 立方米的采伐公示收到异议：${row.content.slice(0, 100)}`,
      category: 'services',
    };
    const handling = await findUnitByCode(tx.db, await getSetting(tx, HANDLING_UNIT_CODE));
    if (handling) await notify(tx, { ...message, unitId: handling.id });
    const county = await findUnitByCode(tx.db, `X${notice.countyCode}`);
    if (county) await notify(tx, { ...message, unitId: county.id });
    await recordAudit(tx, {
      action: 'harvest.notice.objection',
      objectType: 'harvest_notice',
      objectId: noticeId,
      detail: { caseId: notice.caseId, objectionId: row.id },
    });
    return { id: row.id };
  });
}

export interface ObjectionView {
  id: string;
  noticeId: string;
  caseId: string;
  name: string;
  contact: string | null;
  content: string;
  createdAt: string;
}

/** The objections to a case's notice, for the staff who review it. */
export async function listObjections(ctx: Ctx, caseId: string): Promise<ObjectionView[]> {
  requirePermission(ctx.actor, 'harvest:read');
  const rows = await ctx.db
    .select()
    .from(harvestObjections)
    .where(eq(harvestObjections.caseId, caseId))
    .orderBy(asc(harvestObjections.createdAt));
  return rows.map((r) => ({
    id: r.id,
    noticeId: r.noticeId,
    caseId: r.caseId,
    name: r.name,
    contact: r.contactMask,
    content: r.content,
    createdAt: r.createdAt.toISOString(),
  }));
}
