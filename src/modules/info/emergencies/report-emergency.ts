// 突发事件信息: a unit reports an emergency (火情, 有害生物暴发, 安全生产事故…) on a form built for it.
// The report is due a number of clock hours after the event (the platform's emergency report clock,
// notify.emergencyReport.limit, 4 by default, through nights and holidays), on the kernel's hours
// clock started at the event time. A unit may first register the event (登记: what, where, when —
// a draft whose countdown runs and whose ladder reminds and chases) and report it afterwards, or
// report at once. On the report (首报) the clock stops and the office and the leader in charge are
// told at once: in-app, email and SMS. Follow-up (续报) and final (终报) reports hang on the initial
// one and are written on its timeline; after the final report the event is closed.
import crypto from 'node:crypto';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { holdCalendarForRead, startClock, stopClocksOf } from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError, validationError } from '../../../platform/errors.ts';
import { EMERGENCY_REPORT_CLOCK, kindLimit, notify } from '../../../platform/notify/index.ts';
import { appendEvent } from '../../../platform/timeline/index.ts';
import { leaderInChargeAccounts, officeAccounts } from '../../org/index.ts';
import { requireOwnUnit } from '../info.policy.ts';
import type { ReportKind } from '../info.table.ts';
import { type ItemRow, insertItem, updateItem } from '../items/items.repository.ts';
import { ITEM_SUBJECT, mustLock, requireItemState, unitOf } from '../items/submit-item.ts';
import { listFollowUps } from './emergencies.repository.ts';
import {
  type CheckedEmergency,
  COUNTY_NAMES,
  checkEmergency,
  type EmergencyForm,
} from './emergency-input.ts';

/** "1小时10分钟", "25分钟": how late a report was. */
export function lateness(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h ? `${h}小时` : ''}${m ? `${m}分钟` : ''}`;
}

const KIND_NAMES: Record<ReportKind, string> = { initial: '首报', followup: '续报', final: '终报' };

/** In-app, email and SMS at once to the office and the leaders in charge of the unit. */
async function alert(tx: Ctx, row: ItemRow, kind: ReportKind): Promise<void> {
  const to = [...(await officeAccounts(tx)), ...(await leaderInChargeAccounts(tx, row.unitId))];
  if (!to.length) return;
  const where = `${COUNTY_NAMES.get(row.emergency?.countyCode ?? '') ?? ''}${row.emergency?.place ?? ''}`;
  await notify(tx, {
    accountIds: to,
    title: `突发事件${KIND_NAMES[kind]}：${row.title}`,
    body: `${row.authorName}（${row.contact}）报送突发事件${KIND_NAMES[kind]}「${row.title}」，事发地点：${where}，事件性质：${row.emergency?.nature ?? ''}。请及时阅处。`,
    link: `/admin/info/emergencies/${row.initialId ?? row.id}`,
    category: 'emergency',
    email: true,
    sms: true,
  });
}

function reportedText(row: { dueAt: Date | null }, at: Date): string {
  const late =
    row.dueAt && at > row.dueAt ? `，超过报送时限${lateness(at.getTime() - row.dueAt.getTime())}` : '';
  return `报送突发事件信息（首报）${late}`;
}

const itemFields = (e: CheckedEmergency) => ({
  title: e.title,
  body: e.body,
  type: 'emergency' as const,
  depth: 'general' as const,
  authorName: e.authorName,
  contact: e.contact,
  eventAt: e.eventAt,
  emergency: e.facts,
});

/** Registers (submit: false) or reports an emergency: the initial report, its hours clock started at the event. */
export async function reportEmergency(
  ctx: Ctx,
  input: EmergencyForm & { submit?: boolean },
): Promise<ItemRow> {
  const { unitId, unitPath } = await unitOf(ctx);
  const e = checkEmergency(ctx, input, { brief: !input.submit });
  return inTransaction(ctx, async (tx) => {
    const id = crypto.randomUUID();
    const clock = await startClock(tx, {
      subjectType: ITEM_SUBJECT,
      subjectId: id,
      kind: EMERGENCY_REPORT_CLOCK.kind,
      label: `突发事件信息报送：${e.title}`,
      startedAt: e.eventAt,
      limit: await kindLimit(tx, EMERGENCY_REPORT_CLOCK),
      responsibleAccountId: tx.actor.id,
      responsibleUnitId: unitId,
    });
    const row = await insertItem(tx.db, {
      id,
      unitId,
      unitPath,
      authorId: tx.actor.id,
      ...itemFields(e),
      status: input.submit ? 'submitted' : 'draft',
      reportKind: 'initial',
      dueAt: clock.dueAt,
      submittedAt: input.submit ? tx.now : null,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    await appendEvent(
      tx,
      { type: ITEM_SUBJECT, id },
      input.submit
        ? { kind: 'emergency.reported', text: reportedText(row, tx.now) }
        : { kind: 'emergency.registered', text: '登记突发事件，开始报送计时' },
    );
    if (input.submit) {
      await stopClocksOf(tx, { type: ITEM_SUBJECT, id }, { reason: '首报已报送', at: tx.now });
      await alert(tx, row, 'initial');
    }
    await recordAudit(tx, {
      action: input.submit ? 'info.emergency.report' : 'info.emergency.register',
      objectType: ITEM_SUBJECT,
      objectId: id,
      detail: { title: e.title, eventAt: e.eventAt.toISOString() },
    });
    return row;
  });
}

/**
 * Completes a registration (the unit's own draft) and reports it when asked: its clock stops and
 * the office is alerted. A corrected event time restarts the clock from the corrected time.
 * An initial report the office returned for changes (退回修改) is corrected here too and sent again:
 * it was reported when it was first sent, so its clock and its time of report stay as they were.
 */
export async function editRegistration(
  ctx: Ctx,
  id: string,
  input: EmergencyForm & { submit?: boolean },
): Promise<ItemRow> {
  const e = checkEmergency(ctx, input, { brief: !input.submit });
  return inTransaction(ctx, async (tx) => {
    await holdCalendarForRead(tx);
    const row = await mustLock(tx, id);
    requireOwnUnit(tx, row);
    if (row.reportKind !== 'initial') throw new AppError('INFO_ITEM_NOT_FOUND');
    requireItemState(row, ['draft', 'returned'], input.submit ? '报送' : '修改');
    const subject = { type: ITEM_SUBJECT, id };
    if (row.status === 'returned') return resubmitReturned(tx, row, e, input.submit === true);
    let dueAt = row.dueAt;
    if (row.eventAt?.getTime() !== e.eventAt.getTime()) {
      await stopClocksOf(tx, subject, { reason: '事发时间更正，重新计时', at: tx.now });
      const clock = await startClock(tx, {
        subjectType: ITEM_SUBJECT,
        subjectId: id,
        kind: EMERGENCY_REPORT_CLOCK.kind,
        label: `突发事件信息报送：${e.title}`,
        startedAt: e.eventAt,
        limit: await kindLimit(tx, EMERGENCY_REPORT_CLOCK),
        responsibleAccountId: tx.actor.id,
        responsibleUnitId: row.unitId,
      });
      dueAt = clock.dueAt;
      await appendEvent(tx, subject, {
        kind: 'emergency.retimed',
        text: '更正事发时间，按更正后的时间重新计时',
      });
    }
    const updated = await updateItem(tx.db, id, {
      ...itemFields(e),
      dueAt,
      status: input.submit ? 'submitted' : 'draft',
      submittedAt: input.submit ? tx.now : null,
      updatedAt: tx.now,
    });
    if (input.submit) {
      await stopClocksOf(tx, subject, { reason: '首报已报送', at: tx.now });
      await appendEvent(tx, subject, { kind: 'emergency.reported', text: reportedText(updated, tx.now) });
      await alert(tx, updated, 'initial');
    } else await appendEvent(tx, subject, { kind: 'edited', text: '修改突发事件登记' });
    await recordAudit(tx, {
      action: input.submit ? 'info.emergency.report' : 'info.emergency.register',
      objectType: ITEM_SUBJECT,
      objectId: id,
      detail: { title: e.title, eventAt: e.eventAt.toISOString() },
    });
    return updated;
  });
}

/** A returned initial report, corrected (and sent again when asked); its clock already stopped. */
async function resubmitReturned(
  tx: Ctx,
  row: ItemRow,
  e: ReturnType<typeof checkEmergency>,
  submit: boolean,
): Promise<ItemRow> {
  const id = row.id;
  const updated = await updateItem(tx.db, id, {
    ...itemFields(e),
    status: submit ? 'submitted' : 'returned',
    updatedAt: tx.now,
  });
  await appendEvent(
    tx,
    { type: ITEM_SUBJECT, id },
    submit ? { kind: 'submitted', text: '修改后重新报送' } : { kind: 'edited', text: '修改退回的首报' },
  );
  await recordAudit(tx, {
    action: submit ? 'info.emergency.resubmit' : 'info.emergency.correct',
    objectType: ITEM_SUBJECT,
    objectId: id,
    detail: { title: e.title, eventAt: e.eventAt.toISOString() },
  });
  return updated;
}

/** A follow-up (续报) or the final report (终报) of a reported emergency, on the initial one's timeline. */
export async function followUpEmergency(
  ctx: Ctx,
  initialId: string,
  input: EmergencyForm & { kind?: string },
): Promise<ItemRow> {
  const { unitId, unitPath } = await unitOf(ctx);
  const kind = input.kind as ReportKind;
  if (kind !== 'followup' && kind !== 'final') throw validationError('kind', '请选择续报或终报');
  return inTransaction(ctx, async (tx) => {
    const initial = await mustLock(tx, initialId);
    requireOwnUnit(tx, initial);
    if (initial.reportKind !== 'initial' || !initial.eventAt) throw new AppError('INFO_ITEM_NOT_FOUND');
    if (initial.status === 'draft') throw validationError('kind', '首报尚未报送，请先报送首报');
    if (initial.status === 'withdrawn') throw validationError('kind', '首报已撤回，不能续报');
    const chain = await listFollowUps(tx.db, initialId);
    if (chain.some((r) => r.reportKind === 'final'))
      throw validationError('kind', '该事件已报送终报，不能再续报');
    // Never earlier than the report it follows: the last follow-up's time, else the initial report's.
    const last = chain.at(-1);
    const after =
      last?.eventAt && initial.submittedAt && last.eventAt > initial.submittedAt
        ? { at: last.eventAt, label: '上一次续报的情况截至时间' }
        : { at: initial.submittedAt ?? initial.eventAt, label: '首报的报送时间' };
    const e = checkEmergency(tx, input, { after });
    const id = crypto.randomUUID();
    const row = await insertItem(tx.db, {
      id,
      unitId,
      unitPath,
      authorId: tx.actor.id,
      ...itemFields(e),
      status: 'submitted',
      reportKind: kind,
      initialId,
      submittedAt: tx.now,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    const n = chain.filter((r) => r.reportKind === 'followup').length + 1;
    const label = kind === 'final' ? '终报' : `续报（第${n}次）`;
    await appendEvent(
      tx,
      { type: ITEM_SUBJECT, id: initialId },
      { kind: `emergency.${kind}`, text: `报送${label}：${e.title}`, data: { itemId: id } },
    );
    await appendEvent(tx, { type: ITEM_SUBJECT, id }, { kind: 'emergency.reported', text: `报送${label}` });
    await alert(tx, row, kind);
    await recordAudit(tx, {
      action: 'info.emergency.follow_up',
      objectType: ITEM_SUBJECT,
      objectId: id,
      detail: { initialId, kind },
    });
    return row;
  });
}
