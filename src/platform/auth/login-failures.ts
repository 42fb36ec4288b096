// Counting failed sign-ins (登录失败计数) and the lockouts they lead to. Counted per user name, whether
// or not an account has it, so that "locked" tells an outsider nothing about which names exist: from
// one client address first (LOCKOUT_THRESHOLD consecutive failures pause that name from that address),
// from all addresses together only at a higher count (LOCKOUT_ACCOUNT_THRESHOLD), so someone guessing
// from afar cannot lock the owner out of their own office. Both locks last LOCKOUT_MINUTES.
import { and, eq, gt, inArray, or, sql } from 'drizzle-orm';
import { loginFailures } from '../access/access.table.ts';
import type { Ctx } from '../context.ts';
import type { Db } from '../db/client.ts';

/** The source row counting every address together. */
export const ALL_SOURCES = '*';

export interface Lock {
  /** The client address the name is locked from, or null when it is locked from everywhere. */
  source: string | null;
  until: Date;
}

const sourceOf = (ctx: Ctx) => (ctx.ip ?? '').slice(0, 64) || 'unknown';
const nameOf = (username: string) => username.slice(0, 64);

/** The lock that stops this name signing in from the caller's address now, if any (the later one). */
export async function lockFacing(ctx: Ctx, username: string): Promise<Lock | null> {
  const rows = await ctx.db
    .select({ source: loginFailures.source, until: loginFailures.lockedUntil })
    .from(loginFailures)
    .where(
      and(
        eq(loginFailures.username, nameOf(username)),
        inArray(loginFailures.source, [sourceOf(ctx), ALL_SOURCES]),
        gt(loginFailures.lockedUntil, ctx.now),
      ),
    );
  const latest = rows.sort((a, b) => b.until!.getTime() - a.until!.getTime())[0];
  return latest
    ? { source: latest.source === ALL_SOURCES ? null : latest.source, until: latest.until! }
    : null;
}

/**
 * Counts one failure of this name from the caller's address (in ctx's transaction) and locks what
 * reached its threshold; returns the locks it set. A lock that has run out starts the count again.
 */
export async function countFailure(ctx: Ctx, username: string): Promise<Lock[]> {
  const { LOCKOUT_THRESHOLD, LOCKOUT_ACCOUNT_THRESHOLD, LOCKOUT_MINUTES } = ctx.deps.config;
  const name = nameOf(username);
  const source = sourceOf(ctx);
  const now = ctx.now;
  const expired = sql`${loginFailures.lockedUntil} is not null and ${loginFailures.lockedUntil} <= ${now}`;
  const counted = await ctx.db
    .insert(loginFailures)
    .values([
      { username: name, source, failures: 1, lastFailureAt: now },
      { username: name, source: ALL_SOURCES, failures: 1, lastFailureAt: now },
    ])
    .onConflictDoUpdate({
      target: [loginFailures.username, loginFailures.source],
      set: {
        failures: sql`case when ${expired} then 1 else ${loginFailures.failures} + 1 end`,
        lockedUntil: sql`case when ${expired} then null else ${loginFailures.lockedUntil} end`,
        lastFailureAt: now,
      },
    })
    .returning({ source: loginFailures.source, failures: loginFailures.failures });
  const due = counted.filter(
    (r) => r.failures >= (r.source === ALL_SOURCES ? LOCKOUT_ACCOUNT_THRESHOLD : LOCKOUT_THRESHOLD),
  );
  if (!due.length) return [];
  const until = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
  await ctx.db
    .update(loginFailures)
    .set({ failures: 0, lockedUntil: until })
    .where(
      and(
        eq(loginFailures.username, name),
        inArray(
          loginFailures.source,
          due.map((r) => r.source),
        ),
      ),
    );
  return due.map((r) => ({ source: r.source === ALL_SOURCES ? null : r.source, until }));
}

/** A successful sign-in ends the count of its address and of all addresses. */
export async function clearFailures(ctx: Ctx, username: string): Promise<void> {
  await ctx.db
    .delete(loginFailures)
    .where(
      and(
        eq(loginFailures.username, nameOf(username)),
        or(eq(loginFailures.source, sourceOf(ctx)), eq(loginFailures.source, ALL_SOURCES)),
      ),
    );
}

/** Unlocking (the security admin, a password reset): every count and lock of the name goes. */
export async function clearAllFailures(db: Db, username: string): Promise<number> {
  const rows = await db
    .delete(loginFailures)
    .where(eq(loginFailures.username, nameOf(username)))
    .returning({ source: loginFailures.source });
  return rows.length;
}

/** The locks in force on these names now, by name. */
export async function locksOf(db: Db, usernames: string[], now: Date): Promise<Map<string, Lock[]>> {
  const out = new Map<string, Lock[]>();
  if (!usernames.length) return out;
  const rows = await db
    .select()
    .from(loginFailures)
    .where(and(inArray(loginFailures.username, usernames), gt(loginFailures.lockedUntil, now)));
  for (const r of rows) {
    const list = out.get(r.username) ?? [];
    list.push({ source: r.source === ALL_SOURCES ? null : r.source, until: r.lockedUntil! });
    out.set(r.username, list);
  }
  return out;
}
