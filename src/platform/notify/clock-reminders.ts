// The built-in reminder sources for statutory clocks (法定时限):
//  - a clock without an escalation ladder (no registered kind) is reminded when its due date
//    comes within REMINDER_LEAD_HOURS, and again once it is overdue; the due date is part of the
//    key, so a clock whose due date moves (pause, extension, calendar change) reminds anew;
//  - a clock of a registered kind follows its kind's ladder (escalation.ts);
//  - a clock whose due date a calendar edit moved: its handler is told at once, in the edit's
//    transaction (the note on the subject's timeline is the calendar's).
import {
  type MovedClock,
  movedText,
  onClockDueMoved,
  registerClockSubject,
} from '../calendar/clock-subjects.ts';
import { clockLink, formatInstant } from '../calendar/index.ts';
import type { Ctx } from '../context.ts';
import { collectEscalations, registeredClockKinds } from './escalation.ts';
import { findRunningClocksDueBy } from './notify.repository.ts';
import { notify } from './notify.service.ts';
import type { Reminder, ReminderSource } from './reminders.service.ts';

/**
 * Lets a module say where a clock's subject opens in the workbench (e.g. '/admin/letters/<id>').
 * It says nothing of who may read the subject: register `canRead` with registerClockSubject too, or
 * GET /api/clocks/:id shows the subject's clocks to nobody.
 */
export function registerClockLink(subjectType: string, build: (subjectId: string) => string | null): void {
  registerClockSubject({ type: subjectType, link: build });
}

export async function collectClockReminders(ctx: Ctx): Promise<Reminder[]> {
  const leadMs = ctx.deps.config.REMINDER_LEAD_HOURS * 3_600_000;
  const rows = await findRunningClocksDueBy(
    ctx.db,
    new Date(ctx.now.getTime() + leadMs),
    registeredClockKinds(),
  );
  const out: Reminder[] = [];
  for (const c of rows) {
    if (!c.dueAt) continue;
    // The person in charge when there is one, otherwise the unit's staff.
    const to = c.responsibleAccountId
      ? { accountIds: [c.responsibleAccountId] }
      : c.responsibleUnitId
        ? { unitId: c.responsibleUnitId }
        : null;
    if (!to) continue;
    const overdue = c.dueAt.getTime() <= ctx.now.getTime();
    const when = `${formatInstant(c.dueAt)}${c.dueProvisional ? '（暂定）' : ''}`;
    out.push({
      key: `clock:${c.id}:${overdue ? 'overdue' : 'due-soon'}:${c.dueAt.toISOString()}`,
      ...to,
      title: overdue ? `已超期：${c.label}` : `即将到期：${c.label}`,
      body: overdue
        ? `「${c.label}」已于 ${when} 到期，请尽快办理。`
        : `「${c.label}」将于 ${when} 到期，请在期限内办结。`,
      link: clockLink(c.subjectType, c.subjectId),
      category: 'deadline',
      email: true,
    });
  }
  return out;
}

/** Tells each moved clock's handler (its account, or its unit's staff) the new due date. */
export async function noticeMovedClocks(tx: Ctx, moved: MovedClock[]): Promise<void> {
  for (const m of moved) {
    const c = m.clock;
    if (!c.responsibleAccountId && !c.responsibleUnitId) continue;
    await notify(tx, {
      accountIds: c.responsibleAccountId ? [c.responsibleAccountId] : [],
      unitId: c.responsibleAccountId ? null : c.responsibleUnitId,
      title: `届满日变更：${c.label}`,
      body: movedText(m),
      link: clockLink(c.subjectType, c.subjectId),
      category: 'deadline',
      email: true,
    });
  }
}

/** Reminder sources of the notify module: clocks without a kind, and the kinds' ladders. */
export const clockReminders: ReminderSource = { name: 'clocks', collect: collectClockReminders };
export const escalationReminders: ReminderSource = { name: 'escalation', collect: collectEscalations };

/** Tells the handlers of the clocks a calendar edit moved (the notify module installs it). */
export function listenForMovedClocks(): void {
  onClockDueMoved(noticeMovedClocks);
}
