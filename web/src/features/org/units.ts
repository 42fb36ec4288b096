// The unit tree from the flat list GET /api/units returns. Pure, no React.
import type { Unit, UnitType } from '../../api/types.ts';

export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  department: '省局',
  division: '处室',
  affiliated: '直属单位',
  city_bureau: '省辖市林业局',
  county_bureau: '县级林业局',
};

export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

/** Nests units under their parents, siblings by sort then code; orphans become roots. */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  for (const unit of units) nodes.set(unit.id, { unit, children: [] });
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const order = (list: UnitNode[]) => {
    list.sort((a, b) => a.unit.sort - b.unit.sort || a.unit.code.localeCompare(b.unit.code));
    for (const n of list) order(n.children);
  };
  order(roots);
  return roots;
}

/** Ids of the units whose name, short name or code contains `q`, and of all their ancestors. */
export function matchingWithAncestors(units: readonly Unit[], q: string): Set<string> {
  const needle = q.trim().toLowerCase();
  const byId = new Map(units.map((u) => [u.id, u]));
  const keep = new Set<string>();
  if (!needle) return keep;
  for (const u of units) {
    const hay = `${u.name} ${u.shortName ?? ''} ${u.code}`.toLowerCase();
    if (!hay.includes(needle)) continue;
    let cur: Unit | undefined = u;
    while (cur && !keep.has(cur.id)) {
      keep.add(cur.id);
      cur = cur.parentId ? byId.get(cur.parentId) : undefined;
    }
  }
  return keep;
}

/** "河南省林业局 / 郑州市林业局 / 中牟县林业局" for a unit. */
export function unitTrail(units: readonly Unit[], id: string | null | undefined): string {
  if (!id) return '';
  const byId = new Map(units.map((u) => [u.id, u]));
  const names: string[] = [];
  let cur = byId.get(id);
  while (cur) {
    names.unshift(cur.name);
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return names.join(' / ');
}

/** Whether a unit's name is inferred rather than attested (shown as 名称待核实). */
export function nameUnverified(u: Pick<Unit, 'nameUnverified' | 'dataStatus'>): boolean {
  return u.nameUnverified ?? u.dataStatus === 'reconstructed';
}
