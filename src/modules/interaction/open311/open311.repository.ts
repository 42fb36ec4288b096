// The Open311 interface's SQL: its clients, and the letters a client filed.
import { and, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { OPEN_STATUSES } from '../channels.ts';
import { type ChannelCode, letters, open311Clients } from '../interaction.table.ts';

export type Open311ClientRow = typeof open311Clients.$inferSelect;
type NewOpen311ClientRow = typeof open311Clients.$inferInsert;

export async function listOpen311ClientRows(db: Db): Promise<Open311ClientRow[]> {
  return db.select().from(open311Clients).orderBy(desc(open311Clients.createdAt));
}

export async function insertOpen311Client(db: Db, row: NewOpen311ClientRow): Promise<Open311ClientRow> {
  const [created] = await db.insert(open311Clients).values(row).returning();
  return created;
}

export async function findOpen311ClientForUpdate(db: Db, id: string): Promise<Open311ClientRow | undefined> {
  const [row] = await db.select().from(open311Clients).where(eq(open311Clients.id, id)).for('update');
  return row;
}

export async function updateOpen311Client(
  db: Db,
  id: string,
  patch: Partial<NewOpen311ClientRow>,
): Promise<Open311ClientRow> {
  const [row] = await db.update(open311Clients).set(patch).where(eq(open311Clients.id, id)).returning();
  return row;
}

export async function findOpen311ClientByKeyHash(
  db: Db,
  keyHash: string,
): Promise<Open311ClientRow | undefined> {
  const [row] = await db.select().from(open311Clients).where(eq(open311Clients.keyHash, keyHash));
  return row;
}

export async function touchOpen311Client(db: Db, id: string, at: Date): Promise<void> {
  await db.update(open311Clients).set({ lastUsedAt: at }).where(eq(open311Clients.id, id));
}

export type Open311LetterRow = typeof letters.$inferSelect;

export interface RequestFilter {
  clientId: string;
  ids?: string[];
  channels?: ChannelCode[];
  from: Date;
  to: Date;
  status?: Array<'open' | 'closed'>;
  limit: number;
}

/** A client's own letters, newest first (GET requests.json). */
export async function listClientLetters(db: Db, f: RequestFilter): Promise<Open311LetterRow[]> {
  const conds: SQL[] = [
    eq(letters.open311ClientId, f.clientId),
    gte(letters.submittedAt, f.from),
    lte(letters.submittedAt, f.to),
  ];
  if (f.ids?.length) conds.push(inArray(letters.id, f.ids));
  if (f.channels?.length) conds.push(inArray(letters.channel, f.channels));
  if (f.status?.length === 1)
    conds.push(
      f.status[0] === 'open'
        ? inArray(letters.status, [...OPEN_STATUSES])
        : inArray(letters.status, ['answered', 'rejected', 'forwarded', 'merged']),
    );
  return db
    .select()
    .from(letters)
    .where(and(...conds))
    .orderBy(desc(letters.submittedAt))
    .limit(f.limit);
}

export async function findClientLetter(
  db: Db,
  clientId: string,
  id: string,
): Promise<Open311LetterRow | undefined> {
  const [row] = await db
    .select()
    .from(letters)
    .where(and(eq(letters.open311ClientId, clientId), eq(letters.id, id)));
  return row;
}

export async function findClientLetterByToken(
  db: Db,
  clientId: string,
  token: string,
): Promise<Open311LetterRow | undefined> {
  const [row] = await db
    .select()
    .from(letters)
    .where(and(eq(letters.open311ClientId, clientId), eq(letters.open311Token, token)));
  return row;
}
