// Who may read and change the organisation. The directory (units, people, leaders) is open to
// every signed-in staff account; changing it is the system admin's (system:units / system:people).
// Revealing a full phone number needs org:read within the actor's data scope.
import { ForbiddenError } from '../../platform/access/policy.ts';
import type { Actor } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';

export const ORG_PERMISSIONS = {
  'org:read': '查看机构与人员（按数据范围查看完整联系电话）',
};

/** Staff accounts read the directory; public accounts and visitors do not. */
export function requireStaff(actor: Actor): void {
  if (!actor.id) throw new AppError('UNAUTHENTICATED');
  if (actor.kind !== 'staff') throw new ForbiddenError('org:directory', '机构与人员目录仅供工作人员查看');
}
