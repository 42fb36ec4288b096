// The built-in roles every installation has: the three administrators (三员分立) with their
// fixed permissions. Business roles are added by modules' demo data or by the security admin.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { type AdminKind, roles } from './access.table.ts';
import { listPermissions } from './permissions.ts';

export const ADMIN_ROLES: Array<{ code: string; name: string; adminKind: AdminKind; description: string }> = [
  {
    code: 'sysadmin',
    name: '系统管理员',
    adminKind: 'system',
    description: '维护单位、人员、账号、系统设置与工作日历；不办理业务，不授权，不查阅审计日志',
  },
  {
    code: 'secadmin',
    name: '安全管理员',
    adminKind: 'security',
    description: '维护角色与授权、解锁账号、重置口令、强制下线；不办理业务，不查阅审计日志',
  },
  {
    code: 'auditadmin',
    name: '审计管理员',
    adminKind: 'audit',
    description: '查阅与校验审计日志；不办理业务，不维护账号与授权',
  },
];

/** Ensures the three administrator roles exist with exactly their kind's permissions. */
export async function ensureBuiltinRoles(db: Db, now: Date): Promise<void> {
  const perms = listPermissions().map((p) => p.code);
  for (const r of ADMIN_ROLES) {
    const permissions = perms.filter((p) => p.startsWith(`${r.adminKind}:`));
    const [existing] = await db.select({ id: roles.id }).from(roles).where(eq(roles.code, r.code));
    if (existing) {
      await db
        .update(roles)
        .set({ permissions, adminKind: r.adminKind, builtin: true })
        .where(eq(roles.id, existing.id));
    } else {
      await db
        .insert(roles)
        .values({ ...r, permissions, dataScope: 'all', builtin: true, createdAt: now, updatedAt: now });
    }
  }
}
