// The demo's openness data: the seed's 8 public and 4 internal categories, the guide's first
// version, and a catalogue whose index numbers run 00001… per publication year without a gap.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { seedOpennessDemo } from './demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ now: '2026-12-07T09:00:00+08:00', seed: seedOpennessDemo });
});
afterAll(() => t.close());

it('has 8 public and 4 internal categories, the guide, and gap-free index numbers', async () => {
  const cats = await t.database.query<{ audience: string; n: number }>(
    'select audience, count(*)::int as n from openness_categories group by audience order by audience',
  );
  expect(cats).toEqual([
    { audience: 'internal', n: 4 },
    { audience: 'public', n: 8 },
  ]);
  const [guide] = await t.database.query<{ version: number }>('select version from openness_guide_versions');
  expect(guide.version).toBe(1);
  const years = await t.database.query<{ year: number; n: number; top: number }>(
    'select year, count(*)::int as n, max(serial)::int as top from openness_entries group by year order by year',
  );
  expect(years.length).toBeGreaterThan(1);
  for (const y of years) expect(y.top).toBe(y.n);
  const page = await t.app.inject({ method: 'GET', url: '/openness/catalogue?validity=repealed' });
  expect(page.body).toContain('共 1 条');
  expect(page.body).toContain('河南省林业局关于规范林木采伐管理的通知');
  const states = await t.database.query<{ status: string; n: number }>(
    'select status, count(*)::int as n from openness_applications group by status order by status',
  );
  expect(states).toEqual([
    { status: 'answered', n: 1 },
    { status: 'consulting', n: 1 },
    { status: 'processing', n: 1 },
    { status: 'received', n: 1 },
    { status: 'supplement', n: 1 },
  ]);
});
