// The HTTP front under Fastify: responders answer first, and beyond the request limit (or while the
// event loop lags) a request gets 503 with Retry-After at once — in Chinese, as problem+json under
// /api — while /healthz and /readyz are still answered, and the server takes requests again as soon
// as the ones it holds are done.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpFront, type HttpFront } from './front.ts';

let app: FastifyInstance | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function serve(front: HttpFront) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => {
    release = r;
  });
  app = Fastify({ serverFactory: front.serverFactory });
  app.get('/slow', async () => {
    await gate;
    return 'done';
  });
  app.get('/api/slow', async () => {
    await gate;
    return { ok: true };
  });
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async () => ({ status: 'ok' }));
  app.get('/spin', async () => {
    const until = performance.now() + 400;
    while (performance.now() < until) {
      // the event loop is blocked, as by a long synchronous job
    }
    return 'spun';
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return { base: `http://127.0.0.1:${port}`, release };
}

const limits = { maxRequests: 2, maxLagMs: 150, retryAfterSeconds: 7 };

describe('the HTTP front', () => {
  it('sheds requests beyond the limit with 503 and Retry-After, keeps health checks, and recovers', async () => {
    const front = createHttpFront({ overload: limits });
    front.headers({ 'x-content-type-options': 'nosniff' });
    const { base, release } = await serve(front);
    const held = [fetch(`${base}/slow`), fetch(`${base}/api/slow`)];
    while (front.stats().inFlight < 2) await new Promise((r) => setTimeout(r, 5));

    const page = await fetch(`${base}/slow`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('7');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('服务器繁忙，请稍后再试');

    const api = await fetch(`${base}/api/slow?x=1`, { headers: { 'x-request-id': 'client-req-42' } });
    expect(api.status).toBe(503);
    expect(api.headers.get('x-request-id')).toBe('client-req-42');
    expect(await api.json()).toEqual({
      type: 'urn:linzheng:error:OVERLOADED',
      title: '服务器繁忙，请稍后再试',
      status: 503,
      code: 'OVERLOADED',
      detail: '服务器繁忙，请稍后再试（约 7 秒后）',
      instance: '/api/slow',
      requestId: 'client-req-42',
    });

    // Health checks are never shed.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect(front.stats()).toMatchObject({ inFlight: 2, shed: 2 });

    release();
    expect((await Promise.all(held)).map((r) => r.status)).toEqual([200, 200]);
    while (front.stats().inFlight > 0) await new Promise((r) => setTimeout(r, 5));
    const again = await fetch(`${base}/slow`);
    expect(again.status).toBe(200);
    expect(await again.text()).toBe('done');
  });

  it('sheds while the event loop lags, and takes requests again once it has caught up', async () => {
    const front = createHttpFront({ overload: { ...limits, maxRequests: 100 } });
    const { base, release } = await serve(front);
    release();
    // Let the lag sampler run once at rest.
    await new Promise((r) => setTimeout(r, 250));
    const spin = fetch(`${base}/spin`);
    // Sent while the loop is blocked: read after it, when the lag (about 400 ms) is known.
    await new Promise((r) => setTimeout(r, 100));
    const during = await fetch(`${base}/slow`);
    expect((await spin).status).toBe(200);
    expect(during.status).toBe(503);
    await new Promise((r) => setTimeout(r, 300));
    expect((await fetch(`${base}/slow`)).status).toBe(200);
  });

  it('lets a responder answer before anything else', async () => {
    const front = createHttpFront({ overload: { ...limits, maxRequests: 0 } });
    front.respond((req, res) => {
      if (req.url !== '/from-memory') return false;
      res.writeHead(200, ['content-type', 'text/plain; charset=utf-8']);
      res.end('来自内存');
      return true;
    });
    const { base } = await serve(front);
    const res = await fetch(`${base}/from-memory`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('来自内存');
    // With no room at all, everything else is shed.
    expect((await fetch(`${base}/slow`)).status).toBe(503);
  });
});
