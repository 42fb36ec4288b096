// Fee items (行政事业性收费) as the office keeps them and the public reads them: only verified items
// reach the public page, abolished ones listed as abolished with their document, the rest counted
// as being checked and never shown (nor their 待核实 notes); marking an item verified demands the
// facts the public will read; changes are the office's, audited; the demo holds the seed's 15.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import { seedDemoData } from '../../org/index.ts';
import { loadOpennessDemoIfEmpty } from '../demo.ts';
import { makeFeeItems } from '../openness.factories.ts';
import type { FeeItemSpec } from './fee-items.data.ts';
import type { FeeItemView } from './fees.service.ts';

const FIXTURE: FeeItemSpec[] = [
  {
    code: 'T-01',
    name: '测试现行收费',
    kind: '行政事业性收费',
    basis: '《甲办法》（甲〔2020〕1号）\n《乙通知》（乙〔2021〕2号）',
    standard: '每件20元',
    collector: '县级以上林业主管部门',
    status: 'in_force',
    verified: true,
  },
  {
    code: 'T-02',
    name: '测试已取消收费',
    kind: '政府性基金',
    basis: '《丙办法》',
    standard: '',
    collector: '省林业主管部门',
    status: 'abolished',
    abolishedOn: '2016-02-01',
    abolishedBy: '《丁通知》（丁〔2016〕11号）',
    verified: true,
  },
  {
    code: 'T-03',
    name: '测试待核实收费',
    kind: '行政事业性收费',
    basis: '',
    standard: '',
    collector: '县级林业主管部门',
    status: 'abolished',
    verified: false,
    verifyNote: '取消文件未查到',
  },
];

let t: TestApp;
let items: FeeItemView[];

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-12-08T09:00:00+08:00',
    seed: async (ctx) => void (await seedDemoData(ctx)),
  });
  items = await makeFeeItems(await t.ctxAs('office'), FIXTURE);
});
afterAll(() => t.close());

const page = (url: string) => t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
const byCode = (code: string) => items.find((i) => i.code === code)!;

describe('the public page', () => {
  it('lists verified items, the abolished one as abolished with its document, and counts the rest', async () => {
    const res = await page('/openness/fees');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('现行收费项目（1 项）');
    expect(res.body).toContain('已取消的收费项目（1 项）');
    expect(res.body).toContain('测试现行收费');
    expect(res.body).toContain('<li>《乙通知》（乙〔2021〕2号）</li>');
    expect(res.body).toContain('每件20元');
    expect(res.body).toContain('测试已取消收费');
    expect(res.body).toContain('自 2016-02-01 起取消。依据：《丁通知》（丁〔2016〕11号）');
    expect(res.body).toContain('另有 1 个收费项目的依据、标准和现行状态正在核实');
    // The unverified item, its note and the staff's marks stay off the public page.
    expect(res.body).not.toContain('测试待核实收费');
    expect(res.body).not.toContain('取消文件未查到');
    expect(res.body).not.toContain('待核实');
  });

  it('is linked from the openness home', async () => {
    expect((await page('/openness')).body).toContain('href="/openness/fees"');
  });
});

describe('the staff list and editor', () => {
  it('shows staff every item with whether it is verified and what is left to check', async () => {
    const office = await t.signIn('office');
    const res = await office.get('/api/openness/fees');
    expect(res.statusCode).toBe(200);
    expect(res.json().map((f: FeeItemView) => [f.code, f.verified, f.statusLabel, f.verifyNote])).toEqual([
      ['T-01', true, '现行征收', ''],
      ['T-02', true, '已取消', ''],
      ['T-03', false, '已取消', '取消文件未查到'],
    ]);
  });

  it('refuses to mark an item verified without the facts the public would read, changing nothing', async () => {
    const office = await t.signIn('office');
    const res = await office.patch(`/api/openness/fees/${byCode('T-03').id}`, { verified: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'basis',
      'abolishedBy',
      'abolishedOn',
    ]);
    expect(res.json().detail).toContain('取消文件：标为已核实的已取消项目须写明取消（停征）文件');
    expect((await page('/openness/fees')).body).not.toContain('测试待核实收费');
  });

  it('refuses an unverified item without saying what is to be checked', async () => {
    const office = await t.signIn('office');
    const res = await office.patch(`/api/openness/fees/${byCode('T-01').id}`, { verified: false });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'verifyNote', message: '核实情况：未核实的项目请写明哪些内容待核实' },
    ]);
  });

  it('publishes an item once checked and completed, and audits the change', async () => {
    const office = await t.signIn('office');
    const res = await office.patch(`/api/openness/fees/${byCode('T-03').id}`, {
      basis: '《戊办法》',
      abolishedOn: '2017-04-01',
      abolishedBy: '《己通知》（己〔2017〕20号）',
      verified: true,
      verifyNote: '',
    });
    expect(res.statusCode).toBe(200);
    const body = (await page('/openness/fees')).body;
    expect(body).toContain('测试待核实收费');
    expect(body).toContain('已取消的收费项目（2 项）');
    expect(body).not.toContain('正在核实');
    const [audit] = await t.database.query<{ detail: { changed: string[] } }>(
      `select detail from audit_log where action = 'openness.fee.update' and object_id = $1`,
      [byCode('T-03').id],
    );
    expect(audit.detail.changed).toEqual(['basis', 'abolishedOn', 'abolishedBy', 'verified', 'verifyNote']);
  });

  it('clears the abolition of an item set back in force', async () => {
    const office = await t.signIn('office');
    const res = await office.patch(`/api/openness/fees/${byCode('T-02').id}`, {
      status: 'in_force',
      standard: '每件5元',
    });
    expect(res.json()).toMatchObject({ status: 'in_force', abolishedOn: null, abolishedBy: '' });
  });

  it('refuses a code another item has, and anyone without the office’s permission', async () => {
    const office = await t.signIn('office');
    const taken = await office.post('/api/openness/fees', { ...FIXTURE[0], code: 'T-02' });
    expect(taken.statusCode).toBe(409);
    const city = await t.signIn('zhengzhou');
    const res = await city.patch(`/api/openness/fees/${byCode('T-01').id}`, { standard: '每件1元' });
    expect(res.statusCode).toBe(403);
    expect((await page('/openness/fees')).body).toContain('每件20元');
  });
});

describe('the demo', () => {
  it('holds the seed’s 15 items, 3 verified, 森林植被恢复费 at its 2015 standard', async () => {
    const d = await buildTestApp({
      now: '2026-12-08T09:00:00+08:00',
      seed: async (ctx) => {
        await seedDemoData(ctx);
        await loadOpennessDemoIfEmpty(ctx);
      },
    });
    try {
      const rows = await d.database.query<{ n: number; verified: number }>(
        'select count(*)::int as n, count(*) filter (where verified)::int as verified from openness_fee_items',
      );
      expect(rows).toEqual([{ n: 15, verified: 3 }]);
      const body = (await d.app.inject({ method: 'GET', url: '/openness/fees' })).body;
      expect(body).toContain('森林植被恢复费');
      expect(body).toContain('财税〔2015〕122号');
      expect(body).toContain('每平方米不低于10元');
      expect(body).toContain('财税〔2016〕11号');
      expect(body).toContain('另有 12 个收费项目');
      // Not a Henan fee (the seed's negative reference): never on the public page.
      expect(body).not.toContain('野生植物资源保护费');
    } finally {
      await d.close();
    }
  });
});
