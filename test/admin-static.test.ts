// The workbench as the server serves it. Needs the built SPA (dist/web): `npm run build:web`.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../src/app.ts';
import { buildTestApp, type TestApp } from './app.ts';

const webRoot = path.join(ROOT, 'dist/web');
const built =
  fs.existsSync(path.join(webRoot, 'index.html')) &&
  fs.readdirSync(path.join(webRoot, 'assets')).some((f) => f.endsWith('.js.br'));

// Skipped only when the workbench has not been built in this checkout with `npm run build:web`
// (which also pre-compresses it): `npm test` on a fresh clone runs before any build.
describe.skipIf(!built)('workbench static files', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t?.close());

  it('serves the SPA for any /admin path', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/admin/accounts?page=2' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers a missing asset with 404, not the index page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/admin/assets/nope-123.js' });
    expect(res.statusCode).toBe(404);
  });

  it('sends hashed assets brotli-compressed and cached for a year', async () => {
    const js = fs
      .readdirSync(path.join(webRoot, 'assets'))
      .find((f) => f.endsWith('.js.br'))!
      .replace(/\.br$/, '');
    const res = await t.app.inject({
      method: 'GET',
      url: `/admin/assets/${js}`,
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toContain('immutable');
  });
});
