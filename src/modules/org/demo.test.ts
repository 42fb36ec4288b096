// The demo data: the shape of the Henan tree, the accounts, and a loader that runs once and fast.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SM4_KEY } from '../../../test/app.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { type Config, testConfig } from '../../config.ts';
import { systemCtx } from '../../platform/context.ts';
import { createSm4Cipher } from '../../platform/crypto/sm.ts';
import type { Database } from '../../platform/db/client.ts';
import { DEMO_ACCOUNTS_TEXT, loadDemoDataIfEmpty } from './index.ts';

let database: Database;
let dataDir: string;
let firstLoad: { loaded: boolean };

interface Unit {
  id: string;
  parent_id: string | null;
  code: string;
  name: string;
  type: string;
  region_code: string | null;
  path: string;
  data_status: string | null;
}
let units: Unit[];
const byCode = (code: string) => units.find((u) => u.code === code)!;
// The ctx src/prepare.ts gives the demo hook.
const demoCtx = (config: Config) =>
  systemCtx(database, { config, cipher: createSm4Cipher(TEST_SM4_KEY), now: () => new Date() }, 'demo:org');

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-demo-'));
  const config = testConfig({ SM4_KEY: TEST_SM4_KEY, DATA_DIR: dataDir });
  firstLoad = { loaded: await loadDemoDataIfEmpty(demoCtx(config)) };
  units = await database.query<Unit>(
    'select id, parent_id, code, name, type, region_code, path, data_status from units',
  );
});
afterAll(async () => {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('loading the demo data', () => {
  // How long it takes is a benchmark's business (bench/benchmarks/platform.ts, second-start), not a test's.
  it('loads into an empty database', () => {
    expect(firstLoad.loaded).toBe(true);
  });

  it('does nothing the second time', async () => {
    const again = await loadDemoDataIfEmpty(
      demoCtx(testConfig({ SM4_KEY: TEST_SM4_KEY, DATA_DIR: dataDir })),
    );
    expect(again).toBe(false);
    const [{ n }] = await database.query<{ n: number }>('select count(*)::int as n from units');
    expect(n).toBe(units.length);
  });

  it('prints every demo account with the shared password', () => {
    expect(DEMO_ACCOUNTS_TEXT).toContain('Linzheng@2026');
    expect(DEMO_ACCOUNTS_TEXT).toContain('JBSWY3DPEHPK3PXP');
    for (const u of ['sysadmin', 'secadmin', 'auditadmin', 'director', 'deputy', 'office', 'xinxi'])
      expect(DEMO_ACCOUNTS_TEXT).toContain(u);
    for (const u of ['ziyuan', 'window', 'zhengzhou', 'zhangsan', 'hnmy'])
      expect(DEMO_ACCOUNTS_TEXT).toContain(u);
  });
});

describe('the unit tree', () => {
  it('has one department at the root with its divisions and affiliated units', () => {
    const roots = units.filter((u) => u.parent_id === null);
    expect(roots.map((r) => r.name)).toEqual(['河南省林业局']);
    const own = units.filter((u) => u.type === 'division' || u.type === 'affiliated');
    expect(own.length).toBeGreaterThanOrEqual(13);
    expect(own.every((u) => u.parent_id === roots[0].id)).toBe(true);
    const names = own.map((u) => u.name);
    for (const n of ['办公室', '森林资源管理处', '河南省林业局信息中心', '河南省林业局政务受理中心'])
      expect(names).toContain(n);
    expect(byCode('HNLY-XXZX').type).toBe('affiliated');
    expect(byCode('HNLY-SLZX').type).toBe('affiliated');
  });

  it('marks inferred names as reconstructed and attested ones as verified', () => {
    expect(byCode('HNLY-ZYC')).toMatchObject({ name: '森林资源管理处', data_status: 'reconstructed' });
    expect(byCode('HNLY-BGS').data_status).toBe('verified');
    expect(byCode('HNLY-GHY')).toMatchObject({ name: '河南省林业调查规划院', data_status: 'verified' });
  });

  it('has the 18 city bureaus under the department, with their division codes', () => {
    const cities = units.filter((u) => u.type === 'city_bureau');
    expect(cities).toHaveLength(18);
    expect(cities.every((c) => c.parent_id === byCode('HNLY').id)).toBe(true);
    expect(byCode('C410100')).toMatchObject({ name: '郑州市林业局', region_code: '410100' });
    expect(byCode('C419001')).toMatchObject({ name: '济源市林业局', region_code: '419001' });
  });

  it('has a bureau for each of the 156 counties, districts and county-level cities under a city', () => {
    // 157 county-level divisions in 2023: 156 under the 17 prefecture-level cities, plus 济源,
    // which is itself one of the 18 省辖市 (its bureau is the city bureau C419001).
    const counties = units.filter((u) => u.type === 'county_bureau');
    expect(counties).toHaveLength(156);
    expect(units).toHaveLength(1 + 15 + 10 + 18 + 156);
    expect(units.filter((u) => u.parent_id === byCode('C419001').id)).toHaveLength(0);
    const cases: Array<[string, string, string]> = [
      ['X410122', '中牟县林业局', 'C410100'],
      ['X410181', '巩义市林业局', 'C410100'],
      ['X410323', '新安县林业局', 'C410300'],
      ['X410783', '长垣市林业局', 'C410700'],
      ['X411525', '固始县林业局', 'C411500'],
      ['X411729', '新蔡县林业局', 'C411700'],
    ];
    for (const [code, name, city] of cases) {
      expect(byCode(code).name).toBe(name);
      expect(byCode(code).parent_id).toBe(byCode(city).id);
      expect(byCode(code).region_code).toBe(code.slice(1));
    }
    expect(units.filter((u) => u.parent_id === byCode('C410100').id)).toHaveLength(12);
  });

  it('keeps each path as the chain of ids from the root', () => {
    const root = byCode('HNLY');
    const zz = byCode('C410100');
    expect(root.path).toBe(`/${root.id}/`);
    expect(zz.path).toBe(`/${root.id}/${zz.id}/`);
    expect(byCode('X410122').path).toBe(`/${root.id}/${zz.id}/${byCode('X410122').id}/`);
  });
});

describe('people and accounts', () => {
  it('has a director and four deputies in the department, each in charge of some units', async () => {
    const leaders = await database.query<{ name: string; leader_rank: string; unit_id: string; n: number }>(
      `select p.name, p.leader_rank, p.unit_id, count(c.unit_id)::int as n
         from people p left join leader_charges c on c.person_id = p.id
        where p.leader_rank is not null group by p.id order by p.sort`,
    );
    expect(leaders.map((l) => l.leader_rank)).toEqual(['director', 'deputy', 'deputy', 'deputy', 'deputy']);
    expect(leaders.every((l) => l.unit_id === byCode('HNLY').id && l.n > 0)).toBe(true);
    // Every division and affiliated unit has exactly one leader in charge.
    const [{ uncovered }] = await database.query<{ uncovered: number }>(
      `select count(*)::int as uncovered from units u where u.type in ('division', 'affiliated')
         and (select count(*) from leader_charges c where c.unit_id = u.id) <> 1`,
    );
    expect(uncovered).toBe(0);
  });

  it('puts 3 to 6 people in each division and a head in each city bureau', async () => {
    const counts = await database.query<{ type: string; n: number }>(
      `select u.type, count(p.id)::int as n from units u left join people p on p.unit_id = u.id
        where u.type in ('division', 'affiliated', 'city_bureau') group by u.id, u.type`,
    );
    for (const c of counts.filter((x) => x.type !== 'city_bureau')) {
      expect(c.n).toBeGreaterThanOrEqual(3);
      expect(c.n).toBeLessThanOrEqual(6);
    }
    const heads = await database.query<{ n: number }>(
      `select count(*)::int as n from people p join units u on u.id = p.unit_id
        where u.type = 'city_bureau' and p.title = '局长'`,
    );
    expect(heads[0].n).toBe(18);
    const [{ dup }] = await database.query<{ dup: number }>(
      'select count(*)::int as dup from (select name from people group by name having count(*) > 1) d',
    );
    expect(dup).toBe(0);
  });

  it('stores phone numbers encrypted and masked, never in clear', async () => {
    const rows = await database.query<{ phone_enc: string; phone_mask: string }>(
      'select phone_enc, phone_mask from people where phone_enc is not null limit 5',
    );
    expect(rows).toHaveLength(5);
    for (const r of rows) {
      expect(r.phone_enc).toMatch(/^sm4:[0-9a-f]{32}:[0-9a-f]+$/);
      expect(r.phone_mask).toMatch(/^\d{3}\*{4}\d{4}$/);
    }
  });

  it('creates the demo accounts in their units, the public ones with valid identifiers', async () => {
    const rows = await database.query<{
      username: string;
      kind: string;
      unit_code: string | null;
      roles: string;
      totp_enabled: boolean;
      id_number_mask: string | null;
      credit_code: string | null;
    }>(
      `select a.username, a.kind, u.code as unit_code, a.totp_enabled, a.id_number_mask, a.credit_code,
              coalesce(string_agg(r.code, ',' order by r.code), '') as roles
         from accounts a left join units u on u.id = a.unit_id
         left join account_roles ar on ar.account_id = a.id left join roles r on r.id = ar.role_id
        group by a.id, u.code`,
    );
    const get = (u: string) => rows.find((r) => r.username === u)!;
    expect(rows).toHaveLength(18);
    for (const admin of ['sysadmin', 'secadmin', 'auditadmin']) {
      expect(get(admin)).toMatchObject({ unit_code: 'HNLY-XXZX', roles: admin, totp_enabled: true });
    }
    expect(get('director')).toMatchObject({ unit_code: 'HNLY', roles: 'director', totp_enabled: false });
    expect(get('deputy')).toMatchObject({ unit_code: 'HNLY', roles: 'leader' });
    expect(get('office')).toMatchObject({ unit_code: 'HNLY-BGS', roles: 'office_staff' });
    expect(get('xinxi')).toMatchObject({ unit_code: 'HNLY-XXZX', roles: 'web_editor' });
    expect(get('ziyuan')).toMatchObject({ unit_code: 'HNLY-ZYC', roles: 'resources_staff' });
    expect(get('window')).toMatchObject({ unit_code: 'HNLY-SLZX', roles: 'counter_staff' });
    // The letters' reply approval (处长) and the misconduct reports' desk (纪检).
    expect(get('chuzhang')).toMatchObject({ unit_code: 'HNLY-ZYC', roles: 'unit_head' });
    expect(get('jijian')).toMatchObject({ unit_code: 'HNLY-JGDW', roles: 'discipline' });
    expect(get('zhengzhou')).toMatchObject({ unit_code: 'C410100', roles: 'city_staff' });
    // Two county bureaus, the competent authorities of 林木采伐许可: a 受理 and a 审批 account each.
    expect(get('zhongmou-sl')).toMatchObject({ unit_code: 'X410122', roles: 'county_acceptor' });
    expect(get('zhongmou-sp')).toMatchObject({ unit_code: 'X410122', roles: 'county_reviewer' });
    expect(get('songxian-sl')).toMatchObject({ unit_code: 'X410325', roles: 'county_acceptor' });
    expect(get('songxian-sp')).toMatchObject({ unit_code: 'X410325', roles: 'county_reviewer' });
    // 410105 19850612 031 + check digit 8 (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2: sum 224, mod 11 = 4).
    expect(get('zhangsan')).toMatchObject({
      kind: 'citizen',
      id_number_mask: '4101**********0318',
      roles: '',
    });
    // 91 410122 MA45L6W0R + check character Y (GB 32100 MOD 31).
    expect(get('hnmy')).toMatchObject({ kind: 'org', credit_code: '91410122MA45L6W0RY' });
  });

  it('gives the business roles data scopes to match their work', async () => {
    const roles = await database.query<{ code: string; data_scope: string; permissions: string[] }>(
      'select code, data_scope, permissions from roles where builtin = false',
    );
    const scope = Object.fromEntries(roles.map((r) => [r.code, r.data_scope]));
    expect(scope).toMatchObject({
      director: 'all',
      leader: 'subtree',
      office_staff: 'all',
      city_staff: 'subtree',
      resources_staff: 'unit',
      unit_head: 'unit',
      discipline: 'all',
      county_acceptor: 'unit',
      county_reviewer: 'unit',
    });
    expect(roles.every((r) => r.permissions.includes('org:read'))).toBe(true);
  });
});
