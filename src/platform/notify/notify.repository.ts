// Every query of notify: recipients, the inbox, the delivery outbox, reminder keys, due clocks.
import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  lte,
  notInArray,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { accounts } from '../access/access.table.ts';
import { clocks } from '../calendar/calendar.table.ts';
import type { Db } from '../db/client.ts';
import { type DeliveryStatus, deliveries, notifications, reminderKeys } from './notify.table.ts';

export type NotificationRow = typeof notifications.$inferSelect;
export type DeliveryRow = typeof deliveries.$inferSelect;
export type NewDelivery = typeof deliveries.$inferInsert;

export interface Recipient {
  id: string;
  email: string | null;
  phoneEnc: string | null;
  phoneMask: string | null;
}

/** Active accounts among the ids given, plus every active staff account of the unit. */
function whoIs(input: { accountIds: string[]; unitId: string | null }): SQL | undefined {
  const who: SQL[] = [];
  if (input.accountIds.length) who.push(inArray(accounts.id, input.accountIds));
  if (input.unitId) who.push(and(eq(accounts.unitId, input.unitId), eq(accounts.kind, 'staff'))!);
  return who.length ? and(eq(accounts.status, 'active'), or(...who)) : undefined;
}

export async function findRecipients(
  db: Db,
  input: { accountIds: string[]; unitId: string | null },
): Promise<Recipient[]> {
  const where = whoIs(input);
  if (!where) return [];
  return db
    .select({
      id: accounts.id,
      email: accounts.email,
      phoneEnc: accounts.phoneEnc,
      phoneMask: accounts.phoneMask,
    })
    .from(accounts)
    .where(where)
    .orderBy(asc(accounts.username));
}

export interface InboxMessage {
  accountIds: string[];
  unitId: string | null;
  category: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
}

/**
 * Inbox messages, each to its own accounts and unit (the same rule as whoIs), as one statement (to
 * run, or to nest in a `with`) returning who got them, message by message, by username.
 */
export function notificationsForEach(messages: InboxMessage[]): SQL {
  const payload = JSON.stringify(
    messages.map((m, ord) => ({
      ord,
      unit_id: m.unitId,
      account_ids: m.accountIds,
      category: m.category,
      title: m.title,
      body: m.body,
      link: m.link,
      created_at: m.createdAt,
    })),
  );
  return sql`insert into notifications (id, account_id, category, title, body, link, created_at, read_at)
    select gen_random_uuid(), a.id, m.category, m.title, m.body, m.link, m.created_at, null
    from json_to_recordset(${payload}::json) as m(ord int, unit_id uuid, account_ids uuid[], category text,
      title text, body text, link text, created_at timestamptz)
    join accounts a on a.status = 'active'
      and (a.id = any(m.account_ids) or (a.unit_id = m.unit_id and a.kind = 'staff'))
    order by m.ord, a.username
    returning account_id`;
}

/** notificationsForEach, run: the accounts that got a message, in the order written. */
export async function insertInboxes(db: Db, messages: InboxMessage[]): Promise<string[]> {
  if (!messages.length) return [];
  const result = await db.execute(notificationsForEach(messages));
  return (result as unknown as { rows: Array<{ account_id: string }> }).rows.map((r) => r.account_id);
}

export async function insertNotifications(
  db: Db,
  rows: (typeof notifications.$inferInsert)[],
): Promise<void> {
  if (rows.length) await db.insert(notifications).values(rows);
}

export async function listNotificationsOf(
  db: Db,
  accountId: string,
  q: { unread?: boolean; page: number; pageSize: number },
): Promise<{ total: number; unread: number; items: NotificationRow[] }> {
  const mine = eq(notifications.accountId, accountId);
  const cond =
    q.unread === undefined
      ? mine
      : and(mine, q.unread ? isNull(notifications.readAt) : isNotNull(notifications.readAt));
  const [{ total }] = await db.select({ total: count() }).from(notifications).where(cond);
  const items = await db
    .select()
    .from(notifications)
    .where(cond)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { total, unread: await countUnreadOf(db, accountId), items };
}

export async function countUnreadOf(db: Db, accountId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.accountId, accountId), isNull(notifications.readAt)));
  return n;
}

export async function findNotificationOf(
  db: Db,
  accountId: string,
  id: string,
): Promise<NotificationRow | undefined> {
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.accountId, accountId)));
  return row;
}

export async function setNotificationRead(db: Db, id: string, at: Date): Promise<NotificationRow> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: at })
    .where(eq(notifications.id, id))
    .returning();
  return row;
}

export async function setAllReadOf(db: Db, accountId: string, at: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.accountId, accountId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

// ---- the outbox (发送队列) ----

export async function insertDeliveries(db: Db, rows: NewDelivery[]): Promise<void> {
  if (rows.length) await db.insert(deliveries).values(rows);
}

/** Wakes the dispatchers listening on the channel; PostgreSQL delivers it only on commit. */
export async function signalChannel(db: Db, channel: string): Promise<void> {
  await db.execute(sql`select pg_notify(${channel}, '')`);
}

/**
 * Claims up to `limit` pending rows that are due: counts the attempt and leases the row until
 * `leaseUntil`, so a dispatcher that dies mid-send leaves it for a retry, never for two senders.
 */
export async function claimDueDeliveries(
  db: Db,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<DeliveryRow[]> {
  const due = db
    .select({ id: deliveries.id })
    .from(deliveries)
    .where(
      and(
        eq(deliveries.status, 'pending'),
        or(isNull(deliveries.nextAttemptAt), lte(deliveries.nextAttemptAt, now)),
      ),
    )
    .orderBy(asc(deliveries.createdAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  const rows = await db
    .update(deliveries)
    .set({ attempts: sql`${deliveries.attempts} + 1`, nextAttemptAt: leaseUntil })
    .where(inArray(deliveries.id, due))
    .returning();
  return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

export async function finishDelivery(
  db: Db,
  id: string,
  change: { status: DeliveryStatus; error: string | null; sentAt?: Date | null; nextAttemptAt?: Date | null },
): Promise<void> {
  await db.update(deliveries).set(change).where(eq(deliveries.id, id));
}

export async function findPhoneEnc(db: Db, accountId: string): Promise<string | null> {
  const [row] = await db
    .select({ phoneEnc: accounts.phoneEnc })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row?.phoneEnc ?? null;
}

// ---- reminders (提醒) ----

/** Takes the key for this transaction; false when a reminder with this key was already sent. */
export async function claimReminderKey(db: Db, key: string, at: Date): Promise<boolean> {
  const rows = await db
    .insert(reminderKeys)
    .values({ key, sentAt: at })
    .onConflictDoNothing({ target: reminderKeys.key })
    .returning({ key: reminderKeys.key });
  return rows.length === 1;
}

export async function findSentReminderKeys(db: Db, keys: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .select({ key: reminderKeys.key })
      .from(reminderKeys)
      .where(inArray(reminderKeys.key, keys.slice(i, i + 500)));
    for (const r of rows) found.add(r.key);
  }
  return found;
}

const dueClockColumns = {
  id: clocks.id,
  kind: clocks.kind,
  label: clocks.label,
  subjectType: clocks.subjectType,
  subjectId: clocks.subjectId,
  dueAt: clocks.dueAt,
  limitUnit: clocks.limitUnit,
  dueProvisional: clocks.dueProvisional,
  responsibleAccountId: clocks.responsibleAccountId,
  responsibleUnitId: clocks.responsibleUnitId,
};

/**
 * Running clocks with a due date on or before `by` (both those due soon and those overdue), except
 * those of the kinds given (their escalation ladders remind instead).
 */
export async function findRunningClocksDueBy(db: Db, by: Date, exceptKinds: readonly string[] = []) {
  return db
    .select(dueClockColumns)
    .from(clocks)
    .where(
      and(
        eq(clocks.status, 'running'),
        isNotNull(clocks.dueAt),
        lte(clocks.dueAt, by),
        exceptKinds.length ? or(isNull(clocks.kind), notInArray(clocks.kind, [...exceptKinds])) : undefined,
      ),
    )
    .orderBy(asc(clocks.dueAt));
}

export type DueClockRow = Awaited<ReturnType<typeof findRunningClocksDueBy>>[number];

/** Running clocks of one kind due on or before `by`, earliest first. */
export async function findRunningClocksOfKindDueBy(db: Db, kind: string, by: Date): Promise<DueClockRow[]> {
  return db
    .select(dueClockColumns)
    .from(clocks)
    .where(
      and(
        eq(clocks.kind, kind),
        eq(clocks.status, 'running'),
        isNotNull(clocks.dueAt),
        lte(clocks.dueAt, by),
      ),
    )
    .orderBy(asc(clocks.dueAt));
}
