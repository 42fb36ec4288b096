// Units and people as audit objects (审计对象): their names in the audit log, linked to the unit
// tree or the people list for the system admin. The unit's name also says where an operator works.
import { inArray } from 'drizzle-orm';
import { type AuditObjectTable, uuidsOf } from '../../platform/audit/objects.ts';
import { people, units } from './org.table.ts';

export const ORG_AUDIT_OBJECTS: AuditObjectTable = {
  unit: {
    name: '单位',
    open: 'system:units',
    async resolve(ctx, ids) {
      const uuids = uuidsOf(ids);
      if (!uuids.length) return new Map();
      const rows = await ctx.db
        .select({ id: units.id, name: units.name })
        .from(units)
        .where(inArray(units.id, uuids));
      return new Map(rows.map((r) => [r.id, { label: r.name, link: `/admin/units?unit=${r.id}` }]));
    },
  },
  person: {
    name: '人员',
    open: 'system:people',
    async resolve(ctx, ids) {
      const uuids = uuidsOf(ids);
      if (!uuids.length) return new Map();
      const rows = await ctx.db
        .select({ id: people.id, name: people.name, unitId: people.unitId })
        .from(people)
        .where(inArray(people.id, uuids));
      return new Map(
        rows.map((r) => [
          r.id,
          { label: r.name, link: `/admin/people?unitId=${r.unitId}&q=${encodeURIComponent(r.name)}` },
        ]),
      );
    },
  },
};
