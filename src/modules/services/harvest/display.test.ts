import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCatalogue, listItems } from '../index.ts';
import { splitNumbered } from './display.service.ts';
import { buildHarvestTestApp, type HarvestTestApp } from './harvest.test-app.ts';

let t: HarvestTestApp;
let names: string[];

beforeAll(async () => {
  t = await buildHarvestTestApp('2026-03-02T09:00:00+08:00');
  await ensureCatalogue(t.ctx());
  names = (await listItems(t.ctx())).map((i) => i.name);
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });

describe('lobby display screen', () => {
  it('renders every licensing item, one shown, with an external script and a no-JS refresh', async () => {
    expect(names.length).toBeGreaterThanOrEqual(21);
    const res = await get('/display');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const body = res.body;
    for (const name of names) expect(body).toContain(name);
    expect(body.match(/<section class="slide"/g)).toHaveLength(names.length);
    // Only the first item is visible before the script takes over.
    expect(body.match(/<section class="slide" data-slide="\d+" hidden=""/g)).toHaveLength(names.length - 1);
    expect(body).toContain('林木采伐许可证核发');
    expect(body).toContain('法定时限');
    expect(body).toContain('2026年3月2日 星期一 09:00:00');
    // No inline script (CSP script-src 'self'): one external file, and a refresh for browsers without JS.
    expect(body).not.toMatch(/<script>[^<]/);
    const src = /<script src="(\/display\/screen\.[0-9a-f]{10}\.js)"/.exec(body)![1];
    expect(body).toContain(
      '<noscript><meta http-equiv="refresh" content="15; url=/display?i=1"/></noscript>',
    );
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");

    const script = await get(src);
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toContain('javascript');
    expect(script.headers['cache-control']).toContain('immutable');
    expect(script.body).toContain("set('stat-received'");
  });

  it('shows each step whole, the basis as citations with 《》, and no server address in the footer', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/display',
      headers: { accept: 'text/html', host: '127.0.0.1:3000' },
    });
    const harvest = res.body.slice(
      res.body.indexOf('aria-label="林木采伐许可证核发"'),
      res.body.indexOf('</section>', res.body.indexOf('aria-label="林木采伐许可证核发"')),
    );
    // The step's first sentence in full, never cut with an ellipsis.
    expect(harvest).toContain(
      '<strong>受理</strong><span>窗口对材料进行审查，材料齐全、符合法定形式的予以受理并出具受理通知</span>',
    );
    expect(res.body).not.toContain('…');
    // The law in force only, cited with its title marks; not the repealed 1998 text.
    expect(harvest).toContain('<li>《中华人民共和国森林法》（2019年修订）第五十六条、第五十七条</li>');
    expect(harvest).not.toContain('1998');
    const footer = res.body.slice(res.body.indexOf('<footer'));
    expect(footer).not.toMatch(/127\.0\.0\.1|localhost|http:/);
    expect(footer).toContain('网上办理、进度查询：河南省林业局门户网站“网上办事”');
    // With a public address configured, the hall reads that one.
    const saved = t.config.PUBLIC_URL;
    t.config.PUBLIC_URL = 'https://lyj.henan.gov.cn';
    try {
      const configured = await t.app.inject({
        method: 'GET',
        url: '/display',
        headers: { accept: 'text/html', host: '127.0.0.1:3000' },
      });
      const bottom = configured.body.slice(configured.body.indexOf('<footer'));
      expect(bottom).toContain('网上办理、进度查询：lyj.henan.gov.cn/services');
      expect(bottom).not.toContain('127.0.0.1');
    } finally {
      t.config.PUBLIC_URL = saved;
    }
  });

  it('moves to the next item without JavaScript and wraps around at the end', async () => {
    const last = names.length - 1;
    const res = await get(`/display?i=${last}`);
    expect(res.body).toContain(`content="15; url=/display?i=0"`);
    expect(res.body).toContain(`<section class="slide" data-slide="${last}" aria-label`);
  });

  it('serves today’s figures publicly as JSON', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/display/stats' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=5');
    expect(res.json()).toEqual({
      date: '2026-03-02',
      received: 0,
      accepted: 0,
      decided: 0,
      onTime: 0,
      onTimeRate: null,
      updatedAt: '2026-03-02T01:00:00.000Z',
    });
  });

  it('serves the screen’s CJK fonts from the npm package', async () => {
    const font = await get('/display/fonts/cjk-400.woff2');
    expect(font.statusCode).toBe(200);
    expect(font.rawPayload.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect((await get('/display/fonts/../../package.json')).statusCode).toBe(404);
  });

  it('splits numbered conditions into lines', () => {
    expect(splitNumbered('1. 林木权属清楚；2. 不在封山育林区内；3. 已完成更新造林。')).toEqual([
      '林木权属清楚',
      '不在封山育林区内',
      '已完成更新造林',
    ]);
    expect(splitNumbered('无特别条件')).toEqual(['无特别条件']);
  });
});
