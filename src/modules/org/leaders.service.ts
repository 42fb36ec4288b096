// The department's leaders (局领导): the director and the deputies, each in charge of some
// divisions and units (分管). Supervision and information work route items by these charges.
import { requirePermission } from '../../platform/access/policy.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { requireStaff } from './org.policy.ts';
import {
  chargesOf,
  findPerson,
  findUnitsByIds,
  listLeaderRows,
  type PersonWithUnit,
  replaceCharges,
} from './org.repository.ts';
import type { UnitType } from './org.table.ts';
import type { LeaderRank } from './people.service.ts';

export interface LeaderView {
  id: string;
  name: string;
  title: string | null;
  leaderRank: LeaderRank;
  unitId: string;
  sort: number;
  charges: Array<{ unitId: string; code: string; name: string; type: UnitType }>;
}

async function present(ctx: Ctx, rows: PersonWithUnit[]): Promise<LeaderView[]> {
  const charges = await chargesOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    title: r.title,
    leaderRank: r.leaderRank!,
    unitId: r.unitId,
    sort: r.sort,
    charges: charges
      .filter((c) => c.personId === r.id)
      .map((c) => ({ unitId: c.unitId, code: c.code, name: c.name, type: c.type })),
  }));
}

/** Director first, then the deputies in their order, each with the units in their charge. */
export async function listLeaders(ctx: Ctx): Promise<LeaderView[]> {
  requireStaff(ctx.actor);
  return present(ctx, await listLeaderRows(ctx.db));
}

/** Replaces the units a leader is in charge of (分管). */
export async function setLeaderCharges(ctx: Ctx, personId: string, unitIds: string[]): Promise<LeaderView> {
  requirePermission(ctx.actor, 'system:people');
  return inTransaction(ctx, async (tx) => {
    const person = await findPerson(tx.db, personId);
    if (!person) throw notFound('PERSON_NOT_FOUND', '人员不存在');
    if (!person.leaderRank)
      throw new AppError('UNPROCESSABLE', {
        message: `“${person.name}”不是局领导，不能设置分管单位`,
        errors: [{ field: 'unitIds', message: '只有局领导才能分管单位' }],
      });
    const wanted = [...new Set(unitIds)];
    const found = await findUnitsByIds(tx.db, wanted);
    if (found.length !== wanted.length)
      throw new AppError('VALIDATION_FAILED', {
        message: '分管单位中有不存在的单位',
        errors: [{ field: 'unitIds', message: '分管单位中有不存在的单位' }],
      });
    const root = found.find((u) => u.parentId === null);
    if (root)
      throw new AppError('VALIDATION_FAILED', {
        message: `不能分管“${root.name}”本身`,
        errors: [{ field: 'unitIds', message: `不能分管“${root.name}”本身` }],
      });
    const before = await chargesOf(tx.db, [personId]);
    await replaceCharges(tx.db, personId, wanted);
    await recordAudit(tx, {
      action: 'leader.charges.set',
      objectType: 'person',
      objectId: personId,
      detail: { before: before.map((c) => c.code).sort(), after: found.map((u) => u.code).sort() },
    });
    return (await present(tx, [person]))[0];
  });
}
