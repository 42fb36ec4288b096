// Who the three administrators are (三员分立): the accounts holding an administrator role.
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { type AdminKind, accountRoles, accounts, roles } from './access.table.ts';

/** Active accounts holding an administrator role (of these kinds; all three by default). */
export async function administratorIds(db: Db, kinds?: AdminKind[]): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: accounts.id })
    .from(accounts)
    .innerJoin(accountRoles, eq(accountRoles.accountId, accounts.id))
    .innerJoin(roles, eq(roles.id, accountRoles.roleId))
    .where(
      and(
        eq(accounts.status, 'active'),
        kinds ? inArray(roles.adminKind, kinds) : isNotNull(roles.adminKind),
      ),
    );
  return rows.map((r) => r.id);
}

/** The administrator kind an account holds, or null for everyone else. */
export async function adminKindOfAccount(db: Db, accountId: string): Promise<AdminKind | null> {
  const [row] = await db
    .select({ kind: roles.adminKind })
    .from(accountRoles)
    .innerJoin(roles, eq(roles.id, accountRoles.roleId))
    .where(and(eq(accountRoles.accountId, accountId), isNotNull(roles.adminKind)))
    .limit(1);
  return row?.kind ?? null;
}
