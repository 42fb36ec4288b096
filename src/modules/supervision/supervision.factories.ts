// Fixtures of supervision shared by the tests and the demo data: an item registered (and assigned)
// through the use cases at a given moment, by unit codes rather than ids, and moved along its
// flow — so demo rows and test rows are valid rows with their timeline, clock and audit records.
import type { Ctx } from '../../platform/context.ts';
import { findUnitByCode, listLeaderRows } from '../org/index.ts';
import { reviewReport, signOffItem, submitReport } from './items/handle-item.ts';
import { type RegisterInput, registerItem } from './items/register-item.ts';
import type { ItemRow, ReportRow } from './supervision.repository.ts';

export const at = (ctx: Ctx, iso: string): Ctx => ({ ...ctx, now: new Date(iso) });

export interface ItemSpec extends Omit<RegisterInput, 'leadUnitId' | 'coUnitIds' | 'instructingLeaderId'> {
  leadUnit?: string;
  coUnits?: string[];
  /** A leader by name (周国栋): the instructing leader. */
  instructingLeader?: string;
}

export async function unitIdOf(ctx: Ctx, code: string): Promise<string> {
  const unit = await findUnitByCode(ctx.db, code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit.id;
}

export async function leaderIdOf(ctx: Ctx, name: string): Promise<string> {
  const leader = (await listLeaderRows(ctx.db)).find((l) => l.name === name);
  if (!leader) throw new Error(`no leader ${name}`);
  return leader.id;
}

/** Registers (and, with a lead unit, assigns) an item as ctx's actor at ctx.now. */
export async function makeItem(ctx: Ctx, spec: ItemSpec): Promise<ItemRow> {
  const { leadUnit, coUnits, instructingLeader, ...rest } = spec;
  const { item } = await registerItem(ctx, {
    ...rest,
    leadUnitId: leadUnit ? await unitIdOf(ctx, leadUnit) : undefined,
    coUnitIds: coUnits ? await Promise.all(coUnits.map((c) => unitIdOf(ctx, c))) : undefined,
    instructingLeaderId: instructingLeader ? await leaderIdOf(ctx, instructingLeader) : null,
  });
  return item;
}

export const PROGRESS = {
  kind: 'progress' as const,
  progress: '已召开专题会议部署，制定工作方案，明确责任分工和时间节点。',
  problems: '无',
  nextSteps: '按节点推进，下月报送进展。',
};

/** The lead unit proposes closure, the office accepts, the leader in charge signs off. */
export async function closeItem(
  ctx: Ctx,
  item: ItemRow,
  result = '已按批示要求办结，相关情况已形成书面报告。',
): Promise<ReportRow> {
  const report = await submitReport(ctx, item.id, {
    kind: 'completion',
    progress: '各项工作已按要求完成，现申请办结。',
    problems: '无',
    percent: 100,
    result,
  });
  await reviewReport(ctx, report.id, { decision: 'accept' });
  await signOffItem(ctx, item.id, { comment: '同意办结。' });
  return report;
}
