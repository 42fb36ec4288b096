// The built-in reminder source: statutory clocks (法定时限). A running clock is reminded when its
// due date comes within REMINDER_LEAD_HOURS, and again once it is overdue. The due date is part
// of the key, so a clock whose due date moves (pause, extension, calendar change) reminds anew.
import type { Ctx } from '../context.ts';
import { findRunningClocksDueBy } from './notify.repository.ts';
import { type Reminder, registerReminderSource } from './reminders.service.ts';

type LinkBuilder = (subjectId: string) => string | null;
const links = new Map<string, LinkBuilder>();

/** Lets a module say where a clock's subject opens in the workbench (e.g. '/admin/letters/<id>'). */
export function registerClockLink(subjectType: string, build: LinkBuilder): void {
  links.set(subjectType, build);
}

/** 2026-03-04T01:30:00Z → '2026年3月4日 09:30' (Beijing time, UTC+8, no daylight saving). */
export function formatBeijing(at: Date): string {
  const d = new Date(at.getTime() + 8 * 3_600_000);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hh}:${mm}`;
}

export async function collectClockReminders(ctx: Ctx): Promise<Reminder[]> {
  const leadMs = ctx.deps.config.REMINDER_LEAD_HOURS * 3_600_000;
  const rows = await findRunningClocksDueBy(ctx.db, new Date(ctx.now.getTime() + leadMs));
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
    const when = formatBeijing(c.dueAt);
    out.push({
      key: `clock:${c.id}:${overdue ? 'overdue' : 'due-soon'}:${c.dueAt.toISOString()}`,
      ...to,
      title: overdue ? `已超期：${c.label}` : `即将到期：${c.label}`,
      body: overdue
        ? `「${c.label}」已于 ${when} 到期，请尽快办理。`
        : `「${c.label}」将于 ${when} 到期，请在期限内办结。`,
      link: links.get(c.subjectType)?.(c.subjectId) ?? null,
      category: 'deadline',
      email: true,
    });
  }
  return out;
}

registerReminderSource({ name: 'clocks', collect: collectClockReminders });
