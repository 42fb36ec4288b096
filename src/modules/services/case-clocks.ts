// The clocks of a case (受理审查, 法定期限, 承诺时限, 发证期限): pausing and resuming the first three
// together (the platform's clock sets), stopping one, copying their due dates onto the case with its
// queue position, a due day in words (暂定 when it rests on an unpublished year), and what the
// platform may do with a case when the calendar moves its clocks or a ladder step is sent.

import { scopeOf } from '../../platform/access/policy.ts';
import {
  chinaDay,
  getClock,
  type MovedClock,
  pauseClocksOf,
  registerClockSubject,
  resumeClocksOf,
  stopClock,
} from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { type CaseRow, updateCaseRow } from './case.repository.ts';
import { findCase, lockCase } from './case-load.ts';
import { stageOf } from './case-state.ts';
import { ACCEPTANCE_CLOCK, PROMISED_CLOCK, STATUTORY_CLOCK } from './escalation.ts';
import { caseInScope } from './services.policy.ts';

export const CLOCK_SUBJECT = 'service_case';

/** The clocks that 补正, 现场核查 and 公示 stop counting; the certificate clock runs on. */
const PAUSED_TOGETHER = [ACCEPTANCE_CLOCK.kind, STATUTORY_CLOCK.kind, PROMISED_CLOCK.kind];

/** Pauses the case's running clocks (补正, 现场核查, 公示: time not counted). */
export async function pauseCaseClocks(tx: Ctx, row: CaseRow, reason: string): Promise<void> {
  await pauseClocksOf(tx, { type: CLOCK_SUBJECT, id: row.id }, { reason, kinds: PAUSED_TOGETHER });
}

export async function resumeCaseClocks(tx: Ctx, row: CaseRow, reason: string, at?: Date): Promise<void> {
  await resumeClocksOf(tx, { type: CLOCK_SUBJECT, id: row.id }, { reason, at, kinds: PAUSED_TOGETHER });
}

export async function stopIfOpen(tx: Ctx, clockId: string | null, reason: string): Promise<void> {
  if (!clockId) return;
  const c = await getClock(tx, clockId);
  if (c.status !== 'stopped') await stopClock(tx, clockId, { reason });
}

/** Copies the clocks' due dates onto the case and sets its queue position for its status. */
export async function refreshCase(tx: Ctx, caseId: string, patch: Partial<CaseRow> = {}): Promise<CaseRow> {
  const current = { ...(await lockCase(tx, caseId)), ...patch };
  const due = async (id: string | null) => (id ? (await getClock(tx, id)).dueAt : null);
  const acceptanceDueAt = await due(current.acceptanceClockId);
  const statutoryDueAt = await due(current.statutoryClockId);
  const promisedDueAt = await due(current.promisedClockId);
  const certificateDueAt = await due(current.certificateClockId);
  const stage = stageOf(current.status);
  let queueAt: Date;
  if (stage === 'closed') queueAt = current.closedAt ?? tx.now;
  else if (stage === 'issuing') queueAt = certificateDueAt ?? current.decidedAt ?? tx.now;
  else if (current.statutoryClockId) queueAt = statutoryDueAt ?? current.acceptedAt ?? tx.now;
  else queueAt = acceptanceDueAt ?? current.submittedAt;
  return updateCaseRow(tx.db, caseId, {
    ...patch,
    stage,
    queueAt,
    acceptanceDueAt,
    statutoryDueAt,
    promisedDueAt,
    updatedAt: tx.now,
  });
}

/** A day as 2026年3月5日 for notices and the timeline (a missing calendar year said as such). */
export const fmtDay = (d: Date | null) =>
  d ? chinaDay(d).replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日') : '（日历缺少该年度，暂无法计算）';

type DueLike = { dueAt: Date | null; provisional: { years: number[]; note: string } | null };

/** A clock's due day in words, 2027年1月5日（暂定） when it rests on an unpublished year. */
export const fmtDue = (c: DueLike) => `${fmtDay(c.dueAt)}${c.dueAt && c.provisional ? '（暂定）' : ''}`;

/** The one sentence that says why a date is 暂定 (the first provisional clock's), or ''. */
export function provisionalSentence(...clocks: DueLike[]): string {
  const p = clocks.find((c) => c.dueAt && c.provisional)?.provisional;
  return p ? `暂定：${p.note}。` : '';
}

/** The calendar moved some of a case's clocks: the copies on the case row follow. */
async function casesMoved(tx: Ctx, moved: MovedClock[]): Promise<void> {
  for (const id of new Set(moved.map((m) => m.clock.subjectId))) await refreshCase(tx, id);
}

/** Whether the actor may read the case: services:read within its scope, as the case page asks. */
async function mayReadCase(ctx: Ctx, caseId: string): Promise<boolean> {
  const row = await findCase(ctx, caseId);
  const scope = scopeOf(ctx.actor, 'services:read');
  return Boolean(row && scope && caseInScope(ctx.actor, scope, row));
}

/**
 * Registers cases with the platform's clocks: who may read a case's clocks, where a case opens and
 * the copies on its row. Ladder steps and recomputed dates go on the case's platform timeline as
 * staff-only steps (the applicant reads a moved date on the tracking page itself).
 */
export function registerCaseClockSubject(): void {
  registerClockSubject({
    type: CLOCK_SUBJECT,
    canRead: mayReadCase,
    link: (id) => `/admin/services/cases/${id}`,
    dueMoved: casesMoved,
  });
}
