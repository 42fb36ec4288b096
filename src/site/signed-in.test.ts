// The signed-in state on the public site: the header names the visitor and offers their pages and
// 退出 on every page; the page cache never hands one visitor's header to another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../test/app.ts';
import { createAccount } from '../platform/access/access.factories.ts';
import { seedCalendarFromPackage } from '../platform/calendar/index.ts';

let t: TestApp;
let citizen: Client;

beforeAll(async () => {
  t = await buildTestApp({
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
      await createAccount(
        ctx.db,
        ctx.deps.cipher,
        { username: 'wangwu', displayName: '王五', kind: 'citizen' },
        ctx.now,
      );
      await createAccount(ctx.db, ctx.deps.cipher, { username: 'editor1', displayName: '编辑甲' }, ctx.now);
    },
  });
  citizen = await t.signIn('wangwu');
});
afterAll(() => t.close());

const anonymous = (url: string, cookie?: string) =>
  t.app.inject({ method: 'GET', url, headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });
const header = (body: string) => body.slice(body.indexOf('<header'), body.indexOf('</header>'));

describe('the header when signed out and signed in', () => {
  it('offers 登录 and 注册, returning to the page, when nobody is signed in', async () => {
    const res = await anonymous('/help');
    const top = header(res.body);
    expect(top).toContain('<a href="/account/login?next=%2Fhelp">登录</a>');
    expect(top).toContain('<a href="/account/register?next=%2Fhelp">注册</a>');
    expect(top).not.toContain('退出');
  });

  it("shows the citizen's name, 我的办件, 我的信件 and a 退出 form with the session's CSRF token", async () => {
    const res = await citizen.get('/help');
    const top = header(res.body);
    expect(top).toContain('王五');
    expect(top).toContain('<a href="/account/cases">我的办件</a>');
    expect(top).toContain('<a href="/letters/mine">我的信件</a>');
    // In the order the modules give: 我的办件 (services) before 我的信件 (interaction).
    expect(top.indexOf('我的办件')).toBeLessThan(top.indexOf('我的信件'));
    expect(top).toContain('<form class="logout-form" action="/account/logout" method="post">');
    expect(top).toContain(`<input type="hidden" name="_csrf" value="${citizen.csrfToken}"/>`);
    expect(top).not.toContain('>登录<');
    expect(res.headers['cache-control']).toBe('private, no-cache');
  });

  it('gives staff the workbench instead of the citizen pages', async () => {
    const staff = await t.signIn('editor1');
    const top = header((await staff.get('/about')).body);
    expect(top).toContain('编辑甲');
    expect(top).toContain('<a href="/admin/">工作台</a>');
    expect(top).not.toContain('我的办件');
  });

  it('signs out from any page with the form, and the session is gone', async () => {
    const other = await t.signIn('wangwu');
    const res = await t.app.inject({
      method: 'POST',
      url: '/account/logout',
      headers: { cookie: other.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(other.csrfToken)}`,
    });
    expect(res.statusCode).toBe(303);
    const after = await other.get('/help');
    expect(header(after.body)).toContain('>登录</a>');
    expect(header(after.body)).not.toContain('王五');
  });

  it('refuses a 退出 without the CSRF token, and the visitor stays signed in', async () => {
    const other = await t.signIn('wangwu');
    const res = await t.app.inject({
      method: 'POST',
      url: '/account/logout',
      headers: { cookie: other.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    expect(res.statusCode).toBe(403);
    expect(header((await other.get('/help')).body)).toContain('王五');
  });
});

describe('the page cache and signed-in visitors', () => {
  it('never serves a cached anonymous page to a signed-in visitor, nor their page to anyone else', async () => {
    // An anonymous visitor fills the cache; the next one gets it from memory.
    const first = await anonymous('/');
    expect(first.statusCode).toBe(200);
    const second = await anonymous('/');
    expect(second.headers['x-page-cache']).toBe('hit');
    expect(second.headers['cache-control']).toBe('public, no-cache');

    // The citizen gets a page of their own, with their name, not the cached copy.
    const own = await citizen.get('/');
    expect(own.headers['x-page-cache']).toBe('miss');
    expect(own.headers['cache-control']).toBe('private, no-cache');
    expect(header(own.body)).toContain('王五');
    expect(header(own.body)).toContain('退出');

    // Anonymous visitors after them still get the anonymous page: no name, no logout token.
    for (const cookie of [undefined, 'lz_aid=1', 'lz_sid=not-a-session']) {
      const next = await anonymous('/', cookie);
      expect(next.statusCode).toBe(200);
      expect(next.body).not.toContain('王五');
      expect(next.body).not.toContain(citizen.csrfToken);
      expect(header(next.body)).toContain('>登录</a>');
    }
    // And the citizen again gets their own page, never the anonymous one the cache holds.
    const again = await citizen.get('/');
    expect(header(again.body)).toContain('王五');
  });
});

describe('the HTTP front and signed-in visitors', () => {
  it('answers cached pages from memory to anonymous readers only, never to a request with a session', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const get = (cookie?: string) =>
      fetch(`http://127.0.0.1:${port}/`, {
        headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) },
      });
    await get(); // fills the cache
    const hit = await get();
    expect(hit.headers.get('x-page-cache')).toBe('hit');
    expect(header(await hit.text())).toContain('>登录</a>');

    // The citizen's browser sends the session cookie: the front lets Fastify render their own page.
    const own = await get(citizen.cookie);
    expect(own.headers.get('x-page-cache')).toBe('miss');
    expect(own.headers.get('cache-control')).toBe('private, no-cache');
    const top = header(await own.text());
    expect(top).toContain('王五');
    expect(top).toContain(citizen.csrfToken);

    // A stale session cookie is anonymous again: the cached page, by way of Fastify.
    const stale = await get('lz_sid=not-a-session');
    expect(stale.status).toBe(200);
    expect(header(await stale.text())).not.toContain('王五');
  });
});
