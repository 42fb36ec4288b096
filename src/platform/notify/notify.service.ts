// notify(): one call puts a message in each recipient's inbox (站内消息) and queues its email/SMS,
// all in the caller's transaction, so a change that rolls back tells nobody. The inbox use cases
// let each signed-in account read and mark its own messages, and only its own.
import type { SQL } from 'drizzle-orm';
import { requirePermission } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type Ctx, inTransaction } from '../context.ts';
import { AppError, notFound, validationError } from '../errors.ts';
import { queueDeliveries } from './delivery.service.ts';
import {
  countUnreadOf,
  findNotificationOf,
  findRecipients,
  type InboxMessage,
  insertInboxes,
  insertNotifications,
  listNotificationsOf,
  type NotificationRow,
  notificationsForEach,
  setAllReadOf,
  setNotificationRead,
} from './notify.repository.ts';

export interface NotifyInput {
  /** Accounts to tell (inactive ones are skipped). */
  accountIds?: string[];
  /** Every active staff account of this unit. */
  unitId?: string | null;
  title: string;
  body: string;
  /** A path in the workbench (/admin/...) or a full address. */
  link?: string | null;
  /** What kind of message, for filtering and icons: 'deadline', 'supervision', 'review'... */
  category: string;
  email?: boolean;
  sms?: boolean;
}

export interface NotifyResult {
  /** The accounts that got the message. */
  accountIds: string[];
  emails: number;
  sms: number;
}

/** The message checked (title, category), addressed, and stamped with when it was sent. */
function inboxMessage(input: Omit<NotifyInput, 'email' | 'sms'>, at: Date): InboxMessage {
  const title = input.title.trim();
  if (!title) throw validationError('title', '消息标题不能为空');
  if (title.length > 200) throw validationError('title', '消息标题不能超过 200 字');
  if (!input.category.trim()) throw validationError('category', '消息类别不能为空');
  return {
    accountIds: [...new Set(input.accountIds ?? [])],
    unitId: input.unitId ?? null,
    category: input.category,
    title,
    body: input.body,
    link: input.link ?? null,
    createdAt: at,
  };
}

export async function notify(ctx: Ctx, input: NotifyInput): Promise<NotifyResult> {
  const message = inboxMessage(input, ctx.now);
  const { title } = message;
  return inTransaction(ctx, async (tx) => {
    if (!input.email && !input.sms) {
      // Inbox only (most messages): who and what in one statement.
      const accountIds = await insertInboxes(tx.db, [{ ...message, createdAt: tx.now }]);
      return { accountIds, emails: 0, sms: 0 };
    }
    const recipients = await findRecipients(tx.db, {
      accountIds: [...new Set(input.accountIds ?? [])],
      unitId: input.unitId ?? null,
    });
    if (!recipients.length) return { accountIds: [], emails: 0, sms: 0 };
    await insertNotifications(
      tx.db,
      recipients.map((r) => ({
        accountId: r.id,
        category: input.category,
        title,
        body: input.body,
        link: input.link ?? null,
        createdAt: tx.now,
      })),
    );
    const queued = await queueDeliveries(tx, recipients, {
      title,
      body: input.body,
      link: input.link ?? null,
      email: input.email ?? false,
      sms: input.sms ?? false,
    });
    return { accountIds: recipients.map((r) => r.id), ...queued };
  });
}

type InboxInput = Omit<NotifyInput, 'email' | 'sms'> & { at: Date };

/**
 * Inbox messages (no e-mail, no SMS) from several ctxs of one transaction — the members of a group
 * commit — in one statement. The same recipients as notify: the accounts named and the active staff
 * of the unit. Returns how many inbox rows were made.
 */
export async function notifyInboxes(tx: Ctx, inputs: InboxInput[]): Promise<number> {
  const messages = inputs.map((input) => inboxMessage(input, input.at));
  return inTransaction(tx, async (t) => (await insertInboxes(t.db, messages)).length);
}

/** notifyInboxes as a statement for the caller to run inside its own (null when there are none). */
export function inboxesInsert(inputs: InboxInput[]): SQL | null {
  return inputs.length ? notificationsForEach(inputs.map((input) => inboxMessage(input, input.at))) : null;
}

export interface InboxQuery {
  unread?: boolean;
  page: number;
  pageSize: number;
}

/** The signed-in account whose inbox this is. */
function inboxOwner(ctx: Ctx): string {
  if (!ctx.actor.id) throw new AppError('UNAUTHENTICATED');
  return ctx.actor.id;
}

export async function listMyNotifications(ctx: Ctx, q: InboxQuery) {
  requirePermission(ctx.actor, 'notify:self');
  const accountId = inboxOwner(ctx);
  return listNotificationsOf(ctx.db, accountId, q);
}

export async function countMyUnread(ctx: Ctx): Promise<number> {
  requirePermission(ctx.actor, 'notify:self');
  const accountId = inboxOwner(ctx);
  return countUnreadOf(ctx.db, accountId);
}

/** Marks one of the actor's messages read; someone else's message is "not found". */
export async function markNotificationRead(ctx: Ctx, input: { id: string }): Promise<NotificationRow> {
  requirePermission(ctx.actor, 'notify:self');
  const accountId = inboxOwner(ctx);
  return inTransaction(ctx, async (tx) => {
    const found = await findNotificationOf(tx.db, accountId, input.id);
    if (!found) throw notFound('NOTIFICATION_NOT_FOUND', '未找到该消息');
    if (found.readAt) return found;
    const row = await setNotificationRead(tx.db, found.id, tx.now);
    await recordAudit(tx, {
      action: 'notification.read',
      objectType: 'notification',
      objectId: found.id,
    });
    return row;
  });
}

export async function markAllNotificationsRead(ctx: Ctx): Promise<{ updated: number }> {
  requirePermission(ctx.actor, 'notify:self');
  const accountId = inboxOwner(ctx);
  return inTransaction(ctx, async (tx) => {
    const updated = await setAllReadOf(tx.db, accountId, tx.now);
    if (updated)
      await recordAudit(tx, {
        action: 'notification.read-all',
        objectType: 'notification',
        detail: { updated },
      });
    return { updated };
  });
}
