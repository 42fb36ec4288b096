// Data scopes (数据权限) in SQL and in memory, from one description of where a table keeps its owners.
// A permission's scope says on whose records the actor may act: 本人 (self), 本单位 (unit), 本单位及下级
// (subtree), 全部 (all). Tables keep their owners differently — a case has an applicant, a handling
// and an accepting unit and a county; a column has a responsible unit; a harvest quota belongs to a
// county, not to a unit — so each repository says which columns hold what (ScopeColumns), and
//
//   scopeWhere(actor, scope, columns)   the WHERE condition for lists and for single reads
//                                       (`where id = $1 and <scope>`: out of scope reads as not found)
//   scopeCovers(actor, scope, values)   the same answer for a row already in memory
//
// give the same answer by construction (scope.test.ts checks them against each other).
import { type AnyColumn, eq, like, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../context.ts';
import { startingWith } from '../db/like.ts';
import type { DataScope } from './access.table.ts';

type Columns = AnyColumn | readonly AnyColumn[];

/** Where a table keeps who owns a record. Give the kinds the table has; each scope uses its own. */
export interface ScopeColumns {
  /** 本人: the account that owns the record (the applicant, the author). */
  owner?: AnyColumn;
  /** 本单位: the unit(s) that own or handle it; the record is the unit's when any of them is. */
  unit?: Columns;
  /** 本单位及下级: the materialized path(s) of those units; in scope when any lies under the actor's unit. */
  unitPath?: Columns;
  /**
   * For records owned by a region (行政区划) rather than a unit — harvest quotas and permits by
   * county: the columns holding region codes (the county's, and its city's). For the unit and
   * subtree scopes a record is in scope when any of them holds the region of the actor's unit: a
   * county bureau sees its county, a city bureau (its code in the city column) its counties, and a
   * unit of the department itself, which has no region, the whole province.
   */
  region?: Columns;
}

/** The values of one record, named as in ScopeColumns, for scopeCovers. */
export interface ScopeValues {
  owner?: string | null;
  unit?: string | null | ReadonlyArray<string | null>;
  unitPath?: string | null | ReadonlyArray<string | null>;
  region?: string | null | ReadonlyArray<string | null>;
}

const list = <T>(v: T | readonly T[] | undefined): T[] =>
  v === undefined ? [] : Array.isArray(v) ? [...(v as readonly T[])] : [v as T];

// Matches nothing, written so the planner knows it at once.
const NOTHING = sql`false`;

const anyOf = (conditions: SQL[]): SQL =>
  conditions.length === 1 ? conditions[0] : (or(...conditions) as SQL);

/** Which kind of owner a scope looks at for a table with these columns; null: every record. */
function kindFor(
  actor: Actor,
  scope: DataScope,
  has: { owner: boolean; unit: boolean; unitPath: boolean; region: boolean },
): 'owner' | 'unit' | 'unitPath' | 'region' | 'all' | 'none' {
  // The platform's own jobs (sweepers, imports) act on everything.
  if (actor.kind === 'system' || scope === 'all') return 'all';
  if (scope === 'self') return has.owner ? 'owner' : 'none';
  if (has.region && !has.unit && !has.unitPath) {
    if (!actor.unitId) return 'none';
    // A unit of the department itself (a division, the acceptance centre) works for the province.
    return actor.regionCode ? 'region' : 'all';
  }
  if (scope === 'unit') return has.unit ? 'unit' : 'none';
  return has.unitPath ? 'unitPath' : 'none';
}

function kindsOf(c: ScopeColumns | ScopeValues) {
  return {
    owner: c.owner !== undefined,
    unit: c.unit !== undefined,
    unitPath: c.unitPath !== undefined,
    region: c.region !== undefined,
  };
}

/**
 * The records of these columns' table inside the actor's scope, as a WHERE condition (undefined
 * for all of them — drizzle's and() drops it). Each branch compares one column with a constant, so
 * an index on it can serve (paths by prefix: `like '/1/7/%'`).
 */
export function scopeWhere(actor: Actor, scope: DataScope, columns: ScopeColumns): SQL | undefined {
  switch (kindFor(actor, scope, kindsOf(columns))) {
    case 'all':
      return undefined;
    case 'none':
      return NOTHING;
    case 'owner':
      return actor.id && columns.owner ? eq(columns.owner, actor.id) : NOTHING;
    case 'unit': {
      const unitId = actor.unitId;
      if (!unitId) return NOTHING;
      return anyOf(list(columns.unit).map((c) => eq(c, unitId)));
    }
    case 'unitPath': {
      if (!actor.unitPath) return NOTHING;
      const prefix = startingWith(actor.unitPath);
      return anyOf(list(columns.unitPath).map((c) => like(c, prefix)));
    }
    case 'region': {
      const region = actor.regionCode;
      if (!region) return NOTHING;
      return anyOf(list(columns.region).map((c) => eq(c, region)));
    }
  }
}

/** scopeWhere's answer for one record already read (a single read, or a check before a write). */
export function scopeCovers(actor: Actor, scope: DataScope, values: ScopeValues): boolean {
  switch (kindFor(actor, scope, kindsOf(values))) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'owner':
      return Boolean(actor.id && values.owner === actor.id);
    case 'unit':
      return Boolean(actor.unitId && list(values.unit).includes(actor.unitId));
    case 'unitPath': {
      const p = actor.unitPath;
      return Boolean(p && list(values.unitPath).some((x) => typeof x === 'string' && x.startsWith(p)));
    }
    case 'region':
      return Boolean(actor.regionCode && list(values.region).includes(actor.regionCode));
  }
}

/**
 * Whether the scope leaves nothing out on a table with these kinds of owner (scopeWhere would be
 * undefined): a summary then lists every city or unit, those without records too.
 */
export function scopeIsWhole(
  actor: Actor,
  scope: DataScope,
  kinds: ReadonlyArray<keyof ScopeColumns>,
): boolean {
  const has = { owner: false, unit: false, unitPath: false, region: false };
  for (const k of kinds) has[k] = true;
  return kindFor(actor, scope, has) === 'all';
}
