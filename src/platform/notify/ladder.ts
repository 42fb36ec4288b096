// Escalation ladders (提醒 → 催办 → 督办) as data: one line of Chinese per clock kind, a setting the
// system administrator edits, e.g.
//   到期前提醒（届满前3个工作日，承办人）→ 到期提醒（届满当日，承办人）→
//   催办（超期1个工作日，承办人、单位负责人）→ 督办（超期3个工作日，分管领导、办公室）
// Each step: a name, when (届满前/超期 N 个工作日 | 小时 | 分钟, 届满当日, 届满时) and who
// (承办人, 单位负责人, 分管领导, 办公室). Pure: parsing, writing back, and when a step falls due.
import {
  addWorkingDays,
  type Calendar,
  chinaDay,
  startOfChinaDay,
  subtractWorkingDays,
} from '../calendar/index.ts';

export const RECIPIENT_ROLES = ['handler', 'unitHead', 'leader', 'office'] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

export const ROLE_LABELS: Record<RecipientRole, string> = {
  handler: '承办人',
  unitHead: '单位负责人',
  leader: '分管领导',
  office: '办公室',
};

const ROLE_NAMES: Record<string, RecipientRole> = {
  承办人: 'handler',
  承办单位: 'handler',
  单位负责人: 'unitHead',
  处室负责人: 'unitHead',
  负责人: 'unitHead',
  分管领导: 'leader',
  分管厅领导: 'leader',
  办公室: 'office',
};

/**
 * When a step falls due, relative to the clock's due date:
 *  - workdays n: at 00:00 (Beijing) of the working day n working days after the due day (n > 0,
 *    超期), before it (n < 0, 届满前), or of the due day itself (n = 0, 届满当日);
 *  - minutes n: n minutes after the due instant (negative before; 0 = 届满时).
 */
export type StepTime = { unit: 'workdays'; n: number } | { unit: 'minutes'; n: number };

export interface LadderStep {
  /** 到期前提醒, 催办…: unique within its ladder; part of the reminder's key. */
  name: string;
  at: StepTime;
  to: RecipientRole[];
}

const MAX_STEPS = 8;
const MAX_WORKDAYS = 60;
const MAX_MINUTES = 30 * 24 * 60;

function describeTime(at: StepTime): string {
  if (at.unit === 'workdays') {
    if (at.n === 0) return '届满当日';
    return `${at.n < 0 ? '届满前' : '超期'}${Math.abs(at.n)}个工作日`;
  }
  if (at.n === 0) return '届满时';
  const m = Math.abs(at.n);
  const amount = m % 60 === 0 ? `${m / 60}小时` : `${m}分钟`;
  return `${at.n < 0 ? '届满前' : '超期'}${amount}`;
}

/** A ladder written back in the form parseLadder reads. */
export function formatLadder(steps: readonly LadderStep[]): string {
  return steps
    .map((s) => `${s.name}（${describeTime(s.at)}，${s.to.map((r) => ROLE_LABELS[r]).join('、')}）`)
    .join('→');
}

export function describeStepTime(at: StepTime): string {
  return describeTime(at);
}

function parseTime(text: string): StepTime | string {
  const t = text.replace(/\s+/g, '');
  if (t === '届满当日' || t === '到期当日') return { unit: 'workdays', n: 0 };
  if (t === '届满时' || t === '到期时') return { unit: 'minutes', n: 0 };
  const m = /^(届满前|到期前|超期)(\d{1,4})(个工作日|工作日|小时|分钟)$/.exec(t);
  if (!m)
    return `“${text}”不是可识别的时间，应为“届满前3个工作日”“届满当日”“届满时”“超期1个工作日”“超期2小时”等`;
  const sign = m[1] === '超期' ? 1 : -1;
  const n = Number(m[2]);
  if (n === 0) return `“${text}”：天数或时长应大于0（当日请写“届满当日”，准时请写“届满时”）`;
  if (m[3].endsWith('工作日')) {
    if (n > MAX_WORKDAYS) return `“${text}”：最多${MAX_WORKDAYS}个工作日`;
    return { unit: 'workdays', n: sign * n };
  }
  const minutes = m[3] === '小时' ? n * 60 : n;
  if (minutes > MAX_MINUTES) return `“${text}”：最多30天（720小时）`;
  return { unit: 'minutes', n: sign * minutes };
}

/** The steps of a ladder, or a Chinese message naming what is wrong (for the settings page). */
export function parseLadder(text: string): LadderStep[] | string {
  const parts = text
    .split(/→|->|\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return '至少应有一个步骤';
  if (parts.length > MAX_STEPS) return `最多${MAX_STEPS}个步骤`;
  const steps: LadderStep[] = [];
  for (const [i, part] of parts.entries()) {
    const where = `第${i + 1}步`;
    const m = /^([^（()）]{1,12})[（(](.+)[）)]$/.exec(part);
    if (!m)
      return `${where}“${part}”应写成“名称（时间，接收人）”，如“催办（超期1个工作日，承办人、单位负责人）”`;
    const name = m[1].trim();
    const inner = m[2].split(/[，,]/).map((x) => x.trim());
    if (inner.length < 2 || !inner[1]) return `${where}“${name}”缺少接收人`;
    const at = parseTime(inner[0]);
    if (typeof at === 'string') return `${where}“${name}”：${at}`;
    const to: RecipientRole[] = [];
    for (const who of inner.slice(1).join('、').split(/[、/]/)) {
      const w = who.trim();
      if (!w) continue;
      const role = ROLE_NAMES[w];
      if (!role) return `${where}“${name}”：接收人“${w}”无法识别，应为承办人、单位负责人、分管领导或办公室`;
      if (!to.includes(role)) to.push(role);
    }
    if (to.length === 0) return `${where}“${name}”缺少接收人`;
    if (steps.some((s) => s.name === name)) return `${where}：步骤名称“${name}”重复`;
    steps.push({ name, at, to });
  }
  return steps;
}

/** parseLadder for a definition's default: a programming error throws. */
export function ladderOf(text: string): LadderStep[] {
  const steps = parseLadder(text);
  if (typeof steps === 'string') throw new Error(`escalation ladder: ${steps}`);
  return steps;
}

/** When the step falls due for a clock due at dueAt (working days counted on cal). */
export function stepFiresAt(cal: Calendar, step: LadderStep, dueAt: Date): Date {
  if (step.at.unit === 'minutes') return new Date(dueAt.getTime() + step.at.n * 60_000);
  const dueDay = chinaDay(dueAt);
  const day =
    step.at.n >= 0 ? addWorkingDays(cal, dueDay, step.at.n) : subtractWorkingDays(cal, dueDay, -step.at.n);
  return startOfChinaDay(day);
}

/**
 * How long before the due instant the earliest step can fire, at most, for the sweeper's query:
 * N working days never span more than 2N + 14 calendar days (the longest holiday is 8–9 days).
 */
export function leadBoundMs(steps: readonly LadderStep[]): number {
  let ms = 0;
  for (const s of steps) {
    const before = s.at.unit === 'minutes' ? -s.at.n * 60_000 : (-s.at.n * 2 + 15) * 86_400_000;
    ms = Math.max(ms, before);
  }
  return ms;
}
