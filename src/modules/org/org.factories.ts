// Factories for units, people and leaders' charges: the demo data and the tests build the
// organisation with these. They write directly (no permission checks, no audit), in bulk where
// it matters: the whole Henan tree is one insert.
import crypto from 'node:crypto';
import { maskPhone } from '../../platform/access/identity.ts';
import type { Ctx } from '../../platform/context.ts';
import {
  cityBureauCode,
  countyBureauCode,
  type DataStatus,
  DEPARTMENT,
  DEPARTMENT_UNITS,
} from './department-units.data.ts';
import { HENAN_PREFECTURES } from './henan-regions.data.ts';
import {
  insertPeople,
  insertUnits,
  type NewPersonRow,
  type NewUnitRow,
  type PersonRow,
  replaceCharges,
  type UnitRow,
} from './org.repository.ts';
import type { UnitType } from './org.table.ts';

export interface UnitSpec {
  code: string;
  name: string;
  type: UnitType;
  /** The parent row (or its id and path); omitted for the root. */
  parent?: Pick<UnitRow, 'id' | 'path'> | null;
  shortName?: string | null;
  regionCode?: string | null;
  sort?: number;
  dataStatus?: DataStatus | null;
  active?: boolean;
}

/** A unit row ready to insert, its id chosen here so the path is known before the insert. */
function planUnit(ctx: Ctx, spec: UnitSpec): NewUnitRow & { id: string; path: string } {
  const id = crypto.randomUUID();
  return {
    id,
    parentId: spec.parent?.id ?? null,
    code: spec.code,
    name: spec.name,
    shortName: spec.shortName ?? null,
    type: spec.type,
    regionCode: spec.regionCode ?? null,
    path: `${spec.parent?.path ?? '/'}${id}/`,
    sort: spec.sort ?? 0,
    dataStatus: spec.dataStatus ?? null,
    active: spec.active ?? true,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

export async function createUnit(ctx: Ctx, spec: UnitSpec): Promise<UnitRow> {
  const [row] = await insertUnits(ctx.db, [planUnit(ctx, spec)]);
  return row;
}

export interface UnitTree {
  root: UnitRow;
  all: UnitRow[];
  /** The unit with this code; throws for an unknown code (a typo in a test or the demo data). */
  unit(code: string): UnitRow;
}

/**
 * The whole organisation of 河南省林业局: the department, its divisions and affiliated units,
 * the 18 省辖市 forestry bureaus and one forestry bureau per county-level division (156; 济源 is
 * itself one of the 18 and has no counties). Bureau names follow one convention,
 * "<region>林业局"; the regions and their codes are the reliable 2023 division codes, the bureau
 * names are a convention (data status partially_verified: real bureaus may be named otherwise,
 * e.g. 自然资源和规划局 or 农林水利局).
 */
export async function createUnitTree(ctx: Ctx): Promise<UnitTree> {
  // The department's name is one setting (SITE_NAME): the root unit and the affiliated units named
  // after it ('河南省林业局信息中心') follow it.
  const name = ctx.deps.config.SITE_NAME;
  const root = planUnit(ctx, { ...DEPARTMENT, name, type: 'department' });
  const rows: NewUnitRow[] = [root];
  DEPARTMENT_UNITS.forEach((u, i) => {
    rows.push(
      planUnit(ctx, {
        ...u,
        name: u.name.replace(DEPARTMENT.name, name),
        parent: root,
        sort: (u.type === 'division' ? 100 : 200) + i,
      }),
    );
  });
  HENAN_PREFECTURES.forEach((city, i) => {
    const cityRow = planUnit(ctx, {
      code: cityBureauCode(city.code),
      name: `${city.name}林业局`,
      type: 'city_bureau',
      parent: root,
      regionCode: city.code,
      sort: 1000 + i,
      dataStatus: 'partially_verified',
    });
    rows.push(cityRow);
    city.counties.forEach(([code, name], j) => {
      rows.push(
        planUnit(ctx, {
          code: countyBureauCode(code),
          name: `${name}林业局`,
          type: 'county_bureau',
          parent: cityRow,
          regionCode: code,
          sort: j + 1,
          dataStatus: 'partially_verified',
        }),
      );
    });
  });
  const all = await insertUnits(ctx.db, rows);
  const byCode = new Map(all.map((u) => [u.code, u]));
  return {
    root: byCode.get(DEPARTMENT.code)!,
    all,
    unit(code) {
      const found = byCode.get(code);
      if (!found) throw new Error(`no unit with code ${code}`);
      return found;
    },
  };
}

export interface PersonSpec {
  unitId: string;
  name: string;
  title?: string | null;
  leaderRank?: 'director' | 'deputy' | 'other' | null;
  phone?: string | null;
  email?: string | null;
  sort?: number;
  active?: boolean;
}

function planPerson(ctx: Ctx, spec: PersonSpec): NewPersonRow & { id: string } {
  return {
    id: crypto.randomUUID(),
    unitId: spec.unitId,
    name: spec.name,
    title: spec.title ?? null,
    leaderRank: spec.leaderRank ?? null,
    phoneEnc: spec.phone ? ctx.deps.cipher.encrypt(spec.phone) : null,
    phoneMask: spec.phone ? maskPhone(spec.phone) : null,
    email: spec.email ?? null,
    sort: spec.sort ?? 0,
    active: spec.active ?? true,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

export async function createPerson(ctx: Ctx, spec: PersonSpec): Promise<PersonRow> {
  const [row] = await insertPeople(ctx.db, [planPerson(ctx, spec)]);
  return row;
}

/** Many people in one insert; rows come back in the order given. */
export async function createPeople(ctx: Ctx, specs: PersonSpec[]): Promise<PersonRow[]> {
  const planned = specs.map((s) => planPerson(ctx, s));
  const byId = new Map((await insertPeople(ctx.db, planned)).map((r) => [r.id, r]));
  return planned.map((p) => byId.get(p.id)!);
}

/** Sets the units a leader is in charge of (分管), replacing any before. */
export async function assignCharges(ctx: Ctx, personId: string, unitIds: string[]): Promise<void> {
  await replaceCharges(ctx.db, personId, unitIds);
}
