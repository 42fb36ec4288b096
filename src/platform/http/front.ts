// The HTTP front (前置处理): the node:http server under Fastify (its serverFactory), which sees every
// request before Fastify builds anything for it. In order:
//   1. responders — answers from memory at the cost of a bare node:http response (the site's cached
//      pages): a responder that returns true has sent the response;
//   2. overload shedding (过载保护) — while OVERLOAD_MAX_REQUESTS requests are already being handled,
//      or the event loop lags by more than OVERLOAD_MAX_LAG_MS, a new request gets 503 with
//      Retry-After at once, instead of joining a queue whose wait grows without bound (and whose
//      request bodies and renders would hold memory). /healthz and /readyz are never shed, so a
//      load balancer sees a busy instance as alive and ready;
//   3. Fastify, for everything else.
// test/quality/overload.quality.ts holds 500 connections against it.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { FastifyServerFactory } from 'fastify';
import { PLATFORM_ERRORS } from '../errors.ts';
import { requestIdOf } from './request-id.ts';

export type Responder = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface OverloadLimits {
  /** Requests handled at once (past the responders); beyond them a request is shed. */
  maxRequests: number;
  /** Event-loop lag (ms) beyond which requests are shed until it recovers. */
  maxLagMs: number;
  /** Seconds a shed client is told to wait (Retry-After). */
  retryAfterSeconds: number;
}

export interface FrontOptions {
  overload: OverloadLimits;
  /** Paths never shed. */
  exempt?: string[];
}

export interface FrontStats {
  inFlight: number;
  shed: number;
  lagMs: number;
}

const LAG_SAMPLE_MS = 100;

export interface HttpFront {
  serverFactory: FastifyServerFactory;
  /** Adds a responder, tried before shedding and Fastify (after the ones added before it). */
  respond(responder: Responder): void;
  /** Headers every response of the front's own carries (the security headers). */
  headers(headers: Record<string, string>): void;
  stats(): FrontStats;
}

export function createHttpFront(options: FrontOptions): HttpFront {
  const responders: Responder[] = [];
  const exempt = new Set(options.exempt ?? ['/healthz', '/readyz']);
  const limits = options.overload;
  let inFlight = 0;
  let shed = 0;
  let lagMs = 0;
  let timer: NodeJS.Timeout | null = null;

  // The event loop's lag: how late a timer due every LAG_SAMPLE_MS fires.
  const watchLag = () => {
    let expected = performance.now() + LAG_SAMPLE_MS;
    timer = setInterval(() => {
      const t = performance.now();
      lagMs = Math.max(0, t - expected);
      expected = t + LAG_SAMPLE_MS;
    }, LAG_SAMPLE_MS);
    timer.unref();
  };

  const retryAfter = String(limits.retryAfterSeconds);
  const problem = PLATFORM_ERRORS.OVERLOADED;
  const html = Buffer.from(
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${problem.message}</title></head><body><main><h1>${problem.message}</h1><p>当前访问人数较多，请约 ${limits.retryAfterSeconds} 秒后刷新本页。</p></main></body></html>`,
  );
  let shedHeaders: string[] = [];

  function refuse(req: IncomingMessage, res: ServerResponse, path: string): void {
    shed++;
    const id = requestIdOf(req.headers['x-request-id']);
    const api = path === '/api' || path.startsWith('/api/');
    const body = api
      ? Buffer.from(
          JSON.stringify({
            type: 'urn:linzheng:error:OVERLOADED',
            title: problem.message,
            status: 503,
            code: 'OVERLOADED',
            detail: `${problem.message}（约 ${limits.retryAfterSeconds} 秒后）`,
            instance: path,
            requestId: id,
          }),
        )
      : html;
    // A request body the client is still sending is not read: the connection ends after the answer.
    const unread = Boolean(req.headers['content-length'] || req.headers['transfer-encoding']);
    res.writeHead(503, [
      ...shedHeaders,
      ...(unread ? ['connection', 'close'] : []),
      'retry-after',
      retryAfter,
      'cache-control',
      'no-store',
      'content-type',
      api ? 'application/problem+json; charset=utf-8' : 'text/html; charset=utf-8',
      'content-length',
      String(body.length),
      'x-request-id',
      id,
    ]);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function front(
    req: IncomingMessage,
    res: ServerResponse,
    fastify: (req: IncomingMessage, res: ServerResponse) => void,
  ) {
    for (const r of responders) if (r(req, res)) return;
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    if (!exempt.has(path)) {
      if (inFlight >= limits.maxRequests || lagMs > limits.maxLagMs) return refuse(req, res, path);
      inFlight++;
      let done = false;
      res.once('close', () => {
        if (done) return;
        done = true;
        inFlight--;
      });
    }
    fastify(req, res);
  }

  const serverFactory: FastifyServerFactory = (handler, raw) => {
    const opts = raw as {
      http?: http.ServerOptions;
      keepAliveTimeout: number;
      requestTimeout: number;
      connectionTimeout: number;
      maxRequestsPerSocket: number;
    };
    const server = http.createServer(opts.http ?? {}, (req, res) => front(req, res, handler));
    // What Fastify sets on a server it creates itself.
    server.keepAliveTimeout = opts.keepAliveTimeout;
    server.requestTimeout = opts.requestTimeout;
    server.setTimeout(opts.connectionTimeout);
    if (opts.maxRequestsPerSocket > 0) server.maxRequestsPerSocket = opts.maxRequestsPerSocket;
    server.on('listening', () => {
      if (!timer) watchLag();
    });
    server.on('close', () => {
      if (timer) clearInterval(timer);
      timer = null;
    });
    return server;
  };

  return {
    serverFactory,
    respond: (responder) => {
      responders.push(responder);
    },
    headers: (headers) => {
      shedHeaders = Object.entries(headers).flat();
    },
    stats: () => ({ inFlight, shed, lagMs: Math.round(lagMs) }),
  };
}
