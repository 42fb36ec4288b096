// The laws library (政策法规库) as its readers meet it: verified entries only on the public list,
// entry pages and site search, by kind and validity, an entry whose date is ahead read as 尚未施行;
// an unverified entry is the staff's alone, with its note; verifying demands the dates; the office
// edits, audited; the demo's entries are real titles and dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import { ANONYMOUS } from '../../../platform/context.ts';
import { searchSite } from '../../../platform/search/index.ts';
import { seedDemoData } from '../../org/index.ts';
import { loadOpennessDemoIfEmpty } from '../demo.ts';
import { makeLaws } from '../openness.factories.ts';
import type { LawSpec } from './laws.data.ts';
import type { LawView } from './laws.service.ts';

const FIXTURE: LawSpec[] = [
  {
    kind: 'law',
    title: '测试护林法',
    issuer: '全国人民代表大会常务委员会',
    docNumber: '主席令第一号',
    adoptedOn: '2019-12-28',
    effectiveOn: '2020-07-01',
    note: '2019年修订。',
    body: '第一条　为了保护森林资源，制定本法。',
    verified: true,
  },
  {
    kind: 'administrative_regulation',
    title: '测试防火条例',
    issuer: '国务院',
    docNumber: '国务院令第9号',
    adoptedOn: '2026-11-20',
    effectiveOn: '2027-01-01',
    verified: true,
  },
  {
    kind: 'departmental_rule',
    title: '测试林地旧办法',
    issuer: '国家林业局',
    adoptedOn: '2001-01-04',
    effectiveOn: '2001-01-04',
    validity: 'repealed',
    verified: true,
  },
  {
    kind: 'local_regulation',
    title: '测试省湿地条例',
    issuer: '河南省人民代表大会常务委员会',
    verified: false,
    verifyNote: '通过日期待核实',
  },
];

let t: TestApp;
let laws: LawView[];

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-12-08T09:00:00+08:00',
    seed: async (ctx) => void (await seedDemoData(ctx)),
  });
  laws = await makeLaws(await t.ctxAs('office'), FIXTURE);
});
afterAll(() => t.close());

const page = (url: string) => t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
const byTitle = (title: string) => laws.find((l) => l.title === title)!;
const publicSearch = (q: string) =>
  searchSite({ ...t.ctx(), actor: ANONYMOUS }, { q, page: 1, pageSize: 10 }).then((r) =>
    r.items.filter((h) => h.source === 'laws').map((h) => h.title.map((piece) => piece.text).join('')),
  );

describe('the public list and entry pages', () => {
  it('lists verified entries only, counted by kind, newest in force first', async () => {
    const res = await page('/openness/laws');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('共 3 件');
    expect(res.body).toContain('全部（3）');
    expect(res.body).toContain('法律（1）');
    expect(res.body).toContain('地方性法规（0）');
    const order = ['测试防火条例', '测试护林法', '测试林地旧办法'].map((s) => res.body.indexOf(s));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(res.body).not.toContain('测试省湿地条例');
    expect(res.body).not.toContain('待核实');
  });

  it('reads an entry whose effective date is ahead as 尚未施行, and filters by kind and validity', async () => {
    const regs = await page('/openness/laws?kind=administrative_regulation');
    expect(regs.body).toContain('共 1 件');
    expect(regs.body).toContain('尚未施行');
    const repealed = await page('/openness/laws?validity=repealed');
    expect(repealed.body).toContain('共 1 件');
    expect(repealed.body).toContain('测试林地旧办法');
    expect((await page('/openness/laws?q=主席令')).body).toContain('测试护林法');
    expect((await page('/openness/laws?kind=treaty')).statusCode).toBe(404);
  });

  it('shows an entry with its body and dates; an unverified one is not found', async () => {
    const res = await page(`/openness/laws/${byTitle('测试护林法').id}`);
    expect(res.body).toContain('主席令第一号');
    expect(res.body).toContain('2020-07-01');
    expect(res.body).toContain('现行有效');
    expect(res.body).toContain('第一条　为了保护森林资源，制定本法。');
    expect((await page(`/openness/laws/${byTitle('测试省湿地条例').id}`)).statusCode).toBe(404);
    const old = await page(`/openness/laws/${byTitle('测试林地旧办法').id}`);
    expect(old.body).toContain('本件已废止');
    expect(old.body).toContain('本库尚未收录全文');
  });

  it('is found by the site search, the unverified entry not', async () => {
    expect(await publicSearch('护林法')).toContain('测试护林法');
    expect(await publicSearch('湿地条例')).not.toContain('测试省湿地条例');
  });

  it('is linked from the openness home', async () => {
    expect((await page('/openness')).body).toContain('href="/openness/laws"');
  });
});

describe('the staff library', () => {
  it('lists every entry with whether it is verified, and filters the unverified', async () => {
    const office = await t.signIn('office');
    const all = (await office.get('/api/openness/laws')).json();
    expect(all.total).toBe(4);
    expect(all.unverified).toBe(1);
    const todo = (await office.get('/api/openness/laws?verified=no')).json();
    expect(todo.items.map((l: LawView) => [l.title, l.verifyNote])).toEqual([
      ['测试省湿地条例', '通过日期待核实'],
    ]);
  });

  it('refuses to verify an entry without its dates, naming them, and saves nothing', async () => {
    const office = await t.signIn('office');
    const res = await office.patch(`/api/openness/laws/${byTitle('测试省湿地条例').id}`, { verified: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { message: string }) => e.message)).toEqual([
      '通过（公布）日期：标为已核实的须填写',
      '施行日期：标为已核实的须填写',
    ]);
    const bad = await office.patch(`/api/openness/laws/${byTitle('测试省湿地条例').id}`, {
      adoptedOn: '2026-02-30',
    });
    expect(bad.json().errors).toEqual([
      { field: 'adoptedOn', message: '通过（公布）日期：应为有效日期，如 2020-07-01' },
    ]);
    expect((await page('/openness/laws')).body).toContain('共 3 件');
  });

  it('publishes an entry once verified, indexes it for search, and audits the change', async () => {
    const office = await t.signIn('office');
    const id = byTitle('测试省湿地条例').id;
    const res = await office.patch(`/api/openness/laws/${id}`, {
      adoptedOn: '2015-11-27',
      effectiveOn: '2016-01-01',
      verified: true,
    });
    expect(res.statusCode).toBe(200);
    expect((await page('/openness/laws')).body).toContain('地方性法规（1）');
    expect(await publicSearch('湿地条例')).toContain('测试省湿地条例');
    const [audit] = await t.database.query<{ detail: { changed: string[] } }>(
      `select detail from audit_log where action = 'openness.law.update' and object_id = $1`,
      [id],
    );
    expect(audit.detail.changed).toEqual(['adoptedOn', 'effectiveOn', 'verified']);
    // Set back to unverified: off the public list and out of the search again.
    await office.patch(`/api/openness/laws/${id}`, { verified: false, verifyNote: '发现日期有误，重新核实' });
    expect(await publicSearch('湿地条例')).not.toContain('测试省湿地条例');
  });

  it('is edited by the office only', async () => {
    const city = await t.signIn('zhengzhou');
    const res = await city.patch(`/api/openness/laws/${byTitle('测试护林法').id}`, { title: '改' });
    expect(res.statusCode).toBe(403);
  });
});

describe('the demo', () => {
  it('holds real laws and regulations, 28 of its 37 entries verified, the unverified ones unpublished', async () => {
    const d = await buildTestApp({
      now: '2026-12-08T09:00:00+08:00',
      seed: async (ctx) => {
        await seedDemoData(ctx);
        await loadOpennessDemoIfEmpty(ctx);
      },
    });
    try {
      const [row] = await d.database.query<{ n: number; verified: number }>(
        'select count(*)::int as n, count(*) filter (where verified)::int as verified from openness_laws',
      );
      expect(row).toEqual({ n: 37, verified: 28 });
      const body = (await d.app.inject({ method: 'GET', url: '/openness/laws?kind=law' })).body;
      expect(body).toContain('中华人民共和国森林法');
      const [forest] = await d.database.query<{ id: string }>(
        `select id from openness_laws where title = '中华人民共和国森林法'`,
      );
      const entry = (await d.app.inject({ method: 'GET', url: `/openness/laws/${forest.id}` })).body;
      expect(entry).toContain('2020-07-01');
      expect(entry).toContain('2019-12-28');
      const henan = (await d.app.inject({ method: 'GET', url: '/openness/laws?kind=local_regulation' })).body;
      expect(henan).toContain('共 0 件');
    } finally {
      await d.close();
    }
  });
});
