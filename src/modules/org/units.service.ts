// Use cases on the unit tree: read it (any staff), add and change units, move a unit with its
// subtree (system admin). units.path is a materialized path of ids, so a move rewrites the prefix
// of every path below the unit in one statement.
import crypto from 'node:crypto';
import { requirePermission } from '../../platform/access/policy.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../platform/context.ts';
import { referenceCache } from '../../platform/db/reference-cache.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { getSetting } from '../../platform/settings/settings.service.ts';
import { requireStaff } from './org.policy.ts';
import {
  countActiveChildren,
  countChildren,
  countPeople,
  findRoot,
  findSiblingNamed,
  findUnit,
  findUnitByCode,
  findUnitsByIds,
  insertUnits,
  leadersChargedWith,
  listUnitRows,
  rewriteSubtreePaths,
  type UnitRow,
  updateUnitRow,
} from './org.repository.ts';
import { TAG_UNVERIFIED_NAMES } from './org.settings.ts';
import type { UnitType } from './org.table.ts';

export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  department: '省局',
  division: '处室（科室）',
  affiliated: '直属单位',
  city_bureau: '省辖市林业局',
  county_bureau: '县级林业局',
};

// Where each kind of unit may sit. Bureaus may have their own sections and affiliated units.
const ALLOWED_PARENTS: Record<UnitType, UnitType[]> = {
  department: [],
  division: ['department', 'city_bureau', 'county_bureau'],
  affiliated: ['department', 'city_bureau', 'county_bureau'],
  city_bureau: ['department'],
  county_bureau: ['city_bureau'],
};

export type DataStatus = 'verified' | 'partially_verified' | 'reconstructed';

export interface UnitView {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  shortName: string | null;
  type: UnitType;
  regionCode: string | null;
  path: string;
  /** 0 for the department, 1 for its divisions and the city bureaus, 2 for county bureaus. */
  depth: number;
  sort: number;
  dataStatus: string | null;
  /** The name is inferred, not attested: the workbench shows "名称待核实". */
  nameUnverified: boolean;
  active: boolean;
  childCount: number;
  peopleCount: number;
}

const fail = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', { message, errors: [{ field, message }] });

function present(
  row: UnitRow,
  counts: { children: number; people: number },
  tagUnverified: boolean,
): UnitView {
  return {
    id: row.id,
    parentId: row.parentId,
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    type: row.type,
    regionCode: row.regionCode,
    path: row.path,
    depth: row.path.split('/').length - 3,
    sort: row.sort,
    dataStatus: row.dataStatus,
    nameUnverified: tagUnverified && row.dataStatus === 'reconstructed',
    active: row.active,
    childCount: counts.children,
    peopleCount: counts.people,
  };
}

export async function listUnits(
  ctx: Ctx,
  filter: { type?: UnitType; includeInactive?: boolean } = {},
): Promise<UnitView[]> {
  requireStaff(ctx.actor);
  const rows = await listUnitRows(ctx.db, filter);
  const children = await countChildren(ctx.db);
  const peopleCounts = await countPeople(ctx.db);
  const tag = await getSetting(ctx, TAG_UNVERIFIED_NAMES);
  return rows.map((r) =>
    present(r, { children: children.get(r.id) ?? 0, people: peopleCounts.get(r.id) ?? 0 }, tag),
  );
}

async function mustFind(ctx: Ctx, id: string): Promise<UnitRow> {
  const row = await findUnit(ctx.db, id);
  if (!row) throw notFound('UNIT_NOT_FOUND', '单位不存在');
  return row;
}

async function presentOne(ctx: Ctx, row: UnitRow): Promise<UnitView> {
  // One query at a time: ctx.db may be a transaction's single connection.
  const children = await countActiveChildren(ctx.db, row.id);
  const peopleCounts = await countPeople(ctx.db, [row.id]);
  const tag = await getSetting(ctx, TAG_UNVERIFIED_NAMES);
  return present(row, { children, people: peopleCounts.get(row.id) ?? 0 }, tag);
}

export interface UnitDetail extends UnitView {
  /** From the department down to the parent (breadcrumb). */
  ancestors: Array<{ id: string; name: string; type: UnitType }>;
  /** The leaders in charge of this unit (分管局领导). */
  leaders: Array<{ id: string; name: string; title: string | null }>;
}

export async function getUnit(ctx: Ctx, id: string): Promise<UnitDetail> {
  requireStaff(ctx.actor);
  const row = await mustFind(ctx, id);
  const ancestorIds = row.path.split('/').filter((s) => s && s !== row.id);
  const view = await presentOne(ctx, row);
  const ancestors = await findUnitsByIds(ctx.db, ancestorIds);
  const leaders = await leadersChargedWith(ctx.db, row.id);
  return {
    ...view,
    ancestors: ancestorIds
      .map((a) => ancestors.find((u) => u.id === a))
      .filter((u): u is UnitRow => Boolean(u))
      .map((u) => ({ id: u.id, name: u.name, type: u.type })),
    leaders: leaders.map((p) => ({ id: p.id, name: p.name, title: p.title })),
  };
}

export interface NewUnitInput {
  parentId: string | null;
  code: string;
  name: string;
  shortName?: string | null;
  type: UnitType;
  regionCode?: string | null;
  sort?: number;
  dataStatus?: DataStatus | null;
}

/** Checks where a unit of a type may sit; returns the parent row (null for the root). */
async function checkPlacement(
  ctx: Ctx,
  type: UnitType,
  parentId: string | null,
  moving?: UnitRow,
): Promise<UnitRow | null> {
  if (parentId === null) {
    if (type !== 'department') throw fail('parentId', '请选择上级单位');
    // One tree: the department is its only root.
    if (await findRoot(ctx.db))
      throw new AppError('CONFLICT', {
        message: '顶层单位（省局）已存在，不能再设一个',
        errors: [{ field: 'parentId', message: '顶层单位（省局）已存在，不能再设一个' }],
      });
    return null;
  }
  const parent = await findUnit(ctx.db, parentId);
  if (!parent) throw fail('parentId', '上级单位不存在');
  if (moving && (parent.id === moving.id || parent.path.startsWith(moving.path)))
    throw fail('parentId', '不能把单位移到它自己或它的下级单位之下');
  if (!ALLOWED_PARENTS[type].includes(parent.type))
    throw fail(
      'parentId',
      `${UNIT_TYPE_LABELS[type]}不能隶属于${UNIT_TYPE_LABELS[parent.type]}（${parent.name}）`,
    );
  if (!parent.active) throw fail('parentId', `上级单位“${parent.name}”已停用`);
  return parent;
}

async function checkUniqueCode(ctx: Ctx, code: string, exceptId?: string) {
  const dup = await findUnitByCode(ctx.db, code);
  if (dup && dup.id !== exceptId)
    throw new AppError('CONFLICT', {
      message: `单位代码“${code}”已被“${dup.name}”使用`,
      errors: [{ field: 'code', message: `单位代码“${code}”已被“${dup.name}”使用` }],
    });
}

async function checkUniqueName(ctx: Ctx, parentId: string | null, name: string, exceptId?: string) {
  if (await findSiblingNamed(ctx.db, parentId, name, exceptId))
    throw new AppError('CONFLICT', {
      message: `同一上级单位下已有“${name}”`,
      errors: [{ field: 'name', message: `同一上级单位下已有“${name}”` }],
    });
}

export async function addUnit(ctx: Ctx, input: NewUnitInput): Promise<UnitView> {
  requirePermission(ctx.actor, 'system:units');
  return inTransaction(ctx, async (tx) => {
    const parent = await checkPlacement(tx, input.type, input.parentId);
    await checkUniqueCode(tx, input.code);
    await checkUniqueName(tx, input.parentId, input.name);
    const id = crypto.randomUUID();
    const [row] = await insertUnits(tx.db, [
      {
        id,
        parentId: input.parentId,
        code: input.code,
        name: input.name,
        shortName: input.shortName ?? null,
        type: input.type,
        regionCode: input.regionCode ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
        sort: input.sort ?? 0,
        dataStatus: input.dataStatus ?? null,
        createdAt: tx.now,
        updatedAt: tx.now,
      },
    ]);
    await recordAudit(tx, {
      action: 'unit.create',
      objectType: 'unit',
      objectId: id,
      detail: { code: row.code, name: row.name, type: row.type, parentId: row.parentId },
    });
    return presentOne(tx, row);
  });
}

export interface UnitPatch {
  parentId?: string;
  code?: string;
  name?: string;
  shortName?: string | null;
  regionCode?: string | null;
  sort?: number;
  dataStatus?: DataStatus | null;
  active?: boolean;
}

// Units found by code, for the hot paths (an application names its county, its handling unit and the
// acceptance centre); updateUnit empties it. Freshness rules in platform/db/reference-cache.ts.
const unitsByCode = referenceCache<UnitRow>({ name: 'units' });

/** The unit with this code (e.g. 'X410122'), read through a 3-second cache; undefined when none. */
export function unitByCode(ctx: Ctx, code: string): Promise<UnitRow | undefined> {
  return unitsByCode.readFound(ctx, code, () => findUnitByCode(ctx.db, code));
}

/** Changes a unit; a new parentId moves it with everything below it. */
export async function updateUnit(ctx: Ctx, id: string, patch: UnitPatch): Promise<UnitView> {
  requirePermission(ctx.actor, 'system:units');
  return inTransaction(ctx, async (tx) => {
    unitsByCode.forget(tx);
    const unit = await mustFind(tx, id);
    const moving = patch.parentId !== undefined && patch.parentId !== unit.parentId;
    const parentId = moving ? patch.parentId! : unit.parentId;
    const parent = moving ? await checkPlacement(tx, unit.type, parentId, unit) : null;
    if (patch.code !== undefined && patch.code !== unit.code) await checkUniqueCode(tx, patch.code, id);
    if (moving || (patch.name !== undefined && patch.name !== unit.name))
      await checkUniqueName(tx, parentId, patch.name ?? unit.name, id);
    if (patch.active === false && unit.active && (await countActiveChildren(tx.db, id)) > 0)
      throw new AppError('CONFLICT', {
        message: `“${unit.name}”还有在用的下级单位，请先停用或移走下级单位`,
        errors: [{ field: 'active', message: '还有在用的下级单位' }],
      });
    const { parentId: _ignored, ...fields } = patch;
    let movedRows = 0;
    if (moving && parent) {
      const newPath = `${parent.path}${unit.id}/`;
      movedRows = await rewriteSubtreePaths(tx.db, unit.path, newPath, tx.now);
    }
    const row = await updateUnitRow(tx.db, id, {
      ...fields,
      ...(moving ? { parentId } : {}),
      updatedAt: tx.now,
    });
    const before: Record<string, unknown> = {};
    for (const key of Object.keys(patch) as Array<keyof UnitPatch>) before[key] = unit[key];
    await recordAudit(tx, {
      action: moving ? 'unit.move' : 'unit.update',
      objectType: 'unit',
      objectId: id,
      detail: { before, after: { ...patch }, ...(moving ? { subtreeSize: movedRows } : {}) },
    });
    return presentOne(tx, row);
  });
}
