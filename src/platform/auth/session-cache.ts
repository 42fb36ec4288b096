// A short-lived, per-process cache of who a session cookie belongs to (会话缓存): the session row,
// its account and the Actor built from the account's roles. Without it every request reads the
// session, the account, its roles and its unit's path (four queries) before doing any work.
//
// Freshness, in words an operator can rely on:
// - An entry lives SESSION_CACHE_TTL_MS (3 s) of real time, then the next request reads the database
//   again. A revocation, a disabled account or a role change made by ANOTHER instance is therefore
//   seen here within 3 s.
// - In this process, every change that can end or alter a session empties the cache at once (logout,
//   revoke, sign-in that replaces a session, password change or reset, roles granted or withdrawn,
//   account disabled, MFA stage passed — all through sessions.ts —, and an account's or a role's
//   edit in access.service.ts), and nothing is cached again for QUIET_AFTER_CHANGE_MS, so a request
//   racing the change's transaction cannot cache the old state.
// - The other worker processes of this server (WORKERS > 1) forget at the same moment (a message
//   through the primary, cluster/siblings.ts); instances on other machines rely on the TTL.
// - Timeouts are still judged on every request against the request's clock: a cached session that
//   looks idle or expired is re-read from the database before anything is decided. Background polls
//   never touch last_seen_at, cached or not.
import type { AccountRow } from '../access/actor.ts';
import { onSiblings, tellSiblings } from '../cluster/siblings.ts';
import type { Actor } from '../context.ts';
import type { SessionRow } from './sessions.ts';

export const SESSION_CACHE_TTL_MS = 3_000;
const QUIET_AFTER_CHANGE_MS = 2_000;
const MAX_ENTRIES = 10_000;

export interface CachedSession {
  session: SessionRow;
  account: AccountRow;
  actor: Actor;
  loadedAt: number;
}

const entries = new Map<string, CachedSession>();
let quietUntil = 0;

/** The entry for a session id if it is younger than the TTL. */
export function cachedSession(id: string): CachedSession | undefined {
  const hit = entries.get(id);
  if (!hit) return undefined;
  if (performance.now() - hit.loadedAt > SESSION_CACHE_TTL_MS) {
    entries.delete(id);
    return undefined;
  }
  return hit;
}

export function cacheSession(entry: Omit<CachedSession, 'loadedAt'>): void {
  const now = performance.now();
  if (now < quietUntil) return;
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(entry.session.id, { ...entry, loadedAt: now });
}

function quiet(): void {
  entries.clear();
  quietUntil = performance.now() + QUIET_AFTER_CHANGE_MS;
}

/**
 * Forget every cached session (any session, account or role change in this process), here and in
 * the other worker processes of this server (WORKERS > 1), which are told through the primary.
 */
export function forgetSessions(): void {
  quiet();
  tellSiblings('sessions');
}

onSiblings('sessions', quiet);
