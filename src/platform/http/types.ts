import type { Actor, Ctx } from '../context.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Open to anonymous visitors. Every other /api route requires a signed-in account (default deny). */
    public?: boolean;
  }

  interface FastifyRequest {
    actor: Actor;
    /** How the actor was authenticated: a session cookie (needs CSRF on writes) or none. */
    authVia: 'cookie' | 'none';
    sessionCsrf: string | null;
    /** A fresh Ctx for this request (its own `now`). */
    ctx(): Ctx;
  }
}
