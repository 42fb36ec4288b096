// Builds the Actor for an account: its roles, the widest scope per permission, its unit's path.
import { eq } from 'drizzle-orm';
import type { Actor } from '../context.ts';
import type { Db } from '../db/client.ts';
import { type AdminKind, accountRoles, type accounts, type DataScope, roles } from './access.table.ts';
import { widerScope } from './policy.ts';

// The unit tree belongs to the org module; it tells access where a unit sits (its path) and the
// region it governs (行政区划代码, null for the department's own units).
export interface UnitPlace {
  path: string;
  regionCode: string | null;
}
type UnitLookup = (db: Db, unitId: string) => Promise<UnitPlace | null>;
let unitLookup: UnitLookup = async () => null;
export function setUnitLookup(fn: UnitLookup): void {
  unitLookup = fn;
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
  const place = account.unitId ? await unitLookup(db, account.unitId) : null;
  return {
    kind: account.kind,
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    unitId: account.unitId,
    unitPath: place?.path ?? null,
    regionCode: place?.regionCode ?? null,
    roles: granted.map((r) => r.code),
    permissions,
    adminKind,
    sessionId,
  };
}
