// 视为受理 (行政许可法 第三十二条): when the acceptance limit (services.acceptanceWorkdays, 5 working
// days) passes with no decision on acceptance and no 补正 notice, the application is accepted as of
// its receipt — the statutory and promised clocks count from receipt (or from the day the complete
// 补正 materials came in), 补正 is no longer open, the 受理通知书 says why, the timeline (public and
// staff) says so, the applicant and the handling division are told. A job runs it; each case is
// locked and its status checked again inside its own transaction, so a case is deemed accepted
// exactly once however many instances or runs meet it.
import { and, eq, lt } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { getClock, startClock } from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import type { Job } from '../../../platform/jobs/jobs.ts';
import { notify } from '../../../platform/notify/index.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import type { CaseRow } from '../case.repository.ts';
import {
  CLOCK_SUBJECT,
  fmtDay,
  fmtDue,
  provisionalSentence,
  refreshCase,
  stopIfOpen,
} from '../case-clocks.ts';
import { issueDocument } from '../case-documents.ts';
import { itemOf, lockCase } from '../case-load.ts';
import { tellApplicant } from '../case-notify.ts';
import { appendEvent } from '../case-timeline.ts';
import { notCountedSentence } from '../catalogue/not-counted.data.ts';
import { PROMISED_CLOCK, STATUTORY_CLOCK } from '../escalation.ts';
import { ACCEPTANCE_WORKDAYS, DOCUMENT_PREFIX } from '../services.settings.ts';
import { serviceCases } from '../services.table.ts';

/**
 * The receipt the deemed acceptance dates from: the application's submission, or the last time the
 * acceptance clock resumed (the complete 补正 materials were received).
 */
async function receivedAt(tx: Ctx, row: CaseRow): Promise<Date> {
  if (!row.acceptanceClockId) return row.submittedAt;
  const clock = await getClock(tx, row.acceptanceClockId);
  const resumes = clock.events.filter((e) => e.kind === 'resume');
  return resumes.length ? resumes[resumes.length - 1].at : row.submittedAt;
}

/** Whether a case still waiting for acceptance is past its acceptance limit (so accepted in law). */
export function pastAcceptanceLimit(row: CaseRow, now: Date): boolean {
  return row.status === 'submitted' && row.acceptanceDueAt !== null && row.acceptanceDueAt < now;
}

/** Deems one case accepted if it still waits past its acceptance limit; null when it does not. */
export async function deemAccepted(ctx: Ctx, id: string): Promise<CaseRow | null> {
  return inTransaction(ctx, async (tx) => {
    const row = await lockCase(tx, id);
    if (!pastAcceptanceLimit(row, tx.now)) return null;
    return deemLockedCaseAccepted(tx, row);
  });
}

/**
 * Deems a locked case accepted as of its receipt (the caller checked pastAcceptanceLimit): the job,
 * or a window that opens the case after the limit and presses 受理 (the law has accepted it already).
 */
export async function deemLockedCaseAccepted(
  tx: Ctx,
  row: CaseRow,
  via: 'job' | 'accept' = 'job',
): Promise<CaseRow> {
  if (!row.acceptanceDueAt) throw new Error('deemLockedCaseAccepted: the case has no acceptance limit');
  const item = await itemOf(tx, row);
  const from = await receivedAt(tx, row);
  const limitDays = await getSetting(tx, ACCEPTANCE_WORKDAYS);
  await stopIfOpen(tx, row.acceptanceClockId, '受理审查期限届满，视为受理');
  const statutory = await startClock(tx, {
    subjectType: CLOCK_SUBJECT,
    subjectId: row.id,
    kind: STATUTORY_CLOCK.kind,
    label: `法定办理期限：${item.name}（${row.receiptCode}）`,
    startedAt: from,
    limit: { value: item.statutoryWorkdays, unit: 'workdays' },
    responsibleUnitId: row.unitId,
  });
  const promised = await startClock(tx, {
    subjectType: CLOCK_SUBJECT,
    subjectId: row.id,
    kind: PROMISED_CLOCK.kind,
    label: `承诺办结时限：${item.name}（${row.receiptCode}）`,
    startedAt: from,
    limit: { value: row.promisedWorkdays, unit: 'workdays' },
    responsibleUnitId: row.unitId,
  });
  const why = `本机关未在收到申请之日起 ${limitDays} 个工作日内（至${fmtDay(row.acceptanceDueAt)}）作出是否受理的决定，依照《中华人民共和国行政许可法》第三十二条，自收到申请材料之日（${fmtDay(from)}）起即为受理`;
  const doc = await issueDocument(
    tx,
    row.id,
    'acceptance_notice',
    await getSetting(tx, DOCUMENT_PREFIX),
    `${row.applicantName}：你（单位）提出的“${item.name}”申请，${why}。法定办理期限为 ${item.statutoryWorkdays} 个工作日，自${fmtDay(from)}起计算（至${fmtDue(statutory)}），承诺办结时限为 ${row.promisedWorkdays} 个工作日（至${fmtDue(promised)}）。不再要求补正材料。${notCountedSentence(item.notCounted)}。${provisionalSentence(statutory, promised)}`,
  );
  await appendEvent(tx, row.id, {
    kind: 'deemed_accepted',
    text: '视为受理',
    note: `${why}。受理通知书 ${doc.number}。法定期限届满日：${fmtDue(statutory)}；承诺办结日：${fmtDue(promised)}。${provisionalSentence(statutory, promised)}`,
    staffNote:
      via === 'job'
        ? `受理审查期限届满未作决定，系统于${fmtDay(tx.now)}自动视为受理，不再告知补正。`
        : `受理审查期限已于${fmtDay(row.acceptanceDueAt)}届满，${fmtDay(tx.now)}办理受理时依法按视为受理处理，期限自收到申请之日起算，不再告知补正。`,
  });
  const fresh = await refreshCase(tx, row.id, {
    status: 'accepted',
    acceptedAt: from,
    acceptedBy: null,
    deemedAccepted: true,
    statutoryClockId: statutory.id,
    promisedClockId: promised.id,
  });
  await recordAudit(tx, {
    action: 'services.case.deemed_accept',
    objectType: 'service_case',
    objectId: row.id,
    detail: {
      receivedAt: from.toISOString(),
      acceptanceDueAt: row.acceptanceDueAt.toISOString(),
      statutoryDueAt: statutory.dueAt?.toISOString() ?? null,
    },
  });
  await tellApplicant(
    tx,
    fresh,
    `视为受理：${item.name}`,
    `您的申请（查询码 ${row.receiptCode}）自收到申请材料之日（${fmtDay(from)}）起即为受理（行政许可法第三十二条），法定期限届满日 ${fmtDue(statutory)}。${provisionalSentence(statutory)}`,
  );
  if (fresh.unitId)
    await notify(tx, {
      unitId: fresh.unitId,
      title: `视为受理，待审查：${item.name}`,
      body: `办件 ${row.receiptCode} 受理审查期限届满未作决定，已自收到申请之日起视为受理，法定期限届满日 ${fmtDue(statutory)}，请审查办理。`,
      link: `/admin/services/cases/${row.id}`,
      category: 'services',
    });
  return fresh;
}

/** Every case waiting past its acceptance limit is deemed accepted; returns how many. */
export async function sweepDeemedAcceptance(ctx: Ctx): Promise<number> {
  const due = await ctx.db
    .select({ id: serviceCases.id })
    .from(serviceCases)
    .where(and(eq(serviceCases.status, 'submitted'), lt(serviceCases.acceptanceDueAt, ctx.now)));
  let n = 0;
  for (const { id } of due) if (await deemAccepted(ctx, id)) n++;
  return n;
}

export const deemedAcceptanceJob: Job = {
  name: 'services.deemedAcceptance',
  lockId: 7_501_001,
  everyMs: 15 * 60_000,
  run: async (ctx, { log }) => {
    const n = await sweepDeemedAcceptance(ctx);
    if (n) log.info({ cases: n }, 'services: cases deemed accepted (行政许可法第三十二条)');
  },
};
