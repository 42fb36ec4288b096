// Factories for accounts and roles: the demo data and the tests build their people with these.
import { eq, inArray } from 'drizzle-orm';
import { hashPassword } from '../auth/passwords.ts';
import type { Cipher } from '../crypto/sm.ts';
import { sm3 } from '../crypto/sm.ts';
import type { Db } from '../db/client.ts';
import { type AccountKind, accountRoles, accounts, type DataScope, roles } from './access.table.ts';
import { maskIdNumber, maskPhone } from './identity.ts';

export const DEMO_PASSWORD = 'Linzheng@2026';
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';

let cachedDemoHash: Promise<string> | null = null;
/** Hashing is deliberately slow; demo and test accounts share one hash of the demo password. */
function demoHash(): Promise<string> {
  cachedDemoHash ??= hashPassword(DEMO_PASSWORD);
  return cachedDemoHash;
}

export interface AccountSpec {
  username: string;
  displayName?: string;
  kind?: AccountKind;
  unitId?: string | null;
  personId?: string | null;
  password?: string;
  roleCodes?: string[];
  totpSecret?: string | null;
  idNumber?: string;
  creditCode?: string;
  phone?: string;
  email?: string;
  passwordChangedAt?: Date;
  mustChangePassword?: boolean;
}

export async function createAccount(db: Db, cipher: Cipher, spec: AccountSpec, now: Date) {
  const passwordHash =
    spec.password && spec.password !== DEMO_PASSWORD ? await hashPassword(spec.password) : await demoHash();
  const [row] = await db
    .insert(accounts)
    .values({
      kind: spec.kind ?? 'staff',
      username: spec.username,
      displayName: spec.displayName ?? spec.username,
      unitId: spec.unitId ?? null,
      personId: spec.personId ?? null,
      passwordHash,
      passwordChangedAt: spec.passwordChangedAt ?? now,
      mustChangePassword: spec.mustChangePassword ?? false,
      totpSecretEnc: spec.totpSecret ? cipher.encrypt(spec.totpSecret) : null,
      totpEnabled: Boolean(spec.totpSecret),
      idNumberEnc: spec.idNumber ? cipher.encrypt(spec.idNumber) : null,
      idNumberMask: spec.idNumber ? maskIdNumber(spec.idNumber) : null,
      idNumberHash: spec.idNumber ? sm3(`id:${spec.idNumber}`) : null,
      creditCode: spec.creditCode ?? null,
      phoneEnc: spec.phone ? cipher.encrypt(spec.phone) : null,
      phoneMask: spec.phone ? maskPhone(spec.phone) : null,
      email: spec.email ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (spec.roleCodes?.length) {
    const found = await db
      .select({ id: roles.id, code: roles.code })
      .from(roles)
      .where(inArray(roles.code, spec.roleCodes));
    const missing = spec.roleCodes.filter((c) => !found.some((f) => f.code === c));
    if (missing.length) throw new Error(`unknown roles: ${missing.join(', ')}`);
    await db
      .insert(accountRoles)
      .values(found.map((r) => ({ accountId: row.id, roleId: r.id, grantedAt: now })));
  }
  return row;
}

export interface RoleSpec {
  code: string;
  name: string;
  description?: string;
  permissions: string[];
  dataScope: DataScope;
}

/** Creates a business role, or updates its permissions if it exists. */
export async function upsertRole(db: Db, spec: RoleSpec, now: Date) {
  const [existing] = await db.select().from(roles).where(eq(roles.code, spec.code));
  if (existing) {
    const [row] = await db
      .update(roles)
      .set({ name: spec.name, permissions: spec.permissions, dataScope: spec.dataScope, updatedAt: now })
      .where(eq(roles.id, existing.id))
      .returning();
    return row;
  }
  const [row] = await db
    .insert(roles)
    .values({ ...spec, description: spec.description ?? '', createdAt: now, updatedAt: now })
    .returning();
  return row;
}
