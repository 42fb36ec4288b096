// Who may do what in government openness: the office (厅办公室) keeps the guide and the catalogue;
// leaders and staff read; internal-only categories are for signed-in staff with openness:read.
import { registerPermissions } from '../../platform/access/permissions.ts';
import { can } from '../../platform/access/policy.ts';
import type { Actor } from '../../platform/context.ts';

export const OPENNESS_PERMISSIONS = {
  'openness:read': '政务公开：查看公开目录（含机关内部公开类别）与工作台页面',
  'openness:catalogue': '政务公开：登记、修改公开目录条目，管理目录类别',
  'openness:guide': '政务公开：编写、修订政府信息公开指南',
  'openness:fees': '政务公开：维护行政事业性收费项目（依据、标准、状态与核实情况）',
  'openness:laws': '政务公开：维护政策法规库（录入、修改、时效性与核实情况）',
  'openness:notices': '政务公开：发布、修改公示，查看收到的异议',
  'openness:apply': '政务公开：办理政府信息公开申请（登记、补正、征求意见、延期、答复）',
} as const;

registerPermissions('openness', OPENNESS_PERMISSIONS);

/** Whether the actor may see the internal-only categories (机关内部公开): signed-in staff only. */
export function seesInternal(actor: Actor): boolean {
  return (
    actor.kind === 'system' || (actor.kind === 'staff' && Boolean(actor.id) && can(actor, 'openness:read'))
  );
}
