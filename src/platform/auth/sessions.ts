// Sessions live in the database: they survive restarts, are shared by every instance and can be
// revoked. The cookie holds a random token; the table holds only its SM3 hash.
import { and, eq, isNull, ne } from 'drizzle-orm';
import { type AccountKind, sessions } from '../access/access.table.ts';
import type { Ctx } from '../context.ts';
import { randomToken, sm3 } from '../crypto/sm.ts';
import { forgetSessions } from './session-cache.ts';

export const SESSION_COOKIE = 'lz_sid';
// Writing last_seen on every request would make every read a write; a minute is precise enough
// for a 15- or 30-minute idle timeout.
const TOUCH_AFTER_MS = 60_000;

export interface SessionRow {
  id: string;
  accountId: string;
  csrfToken: string;
  stage: 'mfa' | 'active';
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  idleMinutes: number;
}

/** How long a session of this kind of account may sit idle: public accounts less than staff. */
export function idleMinutesFor(ctx: Ctx, kind: AccountKind): number {
  const c = ctx.deps.config;
  return kind === 'staff' ? c.SESSION_IDLE_MINUTES : c.PUBLIC_SESSION_IDLE_MINUTES;
}

export async function createSession(
  ctx: Ctx,
  account: { id: string; kind: AccountKind },
  stage: 'mfa' | 'active',
): Promise<{ token: string; csrfToken: string; id: string }> {
  const accountId = account.id;
  const token = randomToken(32);
  const csrfToken = randomToken(24);
  const id = sm3(token);
  const { SESSION_ABSOLUTE_HOURS } = ctx.deps.config;
  await ctx.db.insert(sessions).values({
    id,
    accountId,
    csrfToken,
    stage,
    createdAt: ctx.now,
    lastSeenAt: ctx.now,
    expiresAt: new Date(ctx.now.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000),
    ip: ctx.ip,
    userAgent: ctx.userAgent?.slice(0, 300) ?? null,
    idleMinutes: idleMinutesFor(ctx, account.kind),
  });
  return { token, csrfToken, id };
}

export type SessionCheck =
  | { ok: true; session: SessionRow }
  | { ok: false; reason: 'missing' | 'revoked' | 'expired' | 'idle'; session?: SessionRow };

/**
 * Finds the session for a cookie token and applies the idle and absolute timeouts. `touch: false`
 * for background polls (the unread-count bell), which must not keep an idle session alive.
 */
export async function checkSession(ctx: Ctx, token: string, touch = true): Promise<SessionCheck> {
  if (!token || token.length > 100) return { ok: false, reason: 'missing' };
  const id = sm3(token);
  const [row] = await ctx.db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
  if (!row) return { ok: false, reason: 'missing' };
  const session = row as SessionRow;
  const timeout = sessionTimeout(ctx, session);
  if (timeout) return { ok: false, reason: timeout, session };
  if (touch && touchDue(session, ctx.now)) {
    await touchSession(ctx, id);
    session.lastSeenAt = ctx.now;
  }
  return { ok: true, session };
}

/** Records activity on a session (the idle timeout restarts from now). */
export async function touchSession(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.update(sessions).set({ lastSeenAt: ctx.now }).where(eq(sessions.id, id));
}

/** Whether a session checked TOUCH_AFTER_MS ago or more should record activity now. */
export function touchDue(session: SessionRow, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS;
}

/** The timeouts alone, on a session already read: null when it is still valid. */
export function sessionTimeout(ctx: Ctx, session: SessionRow): 'revoked' | 'expired' | 'idle' | null {
  if (session.revokedAt) return 'revoked';
  const now = ctx.now.getTime();
  if (now >= session.expiresAt.getTime()) return 'expired';
  if (now - session.lastSeenAt.getTime() > session.idleMinutes * 60_000) return 'idle';
  return null;
}

export async function revokeSession(ctx: Ctx, id: string, reason: string): Promise<void> {
  forgetSessions();
  await ctx.db
    .update(sessions)
    .set({ revokedAt: ctx.now, revokedReason: reason })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
}

export async function revokeAccountSessions(
  ctx: Ctx,
  accountId: string,
  reason: string,
  exceptId?: string,
): Promise<number> {
  forgetSessions();
  const rows = await ctx.db
    .update(sessions)
    .set({ revokedAt: ctx.now, revokedReason: reason })
    .where(
      and(
        eq(sessions.accountId, accountId),
        isNull(sessions.revokedAt),
        exceptId ? ne(sessions.id, exceptId) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}

export async function promoteSession(ctx: Ctx, id: string): Promise<void> {
  forgetSessions();
  await ctx.db.update(sessions).set({ stage: 'active', lastSeenAt: ctx.now }).where(eq(sessions.id, id));
}
