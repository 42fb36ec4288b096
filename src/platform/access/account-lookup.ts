// Which accounts belong to whom: for modules that know people and units (org) and must address a
// message to their accounts without reading the accounts table themselves.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { accounts } from './access.table.ts';

/** The active staff accounts of these people (a person may have none, or more than one). */
export async function accountIdsOfPeople(db: Db, personIds: readonly string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(
      and(
        inArray(accounts.personId, [...personIds]),
        eq(accounts.status, 'active'),
        eq(accounts.kind, 'staff'),
      ),
    )
    .orderBy(asc(accounts.username));
  return rows.map((r) => r.id);
}

/** The active staff accounts of a unit. */
export async function staffAccountIdsOfUnit(db: Db, unitId: string): Promise<string[]> {
  const rows = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.unitId, unitId), eq(accounts.status, 'active'), eq(accounts.kind, 'staff')))
    .orderBy(asc(accounts.username));
  return rows.map((r) => r.id);
}

/** The person (org) an account is, or null (a citizen, an account not linked to anyone). */
export async function personIdOfAccount(db: Db, accountId: string | null): Promise<string | null> {
  if (!accountId) return null;
  const [row] = await db
    .select({ personId: accounts.personId })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row?.personId ?? null;
}

/** Display names of these accounts by id (ids of no account are left out). */
export async function displayNamesOf(
  db: Db,
  accountIds: ReadonlyArray<string | null>,
): Promise<Map<string, string>> {
  const wanted = [...new Set(accountIds.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: accounts.id, name: accounts.displayName })
    .from(accounts)
    .where(inArray(accounts.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}
