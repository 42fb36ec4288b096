// What the signed-in account may see: permissions, and the rule that an administrator sees only
// administrator pages (三员分立). Pure, no React.
import type { Me } from '../api/types.ts';

export type Permissions = Pick<Me, 'permissions' | 'adminKind'>;

export function can(me: Permissions | null | undefined, permission: string): boolean {
  return Boolean(me && permission in me.permissions);
}

export function canAny(me: Permissions | null | undefined, permissions: readonly string[]): boolean {
  return permissions.some((p) => can(me, p));
}

/**
 * Who a page or card is for:
 * - everyone: any signed-in account (home, inbox);
 * - business: every non-administrator account, and administrators only with one of `permissions`;
 * - permission: only accounts holding one of `permissions`.
 */
export type Audience = 'everyone' | 'business' | 'permission';

export interface AccessRule {
  audience: Audience;
  permissions?: readonly string[];
}

export function allows(me: Permissions | null | undefined, rule: AccessRule): boolean {
  if (!me) return false;
  const holds = canAny(me, rule.permissions ?? []);
  switch (rule.audience) {
    case 'everyone':
      return true;
    case 'business':
      return me.adminKind === null || holds;
    case 'permission':
      return holds;
  }
}

export const ADMIN_KIND_LABELS: Record<string, string> = {
  system: '系统管理员',
  security: '安全管理员',
  audit: '审计管理员',
};
