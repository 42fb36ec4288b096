// Who may do what with letters. The office (厅办公室) triages and gives the second approval of the
// director's mailbox; units read, draft and approve the letters routed to them (scoped to their
// unit); experts answer the consultations routed to them; the acceptance centre comments on
// pre-review materials. Misconduct reports (网上举报) are the discipline staff's (纪检) alone: no other
// permission, not even the office's 全部 scope, reaches them.
import type { DataScope } from '../../platform/access/access.table.ts';
import { can, ForbiddenError, requirePermission, scopeOf } from '../../platform/access/policy.ts';
import { scopeCovers } from '../../platform/access/scope.ts';
import type { Actor, Ctx } from '../../platform/context.ts';
import type { ChannelCode } from './interaction.table.ts';

export const INTERACTION_PERMISSIONS = {
  'letters:triage': '互动交流：来信分办（受理、合并、不予受理、转办、交办）、办公室审核与重新办理',
  'letters:read': '互动交流：查看来信（按数据权限）',
  'letters:reply': '互动交流：起草答复（按数据权限）',
  'letters:approve': '互动交流：单位负责人审核答复（按数据权限）',
  'letters:expert': '互动交流：专家答复咨询（本人受理的咨询）',
  'letters:prereview': '互动交流：在线审核申请材料并提出意见',
  'letters:stats': '互动交流：查看来信统计',
  'letters:reports': '互动交流：办理网上举报（纪检），可查看举报人身份',
  // The security administrator's (三员分立): who may file letters through the interface.
  'security:open311': '互动交流：签发与吊销 Open311 接口密钥（第三方客户端）',
} as const;

export type LetterPermission = keyof typeof INTERACTION_PERMISSIONS;

/** Whether the actor may see misconduct reports at all. */
export const seesReports = (actor: Actor) => actor.kind === 'system' || can(actor, 'letters:reports');

/**
 * The channels an actor may see: every channel but 网上举报 for staff, 网上举报 only with
 * letters:reports. The repository filters by these in its WHERE.
 */
export function visibleChannels(actor: Actor): ChannelCode[] {
  const out: ChannelCode[] = [];
  if (
    actor.kind === 'system' ||
    [
      'letters:triage',
      'letters:read',
      'letters:reply',
      'letters:approve',
      'letters:expert',
      'letters:prereview',
      'letters:stats',
    ].some((p) => can(actor, p))
  )
    out.push('mailbox', 'consult', 'prereview');
  if (seesReports(actor)) out.push('report');
  return out;
}

/** What a staff reader may list: the channels, and the scope of letters:read (or a desk's own). */
export interface ReadScope {
  channels: ChannelCode[];
  /** The letters:read scope over non-report channels; null when the actor has only a desk. */
  scope: DataScope | null;
  /** Reports: all of them for the discipline staff. */
  reports: boolean;
  /** 专家咨询 routed to the actor (letters:expert). */
  expertAccountId: string | null;
  /** 在线审核 (letters:prereview): all pre-review letters. */
  prereview: boolean;
}

export function readScope(ctx: Ctx): ReadScope {
  const actor = ctx.actor;
  if (!actor.id && actor.kind !== 'system') requirePermission(actor, 'letters:read');
  const scope = can(actor, 'letters:triage') ? 'all' : scopeOf(actor, 'letters:read');
  const out: ReadScope = {
    channels: visibleChannels(actor),
    scope,
    reports: seesReports(actor),
    expertAccountId: can(actor, 'letters:expert') ? actor.id : null,
    prereview: can(actor, 'letters:prereview'),
  };
  if (!out.scope && !out.reports && !out.expertAccountId && !out.prereview)
    throw new ForbiddenError('letters:read');
  return out;
}

/** For a report: only the discipline staff; for others, the permission asked. */
export function requireLetterPermission(
  ctx: Ctx,
  channel: ChannelCode,
  permission: LetterPermission,
): DataScope {
  if (channel === 'report') {
    if (!seesReports(ctx.actor)) throw new ForbiddenError('letters:reports', '网上举报仅纪检人员可以办理');
    return 'all';
  }
  return requirePermission(ctx.actor, permission);
}

/** Whether a staff reader may see this letter at all (the same rule as visibilityWhere, in memory). */
export function seesLetter(
  actor: Actor,
  read: ReadScope,
  row: {
    channel: ChannelCode;
    unitId: string | null;
    unitPath: string | null;
    expertAccountId: string | null;
  },
): boolean {
  if (row.channel === 'report') return read.reports;
  if (!read.channels.includes(row.channel)) return false;
  if (read.scope && scopeCovers(actor, read.scope, { unit: row.unitId, unitPath: row.unitPath })) return true;
  if (read.expertAccountId && row.expertAccountId === read.expertAccountId) return true;
  return read.prereview && row.channel === 'prereview';
}

/**
 * A step on a letter by its handling unit (起草, 单位审核): the permission, and the letter in the
 * actor's scope of it; a report needs the discipline staff whatever the permission.
 */
export function requireOnLetter(
  ctx: Ctx,
  permission: LetterPermission,
  row: { channel: ChannelCode; unitId: string | null; unitPath: string | null },
): void {
  if (row.channel === 'report') {
    requireLetterPermission(ctx, 'report', permission);
    return;
  }
  const scope = requirePermission(ctx.actor, permission);
  if (!scopeCovers(ctx.actor, scope, { unit: row.unitId, unitPath: row.unitPath }))
    throw new ForbiddenError(permission, '这封来信不由您的单位办理');
}
