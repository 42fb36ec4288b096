// Data scopes in SQL (scopeWhere) and in memory (scopeCovers), on a small table of records whose
// owners are written out by hand: own records, own unit, unit and below, region, all. A city
// account sees its subtree and nothing of another city; SQL and memory agree on every record, on
// PGlite and PostgreSQL alike.
import { and, asc, inArray } from 'drizzle-orm';
import { integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { type Actor, ANONYMOUS, SYSTEM } from '../context.ts';
import type { Database } from '../db/client.ts';
import type { DataScope } from './access.table.ts';
import { type ScopeColumns, type ScopeValues, scopeCovers, scopeIsWhole, scopeWhere } from './scope.ts';

// Units: the province's division DIV (/p/div/), the city 郑州 ZZ (/p/zz/) with its county 中牟 ZM
// (/p/zz/zm/), the city 洛阳 LY (/p/ly/).
const U = {
  DIV: '00000000-0000-4000-8000-0000000000d1',
  ZZ: '00000000-0000-4000-8000-000000000021',
  ZM: '00000000-0000-4000-8000-000000000022',
  LY: '00000000-0000-4000-8000-000000000031',
};
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

const probe = pgTable('scope_probe', {
  id: integer().primaryKey(),
  owner: uuid(),
  unitId: uuid(),
  acceptUnitId: uuid(),
  unitPath: text(),
  acceptPath: text(),
  countyCode: text(),
  cityCode: text(),
});
type Row = typeof probe.$inferSelect;

const ROWS: Row[] = [
  // 1: A's case in 中牟, handled there.
  {
    id: 1,
    owner: A,
    unitId: U.ZM,
    acceptUnitId: null,
    unitPath: '/p/zz/zm/',
    acceptPath: null,
    countyCode: '410122',
    cityCode: '410100',
  },
  // 2: B's case decided by the 郑州 bureau, in 金水区.
  {
    id: 2,
    owner: B,
    unitId: U.ZZ,
    acceptUnitId: null,
    unitPath: '/p/zz/',
    acceptPath: null,
    countyCode: '410105',
    cityCode: '410100',
  },
  // 3: A's case in 洛阳.
  {
    id: 3,
    owner: A,
    unitId: U.LY,
    acceptUnitId: null,
    unitPath: '/p/ly/',
    acceptPath: null,
    countyCode: '410302',
    cityCode: '410300',
  },
  // 4: a case of the department's division, in 济源 (a city that is its own county).
  {
    id: 4,
    owner: B,
    unitId: U.DIV,
    acceptUnitId: null,
    unitPath: '/p/div/',
    acceptPath: null,
    countyCode: '419001',
    cityCode: '419001',
  },
  // 5: decided in 洛阳 but received by the 郑州 bureau (a second unit column).
  {
    id: 5,
    owner: null,
    unitId: U.LY,
    acceptUnitId: U.ZZ,
    unitPath: '/p/ly/',
    acceptPath: '/p/zz/',
    countyCode: '410302',
    cityCode: '410300',
  },
];

const staff = (
  username: string,
  unitId: string | null,
  unitPath: string | null,
  regionCode: string | null,
): Actor => ({
  ...ANONYMOUS,
  kind: 'staff',
  id: '00000000-0000-4000-8000-000000000100',
  username,
  displayName: username,
  unitId,
  unitPath,
  regionCode,
});
const ZZ_STAFF = staff('zz', U.ZZ, '/p/zz/', '410100');
const ZM_STAFF = staff('zhongmu', U.ZM, '/p/zz/zm/', '410122');
const DIV_STAFF = staff('division', U.DIV, '/p/div/', null);
const NO_UNIT = staff('nounit', null, null, null);
const CITIZEN_A: Actor = { ...ANONYMOUS, kind: 'citizen', id: A, username: 'a', displayName: '张三' };

const UNIT_OWNED: ScopeColumns = {
  owner: probe.owner,
  unit: [probe.unitId, probe.acceptUnitId],
  unitPath: [probe.unitPath, probe.acceptPath],
};
const REGION_OWNED: ScopeColumns = { region: [probe.countyCode, probe.cityCode] };
const unitValues = (r: Row): ScopeValues => ({
  owner: r.owner,
  unit: [r.unitId, r.acceptUnitId],
  unitPath: [r.unitPath, r.acceptPath],
});
const regionValues = (r: Row): ScopeValues => ({ region: [r.countyCode, r.cityCode] });

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.query(
    `create table scope_probe (id int primary key, owner uuid, unit_id uuid, accept_unit_id uuid,
       unit_path text, accept_path text, county_code text, city_code text)`,
  );
  await database.db.insert(probe).values(ROWS);
}, 60_000);
afterAll(() => database.close());

/** The ids the SQL condition keeps, checked against scopeCovers on every row. */
async function visible(
  actor: Actor,
  scope: DataScope,
  columns: ScopeColumns,
  values: (r: Row) => ScopeValues = columns === REGION_OWNED ? regionValues : unitValues,
): Promise<number[]> {
  const rows = await database.db
    .select({ id: probe.id })
    .from(probe)
    .where(scopeWhere(actor, scope, columns))
    .orderBy(asc(probe.id));
  const ids = rows.map((r) => r.id);
  expect(
    ROWS.filter((r) => scopeCovers(actor, scope, values(r))).map((r) => r.id),
    'memory = SQL',
  ).toEqual(ids);
  return ids;
}

describe('records owned by units', () => {
  it('本单位及下级: a city account sees its city and counties only, any unit column counting', async () => {
    expect(await visible(ZZ_STAFF, 'subtree', UNIT_OWNED)).toEqual([1, 2, 5]);
    expect(await visible(ZM_STAFF, 'subtree', UNIT_OWNED)).toEqual([1]);
  });

  it('本单位: the unit’s own records, not its counties’', async () => {
    expect(await visible(ZZ_STAFF, 'unit', UNIT_OWNED)).toEqual([2, 5]);
    expect(await visible(ZM_STAFF, 'unit', UNIT_OWNED)).toEqual([1]);
  });

  it('本人: the account’s own records', async () => {
    expect(await visible(CITIZEN_A, 'self', UNIT_OWNED)).toEqual([1, 3]);
    expect(await visible(ZZ_STAFF, 'self', UNIT_OWNED)).toEqual([]);
  });

  it('全部, and the platform’s own jobs: everything', async () => {
    expect(scopeWhere(DIV_STAFF, 'all', UNIT_OWNED)).toBeUndefined();
    expect(await visible(DIV_STAFF, 'all', UNIT_OWNED)).toEqual([1, 2, 3, 4, 5]);
    expect(await visible(SYSTEM, 'unit', UNIT_OWNED)).toEqual([1, 2, 3, 4, 5]);
  });

  it('nothing for an account without a unit, or a table without that kind of owner', async () => {
    expect(await visible(NO_UNIT, 'subtree', UNIT_OWNED)).toEqual([]);
    expect(await visible(NO_UNIT, 'unit', UNIT_OWNED)).toEqual([]);
    expect(await visible(CITIZEN_A, 'self', { unit: probe.unitId }, (r) => ({ unit: r.unitId }))).toEqual([]);
  });

  it('combines with the list’s own filters and with a single read by id', async () => {
    const one = await database.db
      .select({ id: probe.id })
      .from(probe)
      .where(and(inArray(probe.id, [3, 5]), scopeWhere(ZZ_STAFF, 'subtree', UNIT_OWNED)));
    expect(one.map((r) => r.id)).toEqual([5]);
  });

  it('reads a path with LIKE’s special characters literally', async () => {
    const odd = { ...ZZ_STAFF, unitPath: '/p/z_%/' };
    expect(await visible(odd, 'subtree', UNIT_OWNED)).toEqual([]);
  });
});

describe('records owned by regions (行政区划)', () => {
  it('a city bureau sees its counties; a county bureau its county', async () => {
    expect(await visible(ZZ_STAFF, 'subtree', REGION_OWNED)).toEqual([1, 2]);
    expect(await visible(ZM_STAFF, 'unit', REGION_OWNED)).toEqual([1]);
  });

  it('济源, a city that is its own county, sees its own records', async () => {
    expect(await visible(staff('jiyuan', U.LY, '/p/jy/', '419001'), 'subtree', REGION_OWNED)).toEqual([4]);
  });

  it('a unit of the department itself (no region) works for the whole province', async () => {
    expect(scopeWhere(DIV_STAFF, 'unit', REGION_OWNED)).toBeUndefined();
    expect(scopeIsWhole(DIV_STAFF, 'unit', ['region'])).toBe(true);
    expect(scopeIsWhole(ZZ_STAFF, 'subtree', ['region'])).toBe(false);
    expect(await visible(DIV_STAFF, 'unit', REGION_OWNED)).toEqual([1, 2, 3, 4, 5]);
  });

  it('nothing for an account without a unit', async () => {
    expect(await visible(NO_UNIT, 'subtree', REGION_OWNED)).toEqual([]);
  });
});
