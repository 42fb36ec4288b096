// Supervision's settings (DOMAIN §8, time limits M): the default deadlines of the seed — ordinary
// instructions within one month, urgent ones within one week, unless the leader set a date — and
// the deadline clock's escalation ladder (到期前提醒 → 到期提醒 → 催办 → 督办), a setting of the
// clock kind. A limit is written "1个月", "7天" or "20个工作日":
//  - N个月: calendar months — the corresponding day of the later month, or its last day when it
//    has none (民法典 第二百零二条): registered 2026-09-28, due 2026-10-28; 01-31 → 02-28;
//  - N天: calendar days after the day of registration;
//  - N个工作日: working days on the platform calendar (holidays and 调休 counted as published).
// A due day that falls on a rest day moves to the next working day (民法典 第二百零三条), as every
// calendar-day clock of the platform does.
import { defineClockKind } from '../../platform/notify/index.ts';
import { defineSetting } from '../../platform/settings/settings.service.ts';

export type LimitUnit = 'months' | 'days' | 'workdays';
export interface Limit {
  value: number;
  unit: LimitUnit;
}

const LIMIT_PATTERN = /^(\d{1,3})\s*(个月|天|个工作日)$/;

/** "1个月" → { value: 1, unit: 'months' }; a string that says nothing sensible → null. */
export function parseLimit(text: string): Limit | null {
  const m = LIMIT_PATTERN.exec(text.trim());
  if (!m) return null;
  const value = Number(m[1]);
  if (value < 1) return null;
  const unit: LimitUnit = m[2] === '个月' ? 'months' : m[2] === '天' ? 'days' : 'workdays';
  if ((unit === 'months' && value > 24) || value > 730) return null;
  return { value, unit };
}

export function limitText(l: Limit): string {
  return `${l.value}${l.unit === 'months' ? '个月' : l.unit === 'days' ? '天' : '个工作日'}`;
}

const checkLimit = (v: unknown) =>
  typeof v === 'string' && parseLimit(v) ? null : '请写成“1个月”“7天”或“20个工作日”的形式';

export const ORDINARY_LIMIT = defineSetting({
  key: 'supervision.ordinaryLimit',
  label: '督查督办：一般事项默认办理期限',
  description:
    '领导未明确时限的一般批示件、交办件的默认期限。写成“1个月”（按日历月：到期月的对应日，无对应日的为月末日）、“30天”（自然日）或“20个工作日”；届满日为休息日的顺延至下一个工作日',
  type: 'string',
  default: '1个月',
  check: checkLimit,
});

export const URGENT_LIMIT = defineSetting({
  key: 'supervision.urgentLimit',
  label: '督查督办：紧急事项默认办理期限',
  description: '紧急事项的默认期限，写法同上；领导明确了时限的，以领导的时限为准',
  type: 'string',
  default: '7天',
  check: checkLimit,
});

export const ISSUER = defineSetting({
  key: 'supervision.issuer',
  label: '督查督办：督查通知和办理情况报告的发文单位',
  description: '督查通知、办理情况报告的发文机关标志和署名',
  type: 'string',
  default: '河南省林业局办公室',
  min: 2,
  max: 40,
});

export const DEADLINE_CLOCK = defineClockKind({
  kind: 'supervision.deadline',
  label: '督办事项办理期限',
  description:
    '到期前提醒承办单位；超期后向承办单位负责人发催办通知，再向分管厅领导发督办通知并在督查通报中点名',
  ladder:
    '到期前提醒（届满前3个工作日，承办人）→到期提醒（届满当日，承办人）→催办（超期1个工作日，承办人、单位负责人）→督办（超期3个工作日，分管领导、办公室）',
});

export const SUPERVISION_CLOCK_KINDS = [DEADLINE_CLOCK];
export const SUPERVISION_SETTINGS = [ORDINARY_LIMIT, URGENT_LIMIT, ISSUER];
