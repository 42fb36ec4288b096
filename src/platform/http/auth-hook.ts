// Who is asking: resolves the session cookie to an Actor on every request, enforces the
// password-change and TOTP stages, and checks the CSRF token on every cookie-authenticated write.
import { timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { accounts } from '../access/access.table.ts';
import { type AccountRow, loadActor } from '../access/actor.ts';
import { mustChange } from '../auth/auth.service.ts';
import { cachedSession, cacheSession } from '../auth/session-cache.ts';
import {
  checkSession,
  revokeSession,
  SESSION_COOKIE,
  type SessionRow,
  sessionTimeout,
  touchDue,
  touchSession,
} from '../auth/sessions.ts';
import { ANONYMOUS, type Ctx, type Deps } from '../context.ts';
import { sm3 } from '../crypto/sm.ts';
import type { Database } from '../db/client.ts';
import { AppError } from '../errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Requests the workbench makes on its own (not the person): they must not keep a session alive.
const BACKGROUND_POLLS = new Set(['/api/notifications/unread-count']);
// Routes a signed-in account may use before it has changed an expired password or finished
// enrolling its second factor.
const STAGE_EXEMPT = [
  '/api/me',
  '/api/auth/logout',
  '/api/auth/password',
  '/api/auth/totp/confirm',
  '/api/auth/totp/enrol',
  '/api/auth/login',
];

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function registerAuthHook(app: FastifyInstance, database: Database, deps: Deps): void {
  app.decorateRequest('actor', null as never);
  app.decorateRequest('authVia', 'none');
  app.decorateRequest('sessionCsrf', null);
  app.decorateRequest('ctx', function (this: FastifyRequest): Ctx {
    return {
      actor: this.actor ?? ANONYMOUS,
      db: database.db,
      database,
      requestId: String(this.id),
      ip: this.ip ?? null,
      userAgent: this.headers['user-agent'],
      origin: this.host ? `${this.protocol}://${this.host}` : undefined,
      now: deps.now(),
      deps,
    };
  });

  app.addHook('onRequest', async (request, reply) => {
    request.actor = ANONYMOUS;
    const path = request.url.split('?')[0];
    // Static assets and health checks need no session lookup.
    if (
      path.startsWith('/assets/') ||
      path.startsWith('/admin/assets/') ||
      path === '/healthz' ||
      path === '/readyz'
    )
      return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const ctx = request.ctx();
    const touch = !BACKGROUND_POLLS.has(path);
    // Within SESSION_CACHE_TTL_MS of the last read (see session-cache.ts), the cached session and
    // actor stand in for four queries; the timeouts are still judged now, against this request's clock.
    const id = token.length <= 100 ? sm3(token) : '';
    const hit = id ? cachedSession(id) : undefined;
    let session: SessionRow;
    let account: AccountRow;
    if (hit && !sessionTimeout(ctx, hit.session)) {
      ({ session, account } = hit);
      if (touch && touchDue(session, ctx.now)) {
        await touchSession(ctx, session.id);
        session.lastSeenAt = ctx.now;
      }
      request.actor = hit.actor;
    } else {
      const check = await checkSession(ctx, token, touch);
      if (!check.ok) {
        if (check.session && !check.session.revokedAt)
          await revokeSession(ctx, check.session.id, `timeout-${check.reason}`);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        if (path.startsWith('/api/') && check.reason !== 'missing' && !path.startsWith('/api/auth/login'))
          throw new AppError('SESSION_EXPIRED');
        return;
      }
      session = check.session;
      const [row] = await ctx.db.select().from(accounts).where(eq(accounts.id, session.accountId)).limit(1);
      if (row?.status !== 'active') return;
      account = row;
      request.actor = await loadActor(ctx.db, account, session.id);
      cacheSession({ session, account, actor: request.actor });
    }
    request.authVia = 'cookie';
    request.sessionCsrf = session.csrfToken;

    const isApi = path.startsWith('/api/');
    if (isApi && !STAGE_EXEMPT.includes(path)) {
      if (session.stage === 'mfa') throw new AppError('TOTP_REQUIRED', { message: '请先完成动态口令绑定' });
      if (mustChange(ctx, account)) throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
  });

  // CSRF: writes authenticated by the cookie must echo the session's token (header for the
  // API, hidden field `_csrf` for server-rendered forms). SameSite=Strict is the second layer.
  app.addHook('preValidation', async (request) => {
    // Default deny: an /api route is for signed-in accounts unless it says it is public.
    if (
      request.url.startsWith('/api/') &&
      !request.url.startsWith('/api/docs') &&
      !request.is404 &&
      !request.routeOptions.config?.public &&
      !request.actor.id
    )
      throw new AppError('UNAUTHENTICATED');
    // Multipart forms (uploads) carry `_csrf` as a form field that the multipart plugin reads in its
    // own, later preValidation hook: those are checked in preHandler, still before any handler runs.
    if (isMultipart(request)) return;
    checkCsrf(request);
  });
  app.addHook('preHandler', async (request) => {
    if (isMultipart(request)) checkCsrf(request);
  });
}

function isMultipart(request: FastifyRequest): boolean {
  return String(request.headers['content-type'] ?? '').startsWith('multipart/form-data');
}

function checkCsrf(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method) || request.authVia !== 'cookie' || !request.sessionCsrf) return;
  // Signing in replaces the session anyway (and SameSite=Strict stops cross-site posts).
  if (request.url.startsWith('/api/auth/login')) return;
  const header = request.headers['x-csrf-token'];
  const field = (request.body as Record<string, unknown> | undefined)?._csrf;
  const sent = typeof header === 'string' ? header : typeof field === 'string' ? field : '';
  if (!sent || !safeEqual(sent, request.sessionCsrf)) throw new AppError('CSRF_INVALID');
}
