// One case for the workbench: its timeline, materials, clocks, documents and fees, and what the
// reader may do next; and a material's file for those who may read the case.
import { can } from '../../platform/access/policy.ts';
import { type Calendar, chinaDay, getClock } from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';
import {
  type CaseRow,
  findCaseMaterialRow,
  listCaseDocuments,
  listCaseMaterials,
  type MaterialRow,
} from './case.repository.ts';
import { publicNoticeNeeded } from './case-handler.ts';
import { caseNotFound, findCase } from './case-load.ts';
import { type CaseAction, OPEN_STATUSES, STAGE_LABELS, STATUS_LABELS } from './case-state.ts';
import { listCaseEvents } from './case-timeline.ts';
import { describeValues, openValues } from './case-values.ts';
import { ITEM_RULE_KINDS } from './catalogue/not-counted.data.ts';
import { formForCase, getItem } from './catalogue.service.ts';
import { calendarOrNull, daysLeft } from './days-left.ts';
import { pastAcceptanceLimit } from './flow/deem-accepted.ts';
import { MAX_EXTENSION_WORKDAYS } from './flow/flow-rules.ts';
import { itemHandler } from './item-handlers.ts';
import { feesSettled, listPayments } from './payments.ts';
import { requireCase } from './services.policy.ts';

function actionsFor(
  ctx: Ctx,
  c: CaseRow,
  extra: { noticeNeeded: boolean; feesDue: boolean; free: boolean; statutoryNotCounted: boolean },
): CaseAction[] {
  const has = (p: string) => can(ctx.actor, p);
  const out: CaseAction[] = [];
  const s = c.status;
  // 视为受理 (第三十二条): past the acceptance limit only 受理 (as of receipt) remains.
  const late = pastAcceptanceLimit(c, ctx.now);
  if (has('services:accept') && s === 'submitted')
    out.push(...(late ? ['accept' as const] : ['accept' as const, 'notAccept' as const]));
  if (
    (has('services:accept') || has('services:review')) &&
    ['submitted', 'accepted', 'under_review'].includes(s) &&
    !c.deemedAccepted &&
    !late &&
    !c.notCounted
  )
    out.push('requestCompletion');
  if (has('services:counter') && s === 'completion_requested') out.push('supplementAtCounter');
  if (has('services:review')) {
    if (s === 'accepted') out.push('startReview');
    if ((s === 'accepted' || s === 'under_review') && !c.notCounted) out.push('startInspection');
    // 第四十五条: 听证, 专家评审 … that the item lists; one at a time.
    if ((s === 'accepted' || s === 'under_review') && extra.statutoryNotCounted && !c.notCounted)
      out.push('startNotCounted');
    if (c.notCounted && OPEN_STATUSES.includes(s)) out.push('finishNotCounted');
    if (s === 'inspection') out.push('finishInspection');
    if ((s === 'accepted' || s === 'under_review') && extra.noticeNeeded && !c.noticeDone && !c.notCounted)
      out.push('startNotice');
    if (s === 'public_notice') out.push('finishNotice');
    if (!extra.free && ['accepted', 'under_review', 'inspection', 'public_notice', 'approved'].includes(s))
      out.push('assessFee');
  }
  if (
    has('services:extend') &&
    c.statutoryClockId &&
    ['accepted', 'under_review', 'inspection', 'public_notice', 'completion_requested'].includes(s) &&
    c.extensionDays < MAX_EXTENSION_WORKDAYS
  )
    out.push('extend');
  if (has('services:decide')) {
    if ((s === 'accepted' || s === 'under_review') && !c.notCounted) out.push('decide');
    if (s === 'approved') out.push('issue');
    if (s === 'approved' || s === 'completed') out.push('revoke');
  }
  if (has('services:counter') && extra.feesDue) out.push('recordPayment');
  if (has('services:counter') && OPEN_STATUSES.includes(s)) out.push('withdraw');
  return out;
}

async function clockView(ctx: Ctx, id: string | null, cal: Calendar | null, today: string) {
  if (!id) return null;
  const c = await getClock(ctx, id);
  return {
    id: c.id,
    label: c.label,
    status: c.status,
    limit: c.limit.value,
    dueAt: c.dueAt?.toISOString() ?? null,
    daysLeft: c.status === 'stopped' ? null : daysLeft(cal, today, c.dueAt),
    dueError: c.dueError,
    // 暂定 and its one-line reason, when the date rests on a year not yet published.
    provisional: c.status === 'stopped' ? null : (c.provisional?.note ?? null),
    text: c.explanation?.text ?? '',
    pausedWorkdays: c.explanation?.pausedTotal ?? 0,
    extensionWorkdays: c.explanation?.extensionTotal ?? 0,
  };
}

/**
 * Refuses, before anything is written, a caller that getCaseDetail would refuse: a flow step answers
 * with the case detail, so its reply is authorized first and a refused step changes nothing (never a
 * write that answers 403).
 */
export async function requireCaseDetailReadable(ctx: Ctx, id: string): Promise<void> {
  const row = await findCase(ctx, id);
  if (!row) throw caseNotFound();
  requireCase(ctx.actor, 'services:read', row);
}

/** A case for the workbench: everything staff need on one page, and what they may do. */
export async function getCaseDetail(ctx: Ctx, id: string) {
  const row = await findCase(ctx, id);
  if (!row) throw caseNotFound();
  requireCase(ctx.actor, 'services:read', row);
  const item = await getItem(ctx, row.itemCode, { includeInactive: true });
  const def = await formForCase(ctx, item, row); // the form version the case was filed with
  const values = openValues(ctx, row.form);
  const [events, materials, documents, payments] = await Promise.all([
    listCaseEvents(ctx, id),
    listCaseMaterials(ctx.db, id),
    listCaseDocuments(ctx.db, id),
    listPayments(ctx, id),
  ]);
  const cal = await calendarOrNull(ctx);
  const today = chinaDay(ctx.now);
  const notice = ['accepted', 'under_review'].includes(row.status)
    ? await publicNoticeNeeded(ctx, row)
    : null;
  const feesDue = payments.some((p) => p.status === 'due');
  return {
    id: row.id,
    receiptCode: row.receiptCode,
    item: {
      code: item.code,
      name: item.name,
      kind: item.kind,
      statutoryWorkdays: item.statutoryWorkdays,
      promisedWorkdays: item.promisedWorkdays,
      fees: item.fees,
      hasHandler: Boolean(itemHandler(item.code)),
      // 第四十五条: what this item does not count, with the basis cited on the case page.
      notCounted: item.notCounted,
    },
    form: def,
    values,
    valueTexts: describeValues(def, values),
    applicant: {
      accountId: row.applicantAccountId,
      kind: row.applicantKind,
      name: row.applicantName,
      idMask: row.applicantIdMask,
      phoneMask: row.phoneMask,
    },
    channel: row.channel,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    stage: row.stage,
    stageLabel: STAGE_LABELS[row.stage],
    countyCode: row.countyCode,
    submittedAt: row.submittedAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    decision: row.decision,
    // 视为受理 (行政许可法第三十二条): accepted in law as of receipt, the acceptance limit having passed.
    deemedAccepted: row.deemedAccepted,
    acceptanceOverdue: pastAcceptanceLimit(row, ctx.now),
    notCounted: row.notCounted ?? null,
    promisedWorkdays: row.promisedWorkdays,
    classifyNote: row.classifyNote,
    extensionDays: row.extensionDays,
    maxExtensionDays: MAX_EXTENSION_WORKDAYS,
    noticeEndsAt: row.noticeEndsAt?.toISOString() ?? null,
    noticeDone: row.noticeDone,
    noticeNeeded: notice,
    usedWorkdays: row.usedWorkdays,
    onTime: row.onTime,
    certificate: row.certificateNumber
      ? { id: row.certificateId, number: row.certificateNumber, url: row.certificateUrl }
      : null,
    clocks: {
      acceptance: await clockView(ctx, row.acceptanceClockId, cal, today),
      statutory: await clockView(ctx, row.statutoryClockId, cal, today),
      promised: await clockView(ctx, row.promisedClockId, cal, today),
      certificate: await clockView(ctx, row.certificateClockId, cal, today),
    },
    timeline: events.map((e) => ({
      seq: e.seq,
      at: e.at.toISOString(),
      kind: e.kind,
      title: e.text,
      publicNote: e.note,
      internalNote: e.staffNote,
      actorName: e.actorName,
      visible: e.visibility === 'public',
    })),
    materials: materials.map((m) => ({
      id: m.id,
      specCode: m.specCode,
      specName: m.specName,
      source: m.source,
      fileName: m.fileName,
      contentType: m.contentType,
      sizeBytes: m.sizeBytes,
      copies: m.copies,
      note: m.note,
      round: m.round,
      receivedAt: m.receivedAt.toISOString(),
      url: m.fileId ? `/api/services/cases/${row.id}/materials/${m.id}/file` : null,
    })),
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      number: d.number,
      title: d.title,
      issuedAt: d.issuedAt.toISOString(),
      url: `/services/documents/${d.id}`,
      pdfUrl: `/services/documents/${d.id}/pdf`,
    })),
    payments: payments.map((p) => ({
      id: p.id,
      feeCode: p.feeCode,
      feeName: p.feeName,
      basis: p.basis,
      amountYuan: p.amountCents / 100,
      status: p.status,
      driver: p.driver,
      receiptNo: p.receiptNo,
      paidAt: p.paidAt?.toISOString() ?? null,
    })),
    feesSettled: feesSettled(item.fees.free, payments),
    actions: actionsFor(ctx, row, {
      noticeNeeded: Boolean(notice),
      feesDue,
      free: item.fees.free,
      statutoryNotCounted: item.notCounted.some((p) => !ITEM_RULE_KINDS.includes(p.kind)),
    }),
    receiptUrl: `/services/receipts/${row.id}`,
  };
}

/** A material's file, for staff who may read the case. */
export async function findCaseMaterial(
  ctx: Ctx,
  caseId: string,
  materialId: string,
): Promise<MaterialRow | null> {
  const row = await findCase(ctx, caseId);
  if (!row) throw caseNotFound();
  requireCase(ctx.actor, 'services:read', row);
  return (await findCaseMaterialRow(ctx.db, caseId, materialId)) ?? null;
}
