// 受理通知书（回执）: once a case is accepted (online or at the counter) the applicant and the staff who
// may read the case can download it as a PDF — for the signed-in applicant their own case only, for
// anyone else with the receipt code and the last four digits of the applicant's phone or ID number
// (the tracking page's second factor), for staff within the case's data scope.

import { ForbiddenError } from '../../platform/access/policy.ts';
import { chinaDay, formatDayLong, getClock } from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { publicLink } from '../../platform/http/public-url.ts';
import { formatReceiptCode } from '../../platform/receipts/index.ts';
import { getSetting } from '../../platform/settings/settings.service.ts';
import { findUnit } from '../org/index.ts';
import { accountName } from './applicant.repository.ts';
import { type CaseRow, listCaseMaterials } from './case.repository.ts';
import { findCase } from './case-load.ts';
import { STATUS_LABELS } from './case-state.ts';
import { getItem } from './catalogue.service.ts';
import { renderReceiptPdf } from './receipt.pdf.ts';
import { caseInScope } from './services.policy.ts';
import { ACCEPTANCE_WORKDAYS } from './services.settings.ts';
import { findCaseByReceipt, trackCase } from './track.service.ts';

export interface ReceiptFile {
  fileName: string;
  data: Buffer;
}

const noCase = () => notFound('SERVICE_CASE_NOT_FOUND', '办件不存在');

interface DueDay {
  day: string | null;
  /** Why the day is 暂定, or null. */
  provisional: string | null;
}

/** The due day of a case clock (its current due date, pauses and extensions included), or the row's copy. */
async function dueDay(ctx: Ctx, clockId: string | null, fallback: Date | null): Promise<DueDay> {
  if (clockId) {
    const clock = await getClock(ctx, clockId);
    if (clock.dueAt) return { day: chinaDay(clock.dueAt), provisional: clock.provisional?.note ?? null };
  }
  return { day: fallback ? chinaDay(fallback) : null, provisional: null };
}

async function receiptPdf(ctx: Ctx, row: CaseRow): Promise<ReceiptFile> {
  if (!row.acceptedAt)
    throw new AppError('CASE_NOT_ACCEPTED', {
      message: `办件当前状态为“${STATUS_LABELS[row.status]}”，尚未受理，没有受理通知书`,
    });
  const item = await getItem(ctx, row.itemCode, { includeInactive: true });
  const [statutory, promised, materials, acceptUnit, handlingUnit, acceptedBy] = await Promise.all([
    dueDay(ctx, row.statutoryClockId, row.statutoryDueAt),
    dueDay(ctx, row.promisedClockId, row.promisedDueAt),
    listCaseMaterials(ctx.db, row.id),
    row.acceptUnitId ? findUnit(ctx.db, row.acceptUnitId) : undefined,
    row.unitId ? findUnit(ctx.db, row.unitId) : undefined,
    row.acceptedBy ? accountName(ctx.db, row.acceptedBy) : undefined,
  ]);
  const limit = (days: number, due: DueDay) =>
    `${days} 个工作日${due.day ? `，${formatDayLong(due.day)}前${due.provisional ? '（暂定）' : ''}` : '（工作日历缺少该年度，到期日待定）'}`;
  const data = await renderReceiptPdf({
    // The authority that accepted it heads the letter: a county or city bureau competent for the
    // item (林木采伐许可), else the department.
    department:
      acceptUnit && (acceptUnit.type === 'county_bureau' || acceptUnit.type === 'city_bureau')
        ? acceptUnit.name
        : ctx.deps.config.SITE_NAME,
    acceptUnit: acceptUnit?.name ?? '政务受理中心',
    handlingUnit: handlingUnit?.name ?? '—',
    itemName: item.name,
    applicantName: row.applicantName,
    receiptCode: formatReceiptCode(row.receiptCode),
    channel: row.channel === 'counter' ? '窗口申请' : '网上申请',
    acceptedOn: formatDayLong(chinaDay(row.acceptedAt)),
    statutory: limit(item.statutoryWorkdays, statutory),
    promised: limit(row.promisedWorkdays, promised),
    provisional: statutory.provisional ?? promised.provisional,
    materials: materials
      .sort((a, b) => a.round - b.round || a.specName.localeCompare(b.specName, 'zh-CN'))
      .map((m) =>
        m.source === 'paper'
          ? `${m.specName}（纸质${m.copies ? ` ${m.copies} 份` : ''}）`
          : `${m.specName}（电子文件${m.fileName ? ` ${m.fileName}` : ''}）`,
      ),
    // PUBLIC_URL, else the address the request came in on; outside a request the path alone.
    trackUrl: publicLink(ctx, '/services/track'),
    issuedBy: acceptedBy ?? (row.deemedAccepted ? '（逾期视为受理）' : '网上受理'),
    deemed:
      row.deemedAccepted && row.acceptanceDueAt
        ? {
            limitDays: await getSetting(ctx, ACCEPTANCE_WORKDAYS),
            limitDay: formatDayLong(chinaDay(row.acceptanceDueAt)),
          }
        : null,
  });
  return { fileName: `受理通知书-${row.receiptCode}.pdf`, data };
}

/**
 * The receipt of a case by id: its signed-in applicant, or staff with services:read in the case's
 * scope. Anyone else: 404 for public accounts (the case's existence is not disclosed), 403 for staff.
 */
export async function getCaseReceipt(ctx: Ctx, id: string): Promise<ReceiptFile> {
  const row = await findCase(ctx, id);
  if (!row) throw noCase();
  const own = Boolean(ctx.actor.id && row.applicantAccountId === ctx.actor.id);
  if (!own) {
    const scope = ctx.actor.permissions['services:read'];
    if (ctx.actor.kind !== 'staff' || !scope) throw noCase();
    if (!caseInScope(ctx.actor, scope, row))
      throw new ForbiddenError('services:read', '该办件不在您的数据权限范围内');
  }
  return receiptPdf(ctx, row);
}

/** The receipt by receipt code and second factor (as on /services/track); null when they do not match. */
export async function getTrackedReceipt(
  ctx: Ctx,
  input: { code: string; check: string },
): Promise<ReceiptFile | null> {
  const result = await trackCase(ctx, input);
  if (!result.found || result.check !== 'ok') return null;
  const row = await findCaseByReceipt(ctx, input.code);
  return row?.acceptedAt ? receiptPdf(ctx, row) : null;
}
