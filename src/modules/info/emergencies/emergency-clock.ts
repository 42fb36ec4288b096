// Information items as clock subjects: the emergency report clock (notify.emergencyReport) times an
// initial report from its event time. Whoever may read the item may read its clock; a reminder or
// a ladder step (提醒, 催报, 督报) links to the emergency's page and is written, staff-only, on the
// item's own timeline (the platform's default note, subject 'info_item').
import { registerClockSubject } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { seesItem } from '../info.policy.ts';
import { findItem } from '../items/items.repository.ts';
import { ITEM_SUBJECT } from '../items/submit-item.ts';

async function mayRead(ctx: Ctx, id: string): Promise<boolean> {
  const row = await findItem(ctx.db, id);
  return Boolean(row && seesItem(ctx.actor, row));
}

export function registerInfoClockSubject(): void {
  registerClockSubject({
    type: ITEM_SUBJECT,
    canRead: mayRead,
    link: (id) => `/admin/info/emergencies/${id}`,
  });
}
