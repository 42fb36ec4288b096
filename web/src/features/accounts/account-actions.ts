// What may be done to an account, and by whom. Pure, no React.
import type { Account, Me } from '../../api/types.ts';
import { can } from '../../auth/access.ts';

export type AccountAction =
  | 'edit'
  | 'disable'
  | 'enable'
  | 'grant'
  | 'unlock'
  | 'reset'
  | 'approval'
  | 'revoke';

/** Whether the account holds one of the three administrators' roles (三员分立). */
export function isAdministrator(a: Pick<Account, 'roles'>): boolean {
  return a.roles.some((r) => r.adminKind);
}

export interface ActionDef {
  key: AccountAction;
  label: string;
  danger?: boolean;
}

/** The actions the signed-in administrator may take on this account, most common first. */
export function actionsFor(me: Pick<Me, 'id' | 'permissions' | 'adminKind'>, a: Account): ActionDef[] {
  const self = a.id === me.id;
  const out: ActionDef[] = [];
  if (can(me, 'security:lockouts') && a.locked) out.push({ key: 'unlock', label: '解锁' });
  if (can(me, 'security:grants') && a.kind === 'staff' && !self) out.push({ key: 'grant', label: '授权' });
  if (can(me, 'system:accounts')) {
    out.push({ key: 'edit', label: '修改' });
    if (a.status === 'active' && !self) out.push({ key: 'disable', label: '停用', danger: true });
    if (a.status === 'disabled') out.push({ key: 'enable', label: '启用' });
  }
  // An administrator's password, second factor or email changes only through two-person approval.
  if (me.adminKind && !self && a.kind === 'staff' && isAdministrator(a))
    out.push({ key: 'approval', label: '双人审批…' });
  if (can(me, 'security:lockouts') && !self) {
    if (!isAdministrator(a)) out.push({ key: 'reset', label: '重置口令', danger: true });
    out.push({ key: 'revoke', label: '强制下线', danger: true });
  }
  return out;
}
