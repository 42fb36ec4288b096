// Escalation (提醒 → 催办 → 督办) as a reminder source. A module declares its clock kinds, each
// with a default ladder (ladder.ts) that the system administrator may change in 系统设置; clocks
// started with that kind then get the ladder's steps instead of the plain due-soon/overdue
// reminders. Each step is sent once per clock and due date (the key holds both, so a due date that
// moves re-arms the ladder), whichever instance sweeps, and is written on the subject's timeline
// in the same transaction. Recipients by role: the handler from the clock itself (its account, or
// its unit's staff); the unit head, the leader in charge (分管领导) and the office from the resolver
// that org registers — the platform knows no unit tree and no people.
import {
  type Calendar,
  type ClockUnit,
  chinaDay,
  clockLink,
  formatDayLong,
  formatInstant,
  loadWorkingCalendar,
  noteOnSubject,
  UNIT_LABELS,
} from '../calendar/index.ts';
import type { Ctx } from '../context.ts';
import { defineSetting, getSetting, type SettingDef } from '../settings/settings.service.ts';
import {
  describeStepTime,
  type LadderStep,
  ladderOf,
  leadBoundMs,
  parseLadder,
  type RecipientRole,
  ROLE_LABELS,
  stepFiresAt,
} from './ladder.ts';
import { type DueClockRow, findRunningClocksOfKindDueBy } from './notify.repository.ts';
import type { Reminder } from './reminders.service.ts';

export interface ClockKindSpec {
  /** 'services.statutory': module name, a dot, the clock's name; also the setting's key prefix. */
  kind: string;
  /** 法定办理期限 */
  label: string;
  /** The default ladder, in the form ladder.ts reads. */
  ladder: string;
  /** Shown under the setting: what the clock is for. */
  description?: string;
  /**
   * The limit itself, when it is a figure of local practice rather than of a statute: a setting
   * `<kind>.limit` in the unit given (4 hours for an emergency report), read with kindLimit.
   */
  limit?: { value: number; unit: ClockUnit; min?: number; max?: number };
}

export interface ClockKind {
  kind: string;
  label: string;
  defaultLadder: LadderStep[];
  setting: SettingDef<'string'>;
  /** The limit's setting and unit, for a kind whose limit is a setting. */
  limit?: { setting: SettingDef<'integer'>; unit: ClockUnit };
}

/**
 * A clock kind and its ladder setting (`<kind>.ladder`); call at a module's top level, as for
 * defineSetting. The kind takes effect once registered (registerClockKinds, from the Module's
 * `clockKinds`).
 */
export function defineClockKind(spec: ClockKindSpec): ClockKind {
  const defaultLadder = ladderOf(spec.ladder);
  const setting = defineSetting({
    key: `${spec.kind}.ladder`,
    label: `${spec.label}：提醒与催办督办步骤`,
    type: 'string',
    default: spec.ladder,
    description:
      `${spec.description ? `${spec.description}。` : ''}按“名称（时间，接收人）”书写，步骤间用“→”连接。` +
      '时间：届满前N个工作日、届满前N小时、届满当日、届满时、超期N个工作日、超期N小时；' +
      '接收人：承办人、单位负责人、分管领导、办公室（可多个，用“、”分隔）。每一步对每个届满日只发送一次。',
    check: (v) => {
      const r = parseLadder(v);
      return typeof r === 'string' ? r : null;
    },
  });
  const limit = spec.limit
    ? {
        unit: spec.limit.unit,
        setting: defineSetting({
          key: `${spec.kind}.limit`,
          label: `${spec.label}（${UNIT_LABELS[spec.limit.unit].replace(/^个/, '')}）`,
          type: 'integer',
          default: spec.limit.value,
          min: spec.limit.min ?? 1,
          max: spec.limit.max,
          description: `${spec.label}的时限，按${UNIT_LABELS[spec.limit.unit].replace(/^个/, '')}计；修改后对新开始的计时生效，进行中的计时不变。`,
        }),
      }
    : undefined;
  return { kind: spec.kind, label: spec.label, defaultLadder, setting, limit };
}

/** The settings a kind brings: its ladder, and its limit when that is a setting. */
export function clockKindSettings(kind: ClockKind): SettingDef[] {
  return kind.limit ? [kind.setting, kind.limit.setting] : [kind.setting];
}

/**
 * The limit in force for a kind whose limit is a setting ({ value: 4, unit: 'hours' }), for
 * startClock's `limit`; read when the clock starts, so a change applies to clocks started after it.
 */
export async function kindLimit(ctx: Ctx, kind: ClockKind): Promise<{ value: number; unit: ClockUnit }> {
  if (!kind.limit) throw new Error(`clock kind ${kind.kind} has no limit setting`);
  return { value: await getSetting(ctx, kind.limit.setting), unit: kind.limit.unit };
}

const kinds = new Map<string, ClockKind>();

/** Turns the kinds' ladders on (the Module contract's `clockKinds` calls this at registration). */
export function registerClockKinds(list: readonly ClockKind[]): void {
  for (const k of list) kinds.set(k.kind, k);
}

export function registeredClockKinds(): string[] {
  return [...kinds.keys()];
}

/** The ladder in force for a kind: the setting, or the default when none is stored. */
export async function ladderFor(ctx: Ctx, kind: ClockKind): Promise<LadderStep[]> {
  const steps = parseLadder(await getSetting(ctx, kind.setting));
  return typeof steps === 'string' ? kind.defaultLadder : steps;
}

// --- recipients --------------------------------------------------------------------------------------

/** Accounts holding a role for a clock's unit (unit head, leader in charge, office). */
export type RecipientResolver = (
  ctx: Ctx,
  role: Exclude<RecipientRole, 'handler'>,
  clock: { responsibleUnitId: string | null },
) => Promise<string[]>;

let resolver: RecipientResolver | null = null;

/** Org registers the one resolver (org/recipients.ts). */
export function registerRecipientResolver(r: RecipientResolver): void {
  resolver = r;
}

interface Addressed {
  accountIds: string[];
  unitId: string | null;
}

async function address(
  ctx: Ctx,
  clock: DueClockRow,
  roles: readonly RecipientRole[],
  cache: Map<string, string[]>,
): Promise<Addressed> {
  const to: Addressed = { accountIds: [], unitId: null };
  for (const role of roles) {
    if (role === 'handler') {
      if (clock.responsibleAccountId) to.accountIds.push(clock.responsibleAccountId);
      else to.unitId = clock.responsibleUnitId;
      continue;
    }
    const key = `${role}:${clock.responsibleUnitId}`;
    let ids = cache.get(key);
    if (!ids) {
      ids = resolver ? await resolver(ctx, role, clock) : [];
      cache.set(key, ids);
    }
    to.accountIds.push(...ids);
  }
  to.accountIds = [...new Set(to.accountIds)];
  return to;
}

// --- the source --------------------------------------------------------------------------------------

function whenDue(clock: DueClockRow, dueAt: Date): string {
  const when = clock.limitUnit === 'hours' ? formatInstant(dueAt) : formatDayLong(chinaDay(dueAt));
  return clock.dueProvisional ? `${when}（暂定）` : when;
}

function message(clock: DueClockRow, dueAt: Date, step: LadderStep, before: boolean) {
  const when = whenDue(clock, dueAt);
  const body = before
    ? `「${clock.label}」将于${when}到期，请在期限内办结。`
    : `「${clock.label}」已于${when}到期，尚未办结（${describeStepTime(step.at)}）。${
        step.to.includes('handler') ? '请尽快办理。' : '请督促承办单位尽快办结。'
      }`;
  return { title: `${step.name}：${clock.label}`, body };
}

/** The ladder steps due now (ctx.now) for every registered kind, as reminders for the sweeper. */
export async function collectEscalations(ctx: Ctx): Promise<Reminder[]> {
  if (kinds.size === 0) return [];
  let cal: Calendar | null = null;
  const cache = new Map<string, string[]>();
  const out: Reminder[] = [];
  for (const kind of kinds.values()) {
    const steps = await ladderFor(ctx, kind);
    const rows = await findRunningClocksOfKindDueBy(
      ctx.db,
      kind.kind,
      new Date(ctx.now.getTime() + leadBoundMs(steps)),
    );
    if (rows.length === 0) continue;
    cal ??= await loadWorkingCalendar(ctx);
    for (const clock of rows) {
      const dueAt = clock.dueAt;
      if (!dueAt) continue;
      for (const step of steps) {
        let fires: Date;
        try {
          fires = stepFiresAt(cal, step, dueAt);
        } catch {
          continue; // a working day in a year no rule describes: no step can be placed there
        }
        const before = fires < dueAt;
        if (fires > ctx.now) continue;
        // A reminder before the due date is moot once it has passed; the later steps follow.
        if (before && ctx.now >= dueAt) continue;
        const to = await address(ctx, clock, step.to, cache);
        const { title, body } = message(clock, dueAt, step, before);
        const roles = step.to.map((r) => ROLE_LABELS[r]).join('、');
        const nobody = to.accountIds.length === 0 && !to.unitId;
        out.push({
          key: `esc:${clock.id}:${step.name}:${dueAt.toISOString()}`,
          ...to,
          title,
          body,
          link: clockLink(clock.subjectType, clock.subjectId),
          category: 'deadline',
          email: true,
          record: (tx) =>
            noteOnSubject(tx, clock, {
              kind: `escalation.${step.name}`,
              title: step.name,
              text: `向${roles}发出${step.name}${nobody ? '（未找到接收人账号，未能送达）' : ''}：${body}`,
              data: {
                clockId: clock.id,
                step: step.name,
                to: step.to,
                dueAt: dueAt.toISOString(),
                provisional: clock.dueProvisional,
              },
            }),
        });
      }
    }
  }
  return out;
}
