// All SQL of the applicants (申请人) the services core reads: their public accounts (found by id, by
// ID number or credit code at the counter), their drafts (草稿) of an application, and which actors
// are staff (counter statistics).
import { and, eq, inArray } from 'drizzle-orm';
import { accounts } from '../../platform/access/access.table.ts';
import type { Db } from '../../platform/db/client.ts';
import { serviceDrafts } from './services.table.ts';

export type DraftRow = typeof serviceDrafts.$inferSelect;

// ---- drafts (草稿) ----

export async function findDraftRow(
  db: Db,
  accountId: string,
  itemCode: string,
): Promise<DraftRow | undefined> {
  const [row] = await db
    .select()
    .from(serviceDrafts)
    .where(and(eq(serviceDrafts.accountId, accountId), eq(serviceDrafts.itemCode, itemCode)));
  return row;
}

export async function insertDraft(db: Db, row: typeof serviceDrafts.$inferInsert): Promise<void> {
  await db.insert(serviceDrafts).values(row);
}

export async function updateDraft(
  db: Db,
  id: string,
  set: Pick<DraftRow, 'values' | 'files' | 'updatedAt'>,
): Promise<void> {
  await db.update(serviceDrafts).set(set).where(eq(serviceDrafts.id, id));
}

export async function deleteDrafts(db: Db, ids: string[]): Promise<void> {
  if (ids.length) await db.delete(serviceDrafts).where(inArray(serviceDrafts.id, ids));
}

// ---- applicants (the public accounts cases are filed for) ----

const APPLICANT_COLUMNS = {
  id: accounts.id,
  kind: accounts.kind,
  displayName: accounts.displayName,
  idNumberEnc: accounts.idNumberEnc,
  creditCode: accounts.creditCode,
  phoneEnc: accounts.phoneEnc,
};

export type ApplicantAccountRow = Pick<
  typeof accounts.$inferSelect,
  'id' | 'kind' | 'displayName' | 'idNumberEnc' | 'creditCode' | 'phoneEnc'
>;

export async function findApplicantAccount(
  db: Db,
  accountId: string,
): Promise<ApplicantAccountRow | undefined> {
  const [a] = await db.select(APPLICANT_COLUMNS).from(accounts).where(eq(accounts.id, accountId));
  return a;
}

/** The applicant's account and their draft of the item (if any), in one query. */
export async function findApplicantAndDraft(
  db: Db,
  accountId: string,
  itemCode: string,
): Promise<{ account: ApplicantAccountRow | undefined; draft: DraftRow | null }> {
  const [r] = await db
    .select({ a: APPLICANT_COLUMNS, draft: serviceDrafts })
    .from(accounts)
    .leftJoin(
      serviceDrafts,
      and(eq(serviceDrafts.accountId, accounts.id), eq(serviceDrafts.itemCode, itemCode)),
    )
    .where(eq(accounts.id, accountId));
  return { account: r?.a, draft: r?.draft ?? null };
}

/** An account's display name (who accepted a case). */
export async function accountName(db: Db, id: string): Promise<string | undefined> {
  const [r] = await db.select({ name: accounts.displayName }).from(accounts).where(eq(accounts.id, id));
  return r?.name;
}

/** A public account by its ID number's hash (citizens) or its credit code (organisations). */
export async function findAccountByIdentity(
  db: Db,
  identity: { idNumberHash: string } | { creditCode: string },
): Promise<typeof accounts.$inferSelect | undefined> {
  const cond =
    'idNumberHash' in identity
      ? eq(accounts.idNumberHash, identity.idNumberHash)
      : eq(accounts.creditCode, identity.creditCode);
  const [row] = await db.select().from(accounts).where(cond);
  return row;
}

/** Which of these accounts are staff accounts. */
export async function staffAccountIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(inArray(accounts.id, ids), eq(accounts.kind, 'staff')));
  return new Set(rows.map((a) => a.id));
}
