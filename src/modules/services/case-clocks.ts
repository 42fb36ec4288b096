// The clocks of a case (受理审查, 法定期限, 承诺时限, 发证期限): pausing and resuming them together,
// stopping one, copying their due dates onto the case with its queue position, and a due day in words.
import { chinaDay, getClock, pauseClock, resumeClock, stopClock } from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { type CaseRow, updateCaseRow } from './case.repository.ts';
import { lockCase } from './case-load.ts';
import { stageOf } from './case-state.ts';

export const CLOCK_SUBJECT = 'service_case';

export function openClockIds(row: CaseRow): string[] {
  return [row.acceptanceClockId, row.statutoryClockId, row.promisedClockId].filter((x): x is string =>
    Boolean(x),
  );
}

/** Pauses every running clock of the case (补正, 现场核查, 公示: time not counted). */
export async function pauseCaseClocks(tx: Ctx, row: CaseRow, reason: string): Promise<void> {
  for (const id of openClockIds(row)) {
    const c = await getClock(tx, id);
    if (c.status === 'running') await pauseClock(tx, id, { reason });
  }
}

export async function resumeCaseClocks(tx: Ctx, row: CaseRow, reason: string, at?: Date): Promise<void> {
  for (const id of openClockIds(row)) {
    const c = await getClock(tx, id);
    if (c.status === 'paused') await resumeClock(tx, id, { reason, at });
  }
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

/** A due date as 2026年3月5日 for notices and the timeline (a missing calendar year said as such). */
export const fmtDay = (d: Date | null) =>
  d ? chinaDay(d).replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日') : '（日历缺少该年度，暂无法计算）';
