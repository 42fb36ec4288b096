// Demo quotas follow the clock: a demo started in 2027 must be able to approve 2027 permits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../../test/app.ts';
import { seedDemoData } from '../../org/index.ts';
import { seedHarvestDemo } from './harvest.demo.ts';

let t: TestApp;
let ziyuan: Client;

// 157 quota units (156 county-level divisions and 济源) × (5 commercial + 3 public-welfare types).
const ROWS_PER_YEAR = 157 * 8;

beforeAll(async () => {
  t = await buildTestApp({
    now: '2027-01-15T09:00:00+08:00',
    seed: async (ctx) => void (await seedDemoData(ctx)),
  });
  ziyuan = await t.signIn('ziyuan');
});
afterAll(() => t.close());

const count = async (year: number) =>
  (await ziyuan.get(`/api/harvest/quotas?year=${year}`)).json().total as number;

describe('demo quotas by the clock', () => {
  it('seeds the current year (2027) and the next, not 2026', async () => {
    const seeded = await seedHarvestDemo(t.ctx());
    expect(seeded.quotas).toBe(2 * ROWS_PER_YEAR);
    expect(await count(2027)).toBe(ROWS_PER_YEAR);
    expect(await count(2028)).toBe(ROWS_PER_YEAR);
    expect(await count(2026)).toBe(0);
    // 中牟县 has an unused 2027 commercial final-harvest quota.
    const zm = (
      await ziyuan.get(
        '/api/harvest/quotas?year=2027&countyCode=410122&forestCategory=commercial&harvestType=final',
      )
    ).json();
    expect(zm.total).toBe(1);
    expect(zm.items[0].consumed).toBe(0);
    expect(zm.items[0].remaining).toBe(zm.items[0].allocated);
    expect(zm.items[0].allocated).toBeGreaterThan(0);
  });

  it('a restart seeds only the years still missing', async () => {
    expect((await seedHarvestDemo(t.ctx())).quotas).toBe(0);
    t.clock.set('2028-06-01T09:00:00+08:00');
    // 2028 is already there; only 2029 is new.
    expect((await seedHarvestDemo(t.ctx())).quotas).toBe(ROWS_PER_YEAR);
  });
});
