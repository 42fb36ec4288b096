// The disclosure catalogue as its readers meet it: index numbers in the department's format,
// gap-free under 50 concurrent registrations; internal-only categories that the public, the
// public search and crawlers never see while signed-in staff do; filters; validity linked both
// ways; bad input refused naming the field, with nothing saved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import { ANONYMOUS } from '../../../platform/context.ts';
import { searchSite } from '../../../platform/search/index.ts';
import { updateSetting } from '../../../platform/settings/settings.service.ts';
import { seedDemoData } from '../../org/index.ts';
import { makeCategories } from '../openness.factories.ts';
import type { CategoryView, EntryView } from './catalogue.service.ts';
import { registerEntry } from './catalogue.service.ts';

let t: TestApp;
let cats: Map<string, CategoryView>;

const base = {
  madeOn: '2026-03-02',
  publishedOn: '2026-03-05',
  issuer: '河南省林业局',
  subject: '农业、林业、水利',
  genre: '通知',
};

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-10T09:00:00+08:00',
    seed: async (ctx) => void (await seedDemoData(ctx)),
  });
  cats = await makeCategories(t.ctx());
});
afterAll(() => t.close());

const page = (url: string, cookie?: string) =>
  t.app.inject({ method: 'GET', url, headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });

async function register(
  title: string,
  category: string,
  extra: Record<string, unknown> = {},
): Promise<EntryView> {
  return registerEntry(await t.ctxAs('office'), {
    ...base,
    title,
    categoryId: cats.get(category)!.id,
    ...extra,
  });
}

describe('index numbers (索引号)', () => {
  it('are the department code / year - five-digit serial, one after another', async () => {
    const a = await register('河南省林业局关于做好春季造林工作的通知', 'zcfg');
    const b = await register('河南省林业局2026年部门预算', 'czzj');
    expect(a.indexNo).toBe('11410000MB1D8940X7/2026-00001');
    expect(b.indexNo).toBe('11410000MB1D8940X7/2026-00002');
  });

  it('follow the format setting when the office changes it', async () => {
    const admin = await t.ctxAs('sysadmin');
    await updateSetting(admin, 'openness.indexFormat', 'HNLY-{year}-{serial:5}');
    const c = await register('关于森林防火期的通告', 'ggqs');
    expect(c.indexNo).toBe('HNLY-2026-00003');
    await updateSetting(admin, 'openness.indexFormat', '{issuer}/{year}-{serial:5}');
  });

  it('are neither repeated nor skipped under 50 concurrent registrations', async () => {
    const office = await t.ctxAs('office');
    const before = await t.database.query<{ n: number }>(
      `select coalesce(max(serial), 0)::int as n from openness_entries where year = 2026`,
    );
    const first = before[0].n + 1;
    const made = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        registerEntry(office, {
          ...base,
          title: `并发登记的信息 ${i + 1}`,
          categoryId: cats.get('ghjh')!.id,
        }),
      ),
    );
    const serials = made.map((e) => Number(e.indexNo.slice(-5))).sort((x, y) => x - y);
    expect(serials).toEqual(Array.from({ length: 50 }, (_, i) => first + i));
    expect(new Set(made.map((e) => e.indexNo)).size).toBe(50);
  });
});

describe('internal-only categories (机关内部公开)', () => {
  let internal: EntryView;
  beforeAll(async () => {
    internal = await register('机关公文处理办法（内部）', 'nbzd', { docNumber: '豫林办〔2026〕12号' });
  });

  it('never reach the public catalogue, its entry page or its category list', async () => {
    const list = await page('/openness/catalogue');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain('机关公文处理办法');
    expect(list.body).not.toContain('内部管理制度');
    expect((await page(`/openness/catalogue/${internal.id}`)).statusCode).toBe(404);
    expect((await page('/openness/catalogue?category=nbzd')).statusCode).toBe(404);
  });

  it('never reach the public search, while staff holding openness:read find them', async () => {
    const anonymous = await searchSite(
      { ...t.ctx(), actor: ANONYMOUS },
      { q: '公文处理', page: 1, pageSize: 10 },
    );
    expect(anonymous.items.map((h) => h.refId)).not.toContain(internal.id);
    const staff = await searchSite(await t.ctxAs('office'), { q: '公文处理', page: 1, pageSize: 10 });
    expect(staff.items.map((h) => h.refId)).toContain(internal.id);
  });

  it('are shown to signed-in staff, marked, never cached and never indexed', async () => {
    const office = await t.signIn('office');
    const res = await page(`/openness/catalogue/${internal.id}`, office.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('机关公文处理办法（内部）');
    expect(res.body).toContain('机关内部公开');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-robots-tag']).toContain('noindex');
  });

  it('are not shown to a signed-in citizen', async () => {
    const citizen = await t.signIn('zhangsan');
    expect((await page(`/openness/catalogue/${internal.id}`, citizen.cookie)).statusCode).toBe(404);
  });
});

describe('browsing and filters', () => {
  it('filters by category, subject, year and validity, and says how many', async () => {
    await register('2025年全省森林资源主要指标', 'ghjh', {
      madeOn: '2025-03-01',
      publishedOn: '2025-03-20',
      subject: '国土资源、能源',
      genre: '报告',
    });
    const y2025 = await page('/openness/catalogue?year=2025');
    expect(y2025.body).toContain('共 1 条');
    expect(y2025.body).toContain('2025年全省森林资源主要指标');
    const subject = await page(`/openness/catalogue?subject=${encodeURIComponent('国土资源、能源')}`);
    expect(subject.body).toContain('共 1 条');
    // 规划计划: the 50 concurrent ones and the 2025 statistics.
    expect((await page('/openness/catalogue?category=ghjh')).body).toContain('共 51 条');
  });

  it('marks the original amended and links it to its successor, both ways', async () => {
    const old = await register('林木采伐管理办法', 'zcfg', {
      docNumber: '豫林资〔2025〕3号',
      madeOn: '2025-05-01',
      publishedOn: '2025-05-06',
    });
    const next = await register('林木采伐管理办法（修订）', 'zcfg', {
      replaces: { id: old.id, how: 'amended' },
    });
    const oldPage = await page(`/openness/catalogue/${old.id}`);
    expect(oldPage.body).toContain('已修订');
    expect(oldPage.body).toContain(`href="/openness/catalogue/${next.id}"`);
    const newPage = await page(`/openness/catalogue/${next.id}`);
    expect(newPage.body).toContain('修订了');
    expect(newPage.body).toContain(`href="/openness/catalogue/${old.id}"`);
    const amended = await page('/openness/catalogue?validity=amended');
    expect(amended.body).toContain('共 1 条');
  });
});

describe('bad input', () => {
  it('names each missing field in Chinese and saves nothing', async () => {
    const office = await t.signIn('office');
    const [{ n: before }] = await t.database.query<{ n: number }>(
      'select count(*)::int as n from openness_entries',
    );
    const res = await office.post('/api/openness/entries', {
      categoryId: cats.get('zcfg')!.id,
      title: '',
      madeOn: '2026-13-01',
      issuer: '河南省林业局',
      subject: '林业',
      genre: '通知',
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string; message: string }) => e.message);
    expect(fields).toEqual(
      expect.arrayContaining([
        '标题：请填写',
        '成文日期：应为日期（YYYY-MM-DD）',
        '主题分类：不在主题分类表中',
      ]),
    );
    const [{ n: after }] = await t.database.query<{ n: number }>(
      'select count(*)::int as n from openness_entries',
    );
    expect(after).toBe(before);
  });

  it('refuses an amended entry without its successor', async () => {
    const e = await register('待标注的文件', 'zcfg');
    const office = await t.signIn('office');
    const res = await office.patch(`/api/openness/entries/${e.id}`, { validity: 'amended' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toBe('修订或替代它的文件：已修订的文件须指明修订后的文件');
  });

  it('refuses a reader without the catalogue permission', async () => {
    const city = await t.signIn('zhengzhou');
    const res = await city.post('/api/openness/entries', {
      ...base,
      title: 'x',
      categoryId: cats.get('zcfg')!.id,
    });
    expect(res.statusCode).toBe(403);
    const [{ n }] = await t.database.query<{ n: number }>(
      `select count(*)::int as n from openness_entries where title = 'x'`,
    );
    expect(n).toBe(0);
  });
});

it('audits each registration', async () => {
  const [{ n }] = await t.database.query<{ n: number }>(
    `select count(*)::int as n from audit_log where action = 'openness.entry.register'`,
  );
  // 3 + 50 + 1 internal + 1 of 2025 + 2 amended + 1 to mark, each with its record.
  expect(n).toBe(58);
});
