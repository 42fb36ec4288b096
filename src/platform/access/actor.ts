// Builds the Actor for an account: its roles, the widest scope per permission, its unit's path.
import { eq } from 'drizzle-orm';
import type { Actor } from '../context.ts';
import type { Db } from '../db/client.ts';
import { type AdminKind, accountRoles, type accounts, type DataScope, roles } from './access.table.ts';
import { widerScope } from './policy.ts';

// The unit tree belongs to the org module; it tells access where a unit sits.
type UnitPathLookup = (db: Db, unitId: string) => Promise<string | null>;
let unitPathLookup: UnitPathLookup = async () => null;
export function setUnitPathLookup(fn: UnitPathLookup): void {
  unitPathLookup = fn;
}
export function lookupUnitPath(db: Db, unitId: string): Promise<string | null> {
  return unitPathLookup(db, unitId);
}

export type AccountRow = typeof accounts.$inferSelect;

export async function loadActor(db: Db, account: AccountRow, sessionId?: string): Promise<Actor> {
  const granted = await db
    .select({
      code: roles.code,
      permissions: roles.permissions,
      dataScope: roles.dataScope,
      adminKind: roles.adminKind,
    })
    .from(accountRoles)
    .innerJoin(roles, eq(accountRoles.roleId, roles.id))
    .where(eq(accountRoles.accountId, account.id));
  const permissions: Record<string, DataScope> = {};
  let adminKind: AdminKind | null = null;
  for (const role of granted) {
    if (role.adminKind) adminKind = role.adminKind;
    for (const p of role.permissions)
      permissions[p] = permissions[p] ? widerScope(permissions[p], role.dataScope) : role.dataScope;
  }
  // Every signed-in account reads its own inbox.
  permissions['notify:self'] ??= 'self';
  return {
    kind: account.kind,
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    unitId: account.unitId,
    unitPath: account.unitId ? await unitPathLookup(db, account.unitId) : null,
    roles: granted.map((r) => r.code),
    permissions,
    adminKind,
    sessionId,
  };
}
