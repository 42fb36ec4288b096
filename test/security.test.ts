// Generated from the route table: every /api route is public by declaration or refuses anonymous
// callers, so a new route without a policy fails here. Plus the headers an assessor checks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const sample = (url: string) =>
  url.replace(/:(\w+)/g, (_m, name: string) =>
    name === 'year' ? '2026' : '00000000-0000-4000-8000-000000000000',
  );

describe('authorization matrix', () => {
  it('every non-public /api route answers 401 to an anonymous caller', async () => {
    const guarded = t.app.routeTable.filter(
      (r) => r.url.startsWith('/api/') && !r.public && !r.url.startsWith('/api/docs'),
    );
    expect(guarded.length).toBeGreaterThan(10);
    const leaks: string[] = [];
    for (const r of guarded) {
      const res = await t.app.inject({
        method: r.method as 'GET',
        url: sample(r.url),
        payload: r.method === 'GET' ? undefined : {},
      });
      if (res.statusCode !== 401) leaks.push(`${r.method} ${r.url} → ${res.statusCode}`);
    }
    expect(leaks).toEqual([]);
  });

  it('the public /api routes are exactly the declared ones', () => {
    const open = t.app.routeTable
      .filter((r) => r.url.startsWith('/api/') && r.public)
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(open).toEqual(
      expect.arrayContaining(['POST /api/auth/login', 'POST /api/auth/register', 'GET /api/openapi.json']),
    );
    for (const route of open) expect(route).toMatch(/auth|openapi|calendar\/due|public|display\/stats/);
  });
});

describe('security headers', () => {
  it('sends CSP without unsafe-inline scripts, frame-ancestors, nosniff and HSTS', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toContain('max-age=31536000');
    expect(res.headers['x-request-id']).toBeTruthy();
  });
});

describe('operations endpoints', () => {
  it('healthz and readyz answer 200', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ok');
  });

  it('serves an OpenAPI 3 document listing the login route', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/auth/login'].post).toBeTruthy();
  });

  it('answers malformed JSON with 400 problem+json, never 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('answers an oversized body with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'a', password: 'x'.repeat(2_000_000) },
    });
    expect(res.statusCode).toBe(413);
  });
});
