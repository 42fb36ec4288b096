// Runtime settings: figures of local practice (DOMAIN.md, confidence M/L) that the system admin
// may change without a restart. A module defines its settings with defineSetting (in its
// <module>.settings.ts) and lists them in its Module; registration puts them on the settings page.
// The value lives in the settings table, the default in the definition.
import { eq } from 'drizzle-orm';
import { settings } from '../access/access.table.ts';
import { displayNamesOf } from '../access/account-lookup.ts';
import { requirePermission } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type Ctx, inTransaction } from '../context.ts';
import { referenceCache } from '../db/reference-cache.ts';
import { AppError, notFound } from '../errors.ts';

export type SettingValue = number | string | boolean;

interface SettingTypes {
  integer: number;
  string: string;
  boolean: boolean;
}
export type SettingType = keyof SettingTypes;

export interface SettingDef<K extends SettingType = SettingType> {
  key: string;
  /** Chinese label for the settings page. */
  label: string;
  type: K;
  default: SettingTypes[K];
  /** Integers: the smallest and largest value. Strings: the shortest and longest length. */
  min?: number;
  max?: number;
  description?: string;
  /** A further check of a value that fits the type: why it is wrong, in Chinese, or null. */
  check?(value: SettingTypes[K]): string | null;
}

const KEY_PATTERN = /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)+$/;
const STRING_MAX = 500;
const registry = new Map<string, SettingDef & { owner: string }>();
// Stored values by key (undefined: none stored, the default applies); see reference-cache.ts.
const stored = referenceCache<{ value: unknown }>({ name: 'settings' });

/** Checks a setting's definition; returns it for typed getSetting calls and the module's list. */
export function defineSetting<K extends SettingType>(def: SettingDef<K>): SettingDef<K> {
  if (!KEY_PATTERN.test(def.key)) throw new Error(`setting key must look like "module.name": ${def.key}`);
  if (problemWith(def, def.default)) throw new Error(`default of ${def.key} breaks its own definition`);
  return def;
}

/** Registers a module's settings (module registration calls it; again is harmless). */
export function registerSettings(owner: string, defs: readonly SettingDef[]): void {
  for (const def of defs) {
    const had = registry.get(def.key);
    if (had && had.owner !== owner)
      throw new Error(`setting ${def.key} of ${owner} is already registered by ${had.owner}`);
    registry.set(def.key, { ...def, owner });
  }
}

export function listSettingDefs(): SettingDef[] {
  return [...registry.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** Why a value does not fit a definition, in Chinese; null when it fits. */
function problemWith(def: SettingDef, value: unknown): string | null {
  switch (def.type) {
    case 'boolean':
      return typeof value === 'boolean' ? null : '应为是或否（true / false）';
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return '应为整数';
      if (def.min !== undefined && value < def.min) return `不得小于 ${def.min}`;
      if (def.max !== undefined && value > def.max) return `不得大于 ${def.max}`;
      return null;
    case 'string': {
      if (typeof value !== 'string') return '应为文本';
      const max = def.max ?? STRING_MAX;
      if (def.min !== undefined && value.length < def.min) return `至少 ${def.min} 个字符`;
      if (value.length > max) return `最多 ${max} 个字符`;
      return def.check ? (def.check as (v: string) => string | null)(value) : null;
    }
  }
}

/** The current value of a setting: the stored one if it still fits its definition, else the default. */
export async function getSetting<K extends SettingType>(
  ctx: Ctx,
  setting: SettingDef<K>,
): Promise<SettingTypes[K]>;
export async function getSetting(ctx: Ctx, key: string): Promise<SettingValue>;
export async function getSetting(ctx: Ctx, keyOrDef: string | SettingDef): Promise<SettingValue> {
  // A definition in hand needs no registry (a use case called before any app was built).
  const key = typeof keyOrDef === 'string' ? keyOrDef : keyOrDef.key;
  const def = typeof keyOrDef === 'string' ? registry.get(key) : keyOrDef;
  if (!def) throw new Error(`unknown setting ${key}`);
  const row = await stored.read(ctx, key, async () => {
    const [found] = await ctx.db
      .select({ value: settings.value })
      .from(settings)
      .where(eq(settings.key, key));
    return { value: found?.value };
  });
  return row.value !== undefined && problemWith(def, row.value) === null
    ? (row.value as SettingValue)
    : def.default;
}

export interface SettingView {
  key: string;
  label: string;
  description: string | null;
  type: SettingType;
  default: SettingValue;
  min: number | null;
  max: number | null;
  value: SettingValue;
  /** False while the default applies. */
  changed: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
  /** Who changed it last, by name (the account's display name). */
  updatedByName: string | null;
}

function present(
  def: SettingDef,
  row: typeof settings.$inferSelect | undefined,
  names: ReadonlyMap<string, string> = new Map(),
): SettingView {
  const stored = row && problemWith(def, row.value) === null;
  return {
    key: def.key,
    label: def.label,
    description: def.description ?? null,
    type: def.type,
    default: def.default,
    min: def.min ?? null,
    max: def.max ?? (def.type === 'string' ? STRING_MAX : null),
    value: stored ? (row.value as SettingValue) : def.default,
    changed: Boolean(stored),
    updatedAt: stored ? row.updatedAt.toISOString() : null,
    updatedBy: stored ? row.updatedBy : null,
    updatedByName: stored && row.updatedBy ? (names.get(row.updatedBy) ?? null) : null,
  };
}

export async function listSettings(ctx: Ctx): Promise<SettingView[]> {
  requirePermission(ctx.actor, 'system:settings');
  const rows = await ctx.db.select().from(settings);
  const names = await displayNamesOf(
    ctx.db,
    rows.map((r) => r.updatedBy),
  );
  return listSettingDefs().map((def) =>
    present(
      def,
      rows.find((r) => r.key === def.key),
      names,
    ),
  );
}

/** Empties this process's cache of stored values (a restart does the same). */
export function forgetStoredSettings(ctx: Ctx): void {
  stored.forget(ctx);
}

/** Sets a value after checking it against the definition; audited with the value before. */
export async function updateSetting(ctx: Ctx, key: string, value: unknown): Promise<SettingView> {
  requirePermission(ctx.actor, 'system:settings');
  const def = registry.get(key);
  if (!def) throw notFound('SETTING_NOT_FOUND', `没有名为“${key}”的设置项`);
  const problem = problemWith(def, value);
  if (problem)
    throw new AppError('VALIDATION_FAILED', {
      message: `${def.label}：${problem}`,
      errors: [{ field: 'value', message: `${def.label}：${problem}` }],
    });
  return inTransaction(ctx, async (tx) => {
    stored.forget(tx);
    const [before] = await tx.db.select().from(settings).where(eq(settings.key, key));
    const [row] = await tx.db
      .insert(settings)
      .values({ key, value, updatedAt: tx.now, updatedBy: tx.actor.id })
      .onConflictDoUpdate({
        target: settings.key,
        set: { value, updatedAt: tx.now, updatedBy: tx.actor.id },
      })
      .returning();
    await recordAudit(tx, {
      action: 'setting.update',
      objectType: 'setting',
      objectId: key,
      detail: { before: before ? before.value : def.default, after: value as SettingValue },
    });
    return present(def, row, await displayNamesOf(tx.db, [row.updatedBy]));
  });
}

/** 恢复默认: the stored value goes and the default applies again; audited with the value before. */
export async function resetSetting(ctx: Ctx, key: string): Promise<SettingView> {
  requirePermission(ctx.actor, 'system:settings');
  const def = registry.get(key);
  if (!def) throw notFound('SETTING_NOT_FOUND', `没有名为“${key}”的设置项`);
  return inTransaction(ctx, async (tx) => {
    stored.forget(tx);
    const [before] = await tx.db.delete(settings).where(eq(settings.key, key)).returning();
    if (before)
      await recordAudit(tx, {
        action: 'setting.reset',
        objectType: 'setting',
        objectId: key,
        detail: { before: before.value as SettingValue, after: def.default },
      });
    return present(def, undefined);
  });
}
