// Every public page, as a visitor reaches it from the home page with the demo data loaded: its main
// content carries no internal notes (待核实, 演示整理稿) and no English sentences — research notes
// and reference-data remarks belong in the staff view only (issue 13, item 4).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../src/app.ts';
import { seedCalendarFromPackage } from '../src/platform/calendar/index.ts';
import { buildTestApp, type TestApp } from './app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-12-07T10:00:00+08:00',
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
      // Every module's demo data, in MODULES order, as a start with DEMO_DATA does (src/prepare.ts).
      for (const module of MODULES) await module.demo?.(ctx);
    },
  });
}, 240_000);
afterAll(() => t.close());

// Pages that are not HTML pages for reading, or not the public's.
const SKIP = [/^\/admin/, /^\/api\//, /^\/assets\//, /^\/site\/aid/, /\.xml$/, /\/files\//, /^\/display/];

/** The text of <main>, one entry per text run between tags (a sentence never spans two). */
function mainTexts(html: string): string[] {
  const from = html.indexOf('<main');
  const to = html.indexOf('</main>');
  if (from < 0 || to < 0) return [];
  return html
    .slice(from, to)
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .split(/<[^>]+>/)
    .map((s) =>
      s
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/&amp;/g, '&')
        .trim(),
    )
    .filter(Boolean);
}

const TERMS = new Set(['JavaScript', 'Cookie']);

/**
 * English words in a text run: Latin words of two or more letters that are not acronyms (PDF, RSS,
 * LIC) or terms Chinese text uses as they are (JavaScript, Cookie); addresses (flk.npc.gov.cn) and
 * receipt codes are taken out first.
 */
function englishWords(text: string): string[] {
  const cleaned = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b(?:[a-z0-9-]+\.)+(?:cn|com|org|net)\b/gi, ' ')
    .replace(/\S+@\S+/g, ' ')
    .replace(/\b[A-Z0-9]{4}(?:-[A-Z0-9]{4})+\b/g, ' ');
  return (cleaned.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !/^[A-Z]{2,5}$/.test(w) && !TERMS.has(w));
}

describe('public pages', () => {
  it('carry no internal notes and no English in their main content, on every page a visitor can reach', async () => {
    // The search too: its hits are public text (a reconstructed guide's hit among them, LIC-20).
    const guideSearch = `/search?q=${encodeURIComponent('野外用火')}&source=guide`;
    const start = [
      '/',
      '/sitemap',
      '/services',
      '/supply-demand',
      '/certificates/verify',
      '/search?q=森林',
      `/search?q=${encodeURIComponent('采伐许可')}`,
      guideSearch,
    ];
    const bodies = new Map<string, string>();
    const queue = [...start];
    const seen = new Set(queue);
    const problems: string[] = [];
    let pages = 0;
    while (queue.length && pages < 700) {
      const url = queue.shift()!;
      const res = await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      if (res.statusCode >= 300 && res.statusCode < 400) {
        const to = String(res.headers.location ?? '');
        if (to.startsWith('/') && !seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
        continue;
      }
      if (!String(res.headers['content-type']).startsWith('text/html')) continue;
      pages++;
      bodies.set(url, res.body);
      if (res.statusCode >= 500) problems.push(`${url}: HTTP ${res.statusCode}`);
      for (const text of mainTexts(res.body)) {
        if (/待核实|演示整理稿|条款待核实/.test(text)) problems.push(`${url}: “${text.slice(0, 60)}”`);
        const english = englishWords(text);
        if (english.length) problems.push(`${url}: English “${english.join(' ')}” in “${text.slice(0, 60)}”`);
      }
      // Follow same-site links; of the articles on a page only the first two (there are thousands).
      let articles = 0;
      for (const m of res.body.matchAll(/href="(\/[^"#]*)"/g)) {
        const href = m[1].replace(/&amp;/g, '&');
        if (seen.has(href) || SKIP.some((r) => r.test(href)) || href.startsWith('//')) continue;
        if (href.startsWith('/articles/') && (href.includes('/print') || ++articles > 2)) continue;
        seen.add(href);
        queue.push(href);
      }
    }
    // The crawl reached the site's parts: columns, articles, the 21 service guides, the site's pages.
    for (const part of [
      '/columns/',
      '/articles/',
      '/services/LIC-21',
      '/about',
      '/privacy',
      '/openness/catalogue',
    ])
      expect(
        [...seen].some((u) => u.startsWith(part)),
        part,
      ).toBe(true);
    expect(pages).toBeGreaterThan(150);
    expect(bodies.get(guideSearch)).toContain('href="/services/LIC-20"');
    expect(problems).toEqual([]);
  }, 600_000);
});
