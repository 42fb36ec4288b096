// Who is the unit head, the leader in charge (分管领导) and the office for a clock's unit: org's
// answer to the platform's escalation ladders (提醒 → 催办 → 督办), registered once. Accounts come
// from the platform's account lookup; org knows the people, their titles and the 分管 charges.
//  - unit head (单位负责人): the first active person of the unit, in the directory's order, whose
//    title is a head's (处长, 主任, 局长, 院长, 站长…; not 副…, not 主任科员);
//  - leader in charge: the department leaders charged with the unit, or with the nearest unit
//    above it that has one (a county bureau → its city bureau → …);
//  - office: the staff accounts of the unit whose code is the setting org.officeUnitCode.
import { accountIdsOfPeople, staffAccountIdsOfUnit } from '../../platform/access/account-lookup.ts';
import type { Ctx } from '../../platform/context.ts';
import type { RecipientResolver } from '../../platform/notify/index.ts';
import { getSetting } from '../../platform/settings/settings.service.ts';
import {
  findUnit,
  findUnitByCode,
  leadersChargedWith,
  listPeopleRows,
  type PersonWithUnit,
} from './org.repository.ts';
import { OFFICE_UNIT_CODE } from './org.settings.ts';

export { OFFICE_UNIT_CODE };

const HEAD_TITLE = /(厅长|局长|处长|主任|院长|站长|所长|队长|科长|书记|馆长|场长)$/;

/** Whether a title is a unit head's: 处长, 主任; not 副处长, 一级主任科员. */
export function isHeadTitle(title: string | null): boolean {
  return Boolean(title && HEAD_TITLE.test(title) && !title.startsWith('副'));
}

export async function unitHeadAccounts(ctx: Ctx, unitId: string): Promise<string[]> {
  const { items } = await listPeopleRows(ctx.db, { unitId, page: 1, pageSize: 100 });
  const head = items.find((p) => isHeadTitle(p.title));
  return head ? accountIdsOfPeople(ctx.db, [head.id]) : [];
}

/**
 * The leaders in charge (分管领导) of a unit: those charged with it, or with the nearest unit above
 * it that has any (a county bureau → its city bureau → …). Supervision names them on its items.
 */
export async function leadersInCharge(db: Ctx['db'], unitId: string): Promise<PersonWithUnit[]> {
  const unit = await findUnit(db, unitId);
  if (!unit) return [];
  // The path lists the ids from the root down: try the unit itself first, then upwards.
  const chain = unit.path.split('/').filter(Boolean).reverse();
  for (const id of chain) {
    const leaders = await leadersChargedWith(db, id);
    if (leaders.length > 0) return leaders;
  }
  return [];
}

export async function leaderInChargeAccounts(ctx: Ctx, unitId: string): Promise<string[]> {
  const leaders = await leadersInCharge(ctx.db, unitId);
  return leaders.length
    ? accountIdsOfPeople(
        ctx.db,
        leaders.map((l) => l.id),
      )
    : [];
}

export async function officeAccounts(ctx: Ctx): Promise<string[]> {
  const office = await findUnitByCode(ctx.db, await getSetting(ctx, OFFICE_UNIT_CODE));
  return office ? staffAccountIdsOfUnit(ctx.db, office.id) : [];
}

/** Registered with the platform by org's index.ts. */
export const orgRecipients: RecipientResolver = async (ctx, role, clock) => {
  if (role === 'office') return officeAccounts(ctx);
  if (!clock.responsibleUnitId) return [];
  return role === 'unitHead'
    ? unitHeadAccounts(ctx, clock.responsibleUnitId)
    : leaderInChargeAccounts(ctx, clock.responsibleUnitId);
};
