// Append-only audit log with a keyed hash chain (HMAC-SM3, see audit-chain.ts). recordAudit is called
// inside the transaction of the change it describes, so the change and its record commit together or
// not at all.
import { and, desc, eq, gte, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import { accounts } from '../access/access.table.ts';
import { requirePermission } from '../access/policy.ts';
import { type Ctx, inTransaction } from '../context.ts';
import { containing, startingWith } from '../db/like.ts';
import { type AuditAction, auditActionName, isNamedAuditAction } from './actions.ts';
import { auditChainHead, auditLog } from './audit.table.ts';
import { type AuditRecordContent, auditKeyOf, GENESIS_HASH, macRecord } from './audit-chain.ts';
import { type VerifyResult, verifyChain } from './audit-verify.ts';
import { auditObjectTypeName, objectKey, resolveAuditObjects, type ShownObject } from './objects.ts';

export { type AuditRecordContent, GENESIS_HASH, hashRecord, macRecord } from './audit-chain.ts';
export { type VerifyResult, verifyChain } from './audit-verify.ts';

// One chain across every instance: the writer holds the chain head's row lock until its transaction
// commits. This advisory lock only guards the head's creation (see lockChainHead).
const AUDIT_CHAIN_LOCK = 7_201_002;

export interface AuditEntry {
  /** A named action (platform/audit/actions.ts, or the module's auditActions). */
  action: AuditAction;
  objectType?: string | null;
  objectId?: string | null;
  result?: 'success' | 'failure' | 'denied';
  detail?: Record<string, unknown> | null;
  /** Overrides the ctx actor (e.g. a failed login names the username tried). */
  actorName?: string;
  actorId?: string | null;
}

/** What recordAudit captured at the moment of the change, waiting for its place in the chain. */
type Pending = Omit<AuditRecordContent, 'seq'>;

// The records each open transaction has queued, keyed by its beforeCommit list.
const queued = new WeakMap<object, Pending[]>();
// The chain's head as a transaction already locked and read it (headLockSql), by the same key.
const lockedHeads = new WeakMap<object, { seq: number; hash: string }>();

/**
 * The chain's head, locked until the transaction ends, as a `with` part of the caller's last big
 * statement (columns seq, hash): the caller passes what it returned to adoptLockedHead, and the
 * transaction's records are then appended in one statement instead of two. Take it as the last lock
 * of the transaction — after it, the only writes should be the records themselves — since every
 * other writer of the audit log waits for it.
 */
export function headLockSql(): SQL {
  return sql`select seq, hash from audit_chain_head where id = 1 for update`;
}

/** Tells the audit log that tx holds the head's lock with these values (see headLockSql). */
export function adoptLockedHead(
  tx: Ctx,
  head: { seq: number | string; hash: string } | null | undefined,
): void {
  if (!head || !tx.beforeCommit) return;
  lockedHeads.set(tx.beforeCommit, { seq: Number(head.seq), hash: head.hash });
}

/**
 * Records an audit entry in the transaction of the change it describes. Inside inTransaction the
 * record is queued and written, with every other record of the transaction, just before commit:
 * the chain's lock is then held for one read and one insert, not for the rest of the transaction.
 */
export async function recordAudit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  const record: Pending = {
    at: ctx.now,
    actorId: entry.actorId !== undefined ? entry.actorId : ctx.actor.id,
    actorName: entry.actorName ?? ctx.actor.username,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    result: entry.result ?? 'success',
    ip: ctx.ip,
    requestId: ctx.requestId,
    detail: entry.detail ?? null,
  };
  const hooks = ctx.db !== ctx.database.db ? ctx.beforeCommit : undefined;
  if (!hooks) {
    // Outside inTransaction's bookkeeping (no transaction, or one opened by hand): write at once.
    await inTransaction(ctx, (tx) => appendToChain(tx, [record]));
    return;
  }
  let list = queued.get(hooks);
  if (!list) {
    const records: Pending[] = [];
    list = records;
    queued.set(hooks, records);
    hooks.push((tx) => appendToChain(tx, records, lockedHeads.get(hooks)));
  }
  list.push(record);
}

/**
 * The chain's end under its row lock (held to commit). The first append of a database without a head
 * row (new, or restored from a backup older than the head) starts it from the log's last record.
 */
async function lockChainHead(tx: Ctx): Promise<{ seq: number; hash: string }> {
  const lockHead = () =>
    tx.db
      .select({ seq: auditChainHead.seq, hash: auditChainHead.hash })
      .from(auditChainHead)
      .where(eq(auditChainHead.id, 1))
      .for('update');
  const [head] = await lockHead();
  if (head) return head;
  await tx.db.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx.db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  // Records already there (a backup from before the head) keep their hashes: the keyed part of the
  // chain begins after them.
  await tx.db
    .insert(auditChainHead)
    .values({ id: 1, seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH, keyedFrom: (last?.seq ?? 0) + 1 })
    .onConflictDoNothing();
  const [created] = await lockHead();
  return created;
}

/** The records chained after head, each keyed: the VALUES rows to insert, and the new head. */
function chainAfter(key: string, head: { seq: number; hash: string }, records: Pending[]) {
  let seq = head.seq;
  let prevHash = head.hash;
  const values: SQL[] = [];
  for (const r of records) {
    seq += 1;
    const hash = macRecord(key, prevHash, { ...r, seq });
    const detail = r.detail === null ? null : JSON.stringify(r.detail);
    values.push(
      sql`(${seq}::bigint, ${r.at.toISOString()}::timestamptz, ${r.actorId}::uuid, ${r.actorName}::text, ${r.action}::text, ${r.objectType}::text, ${r.objectId}::text, ${r.result}::text, ${r.ip}::text, ${r.requestId}::text, ${detail}::jsonb, ${prevHash}::text, ${hash}::text)`,
    );
    prevHash = hash;
  }
  return { values: sql.join(values, sql`, `), seq, hash: prevHash };
}

const AUDIT_COLUMNS = sql.raw(
  'seq, at, actor_id, actor_name, action, object_type, object_id, result, ip, request_id, detail, prev_hash, hash',
);

/**
 * Locks the chain's end and appends the records in order: the log and the head in one statement.
 * (An optimistic variant — chain after the head as last seen, move it only if unchanged — was
 * measured and dropped: with eight writers at once 97% of the attempts found the head moved.)
 */
async function appendToChain(
  tx: Ctx,
  records: Pending[],
  locked?: { seq: number; hash: string },
): Promise<void> {
  if (records.length === 0) return;
  const next = chainAfter(auditKeyOf(tx.deps.config), locked ?? (await lockChainHead(tx)), records);
  await tx.db.execute(sql`with appended as (
      insert into audit_log (${AUDIT_COLUMNS}) values ${next.values})
    update audit_chain_head set seq = ${next.seq}, hash = ${next.hash} where id = 1`);
}

/** For events outside any business transaction (login failures, denials): its own transaction. */
export async function recordAuditAlone(ctx: Ctx, entry: AuditEntry): Promise<void> {
  // Its own transaction, committed whatever becomes of the caller's (a denial stays recorded).
  await ctx.database.transaction((db) => recordAudit({ ...ctx, db, beforeCommit: undefined }, entry));
}

/** The audit admin's check of the whole chain (see audit-verify.ts); the check itself is audited. */
export async function verifyAuditChain(ctx: Ctx): Promise<VerifyResult> {
  requirePermission(ctx.actor, 'audit:verify');
  const result = await verifyChain(ctx);
  await recordAuditAlone(ctx, {
    action: 'audit.verify',
    objectType: 'audit_log',
    result: 'success',
    detail: { ok: result.ok, checked: result.checked, firstBroken: result.firstBroken?.seq ?? null },
  });
  return result;
}

export interface AuditQuery {
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  result?: 'success' | 'failure' | 'denied';
  page: number;
  pageSize: number;
}

/** The records' conditions: an action the registry names is matched exactly, any other text as a prefix. */
function auditWhere(q: Omit<AuditQuery, 'page' | 'pageSize'>): SQL | undefined {
  const where: SQL[] = [];
  if (q.from) where.push(gte(auditLog.at, new Date(`${q.from}T00:00:00+08:00`)));
  if (q.to) where.push(lte(auditLog.at, new Date(`${q.to}T23:59:59.999+08:00`)));
  if (q.actor) {
    // The operator by the name recorded (a username, one tried at a failed login) or the account's name.
    const like = containing(q.actor);
    where.push(
      or(
        ilike(auditLog.actorName, like),
        inArray(
          auditLog.actorId,
          sql`(select ${accounts.id} from ${accounts} where ${ilike(accounts.displayName, like)})`,
        ),
      )!,
    );
  }
  if (q.action)
    where.push(
      isNamedAuditAction(q.action)
        ? eq(auditLog.action, q.action)
        : ilike(auditLog.action, startingWith(q.action)),
    );
  if (q.objectType) where.push(eq(auditLog.objectType, q.objectType));
  if (q.objectId) where.push(eq(auditLog.objectId, q.objectId));
  if (q.result) where.push(eq(auditLog.result, q.result));
  return where.length ? and(...where) : undefined;
}

type AuditRow = typeof auditLog.$inferSelect;

/** Who did it, as the viewer reads it: the account's name and unit (组织机构), or what was recorded. */
export interface ShownOperator {
  name: string;
  /** The account's username, when it differs from the name shown. */
  username: string | null;
  unit: string | null;
}

export interface DescribedRecord extends AuditRow {
  actionName: string;
  operator: ShownOperator;
  object: ShownObject | null;
}

const NAMELESS_ACTORS: Record<string, string> = { system: '系统', anonymous: '访客' };

/**
 * A page of records with their names: the operators (one query for the accounts, one for their
 * units through the 'unit' object type) and the objects (one query per object type).
 */
export async function describeAuditRecords(ctx: Ctx, rows: readonly AuditRow[]): Promise<DescribedRecord[]> {
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const people = actorIds.length
    ? await ctx.db
        .select({
          id: accounts.id,
          username: accounts.username,
          displayName: accounts.displayName,
          unitId: accounts.unitId,
        })
        .from(accounts)
        .where(inArray(accounts.id, actorIds))
    : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const units = await resolveAuditObjects(
    ctx,
    people.map((p) => ({ objectType: 'unit', objectId: p.unitId })),
  );
  const objects = await resolveAuditObjects(ctx, rows);
  return rows.map((r) => {
    const account = r.actorId ? byId.get(r.actorId) : undefined;
    const operator: ShownOperator = account
      ? {
          name: account.displayName,
          username: account.username !== account.displayName ? account.username : null,
          unit: account.unitId ? (units.get(objectKey('unit', account.unitId))?.label ?? null) : null,
        }
      : {
          name: (r.actorId ? null : NAMELESS_ACTORS[r.actorName ?? 'anonymous']) ?? r.actorName ?? '访客',
          username: null,
          unit: null,
        };
    return {
      ...r,
      actionName: auditActionName(r.action),
      operator,
      object: !r.objectType
        ? null
        : r.objectId
          ? (objects.get(objectKey(r.objectType, r.objectId)) ?? null)
          : { typeName: auditObjectTypeName(r.objectType), label: null, link: null },
    };
  });
}

export async function listAudit(ctx: Ctx, q: AuditQuery) {
  requirePermission(ctx.actor, 'audit:read');
  const cond = auditWhere(q);
  const [{ total }] = await ctx.db.select({ total: sql<number>`count(*)::int` }).from(auditLog).where(cond);
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(cond)
    .orderBy(desc(auditLog.seq))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { total, items: await describeAuditRecords(ctx, rows) };
}

/** The newest `limit` records matching the filter, with the count of all that match. */
export async function auditRecordsFor(ctx: Ctx, q: Omit<AuditQuery, 'page' | 'pageSize'>, limit: number) {
  const cond = auditWhere(q);
  const [{ total }] = await ctx.db.select({ total: sql<number>`count(*)::int` }).from(auditLog).where(cond);
  const rows = await ctx.db.select().from(auditLog).where(cond).orderBy(desc(auditLog.seq)).limit(limit);
  return { total, items: await describeAuditRecords(ctx, rows) };
}
