// An item's deadline (办理期限) on the platform clock. The leader's own date when given; otherwise
// the default of the item's urgency (settings supervision.ordinaryLimit / urgentLimit):
//  - "N个月" is counted in calendar months (民法典 第二百零二条): the corresponding day of the later
//    month, or that month's last day when it has none — registered 2026-09-28, due 2026-10-28;
//    registered 2026-01-31, due 2026-02-28. The clock runs in calendar days up to that day;
//  - "N天" calendar days; "N个工作日" working days on the platform calendar (holidays, 调休).
// A calendar-day due day that is a rest day moves to the next working day (民法典 第二百零三条,
// the platform's days clocks do it and say so in 为什么是这一天).
import {
  addCalendarMonths,
  type ClockUnit,
  dayDiff,
  formatDayLong,
  startClock,
} from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { validationError } from '../../../platform/errors.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import type { ItemRow } from '../supervision.repository.ts';
import {
  DEADLINE_CLOCK,
  limitText,
  ORDINARY_LIMIT,
  parseLimit,
  URGENT_LIMIT,
} from '../supervision.settings.ts';
import type { Urgency } from '../supervision.table.ts';
import { ITEM_SUBJECT } from './item-common.ts';

export interface Deadline {
  limit: { value: number; unit: ClockUnit };
  /** How the deadline was set, as the item shows it. */
  rule: string;
}

/** The deadline of an item registered (or assigned) on startDay. */
export async function deadlineFor(
  ctx: Ctx,
  input: { startDay: string; urgency: Urgency; dueDay?: string | null },
): Promise<Deadline> {
  if (input.dueDay) {
    if (input.dueDay <= input.startDay)
      throw validationError(
        'dueDay',
        `办理期限（${input.dueDay}）应晚于立项日期（${input.startDay}），请核对领导明确的时限`,
      );
    return {
      limit: { value: dayDiff(input.startDay, input.dueDay), unit: 'days' },
      rule: `领导明确的时限：${formatDayLong(input.dueDay)}前办结`,
    };
  }
  const setting = input.urgency === 'urgent' ? URGENT_LIMIT : ORDINARY_LIMIT;
  const limit = parseLimit(await getSetting(ctx, setting)) ?? parseLimit(setting.default as string);
  if (!limit) throw new Error(`setting ${setting.key} holds no limit`);
  const kind = input.urgency === 'urgent' ? '紧急事项' : '一般事项';
  if (limit.unit === 'months') {
    const end = addCalendarMonths(input.startDay, limit.value);
    return {
      limit: { value: dayDiff(input.startDay, end), unit: 'days' },
      rule: `${kind}默认期限${limitText(limit)}，按日历月计算：自${formatDayLong(input.startDay)}起至${formatDayLong(end)}（到期月的对应日，无对应日的为月末日）`,
    };
  }
  return {
    limit: { value: limit.value, unit: limit.unit === 'days' ? 'days' : 'workdays' },
    rule: `${kind}默认期限${limitText(limit)}${limit.unit === 'days' ? '（自然日）' : ''}`,
  };
}

/** Starts the item's deadline clock (办理期限) from now, in the care of its lead unit. */
export function startDeadlineClock(
  tx: Ctx,
  row: Pick<ItemRow, 'id' | 'number' | 'title'>,
  deadline: Deadline,
  unitId: string | null,
) {
  return startClock(tx, {
    subjectType: ITEM_SUBJECT,
    subjectId: row.id,
    kind: DEADLINE_CLOCK.kind,
    label: `${row.number} ${row.title}`.slice(0, 120),
    startedAt: tx.now,
    limit: deadline.limit,
    responsibleUnitId: unitId,
  });
}
