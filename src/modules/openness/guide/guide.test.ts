// The disclosure guide (政府信息公开指南) as the office writes it and the public reads it: every
// required part is demanded, each save is a new version with the earlier ones still readable, a
// save over someone else's newer version is refused, and the guide is linked from the footer and
// the openness home; the portal's 政务公开 columns lead to the openness pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import { seedDemoData } from '../../org/index.ts';
import { makeColumns } from '../../portal/index.ts';
import { DEMO_GUIDE } from '../openness.factories.ts';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-10T09:00:00+08:00',
    seed: async (ctx) => {
      await seedDemoData(ctx);
      await makeColumns(ctx, [
        {
          code: 'zwgk',
          name: '政务公开',
          unit: 'HNLY-BGS',
          children: [
            {
              code: 'zfxxgkzn',
              name: '政府信息公开指南',
              unit: 'HNLY-BGS',
              kind: 'module',
              target: 'openness-guide',
            },
            {
              code: 'zfxxgkml',
              name: '政府信息公开目录',
              unit: 'HNLY-BGS',
              kind: 'module',
              target: 'openness-catalogue',
            },
          ],
        },
      ]);
    },
  });
});
afterAll(() => t.close());

const page = (url: string) => t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });

describe('writing the guide', () => {
  it('says there is no guide yet rather than showing an empty page', async () => {
    const res = await page('/openness/guide');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('正在编制政府信息公开指南');
  });

  it('refuses a guide missing a required part, naming it, and saves nothing', async () => {
    const office = await t.signIn('office');
    const res = await office.post('/api/openness/guide', {
      ...DEMO_GUIDE,
      sections: { ...DEMO_GUIDE.sections, fees: '', remedies: '  ' },
      officePhone: '65000000',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { message: string }) => e.message)).toEqual([
      '收费标准：指南必须写明这一部分',
      '监督和救济：指南必须写明这一部分',
      '联系电话：应为带区号的固定电话或手机号，如 0371-65500000',
    ]);
    const guide = await office.get('/api/openness/guide');
    expect(guide.json().current).toBeNull();
  });

  it('publishes version 1, then version 2, and keeps version 1 readable', async () => {
    const office = await t.signIn('office');
    const v1 = await office.post('/api/openness/guide', { ...DEMO_GUIDE, baseVersion: 0 });
    expect(v1.statusCode).toBe(201);
    expect(v1.json().version).toBe(1);
    t.clock.advance(86_400_000);
    // A day later: a new session (the old one's 12-hour limit has passed).
    const next = await t.signIn('office');
    const v2 = await next.post('/api/openness/guide', {
      ...DEMO_GUIDE,
      officeHours: '法定工作日 9:00—17:00',
      note: '调整办公时间',
      baseVersion: 1,
    });
    expect(v2.json().version).toBe(2);

    const current = await page('/openness/guide');
    expect(current.body).toContain('第 2 版，2026-03-11 发布');
    expect(current.body).toContain('法定工作日 9:00—17:00');
    for (const heading of [
      '主动公开的范围',
      '主动公开的方式与渠道',
      '依申请公开的程序',
      '收费标准',
      '监督和救济',
      '工作机构',
    ])
      expect(current.body).toContain(heading);
    expect(current.body).toContain('href="/openness/guide?version=1"');
    const old = await page('/openness/guide?version=1');
    expect(old.body).toContain('这是历史版本');
    expect(old.body).toContain('上午 9:00—12:00');
    expect((await page('/openness/guide?version=9')).statusCode).toBe(404);
  });

  it('refuses a save over a newer version than the editor started from', async () => {
    const office = await t.signIn('office');
    const res = await office.post('/api/openness/guide', { ...DEMO_GUIDE, baseVersion: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('已被他人修订');
  });

  it('is written by the office only', async () => {
    const city = await t.signIn('zhengzhou');
    expect((await city.post('/api/openness/guide', DEMO_GUIDE)).statusCode).toBe(403);
  });
});

describe('where the public finds it', () => {
  it('is linked from the footer of every page and from the openness home', async () => {
    const home = await page('/');
    expect(home.body).toMatch(/<footer[\s\S]*href="\/openness\/guide"[\s\S]*<\/footer>/);
    const openness = await page('/openness');
    expect(openness.statusCode).toBe(200);
    expect(openness.body).toContain('href="/openness/guide"');
    expect(openness.body).toContain('href="/openness/catalogue"');
    // Every page the openness home links to is there (no 404 from the home), 重点工作 included.
    const links = [...new Set([...openness.body.matchAll(/href="(\/openness\/[^"?#]*)"/g)].map((m) => m[1]))];
    expect(links).toContain('/openness/key-tasks');
    for (const link of links) expect((await page(link)).statusCode, link).toBe(200);
  });

  it('is where the portal’s 政务公开 columns lead', async () => {
    const guide = await page('/columns/zfxxgkzn');
    expect(guide.statusCode).toBe(302);
    expect(guide.headers.location).toBe('/openness/guide');
    const catalogue = await page('/columns/zfxxgkml');
    expect(catalogue.headers.location).toBe('/openness/catalogue');
  });
});
