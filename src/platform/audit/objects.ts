// What an audit record's object is (审计对象), for the audit log viewer: 'service_case' + an id →
// 办件 "受理查询码 K7Q2… · 林木采伐许可证核发", linked to the case page when the viewer may open it.
// Each module lists its object types in its Module (auditObjects), merged at registration: the
// type's Chinese name, and a resolver that turns a page's ids into labels in one query.
//
//   auditObjects: {
//     service_case: {
//       name: '办件',
//       open: 'services:read',
//       resolve: async (ctx, ids) => new Map(rows.map((r) => [r.id, { label: r.code, link: `/admin/services/cases/${r.id}` }])),
//     },
//   }
import { can } from '../access/policy.ts';
import type { Ctx } from '../context.ts';

export interface AuditObjectLabel {
  label: string;
  /** The workbench page of the object ('/admin/services/cases/<id>'). */
  link?: string | null;
}

export interface AuditObjectType {
  /** The type's Chinese name: 办件. */
  name: string;
  /**
   * The permission the object's page needs (any one of several): its link is given only to a viewer
   * who holds it (the resolver may refuse finer, by data scope). Without one, no link is given.
   */
  open?: string | readonly string[];
  /**
   * Labels of the ids it knows, in one query for the whole page (ids are unique, at most a page's
   * worth; an id that names nothing — deleted, malformed — is left out). Ids are as recorded: text,
   * not always a uuid.
   */
  resolve?(ctx: Ctx, ids: readonly string[]): Promise<ReadonlyMap<string, AuditObjectLabel>>;
}

export type AuditObjectTable = Readonly<Record<string, AuditObjectType>>;

const types = new Map<string, AuditObjectType & { owner: string }>();

/** Merges a module's object types (module registration calls it; again for a second app is harmless). */
export function registerAuditObjects(owner: string, table: AuditObjectTable): void {
  for (const [type, def] of Object.entries(table)) {
    if (!def.name) throw new Error(`audit object type ${type}: no name`);
    const had = types.get(type);
    if (had && had.owner !== owner)
      throw new Error(`audit object type ${type} of ${owner} is already registered by ${had.owner}`);
    types.set(type, { ...def, owner });
  }
}

/** The Chinese name of an object type; the type itself when nothing names it. */
export function auditObjectTypeName(type: string): string {
  return types.get(type)?.name ?? type;
}

/** Every named object type, for the viewer's filter and the tests. */
export function listAuditObjectTypes(): Array<{
  type: string;
  name: string;
  owner: string;
  resolves: boolean;
}> {
  return [...types.entries()]
    .map(([type, d]) => ({ type, name: d.name, owner: d.owner, resolves: Boolean(d.resolve) }))
    .sort((a, b) => a.type.localeCompare(b.type));
}

/** An object as the viewer sees it: its type's name, its label (null: nothing resolves it), a link. */
export interface ShownObject {
  typeName: string;
  label: string | null;
  link: string | null;
}

/**
 * The objects of a page of records, by "type:id": one resolver call (one query) per type. A link
 * is kept only for a viewer who holds the type's `open` permission.
 */
export async function resolveAuditObjects(
  ctx: Ctx,
  refs: ReadonlyArray<{ objectType: string | null; objectId: string | null }>,
): Promise<Map<string, ShownObject>> {
  const idsByType = new Map<string, Set<string>>();
  for (const r of refs) {
    if (!r.objectType || !r.objectId) continue;
    const ids = idsByType.get(r.objectType) ?? new Set<string>();
    idsByType.set(r.objectType, ids);
    ids.add(r.objectId);
  }
  const out = new Map<string, ShownObject>();
  for (const [type, ids] of idsByType) {
    const def = types.get(type);
    const found = def?.resolve ? await def.resolve(ctx, [...ids]) : new Map<string, AuditObjectLabel>();
    const open = def?.open === undefined ? [] : typeof def.open === 'string' ? [def.open] : def.open;
    const mayOpen = open.some((p) => can(ctx.actor, p));
    for (const id of ids) {
      const hit = found.get(id);
      out.set(objectKey(type, id), {
        typeName: def?.name ?? type,
        label: hit?.label ?? null,
        link: mayOpen ? (hit?.link ?? null) : null,
      });
    }
  }
  return out;
}

export const objectKey = (type: string, id: string) => `${type}:${id}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids that can be uuids (a resolver on a uuid column skips the rest instead of failing). */
export function uuidsOf(ids: readonly string[]): string[] {
  return ids.filter((id) => UUID.test(id));
}

/**
 * A resolver over a uuid key: `rows` reads the ids' rows in one query (only uuids reach it), `label`
 * names each.
 */
export function byUuid<T extends { id: string }>(
  rows: (ctx: Ctx, ids: string[]) => Promise<T[]>,
  label: (row: T) => AuditObjectLabel,
): NonNullable<AuditObjectType['resolve']> {
  return async (ctx, ids) => {
    const uuids = uuidsOf(ids);
    return new Map(uuids.length ? (await rows(ctx, uuids)).map((r) => [r.id, label(r)]) : []);
  };
}
