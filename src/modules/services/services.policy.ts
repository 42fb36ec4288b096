// Who may do what with service items and cases, and on which cases (data scopes): the acceptance
// centre sees the cases it receives, a division the cases it decides, a city bureau the cases of
// its counties, leaders and the director everything below them.
import type { SQL } from 'drizzle-orm';
import type { DataScope } from '../../platform/access/access.table.ts';
import { requireInScope } from '../../platform/access/policy.ts';
import { type ScopeColumns, type ScopeValues, scopeCovers, scopeWhere } from '../../platform/access/scope.ts';
import type { Actor } from '../../platform/context.ts';
import { serviceCases } from './services.table.ts';

export const SERVICES_PERMISSIONS = {
  'services:read': '网上办事：查看办件',
  'services:counter': '网上办事：窗口登记、收件与收费',
  'services:accept': '网上办事：受理、不予受理、补正告知',
  'services:review': '网上办事：审查、现场核查、公示、核定收费',
  'services:decide': '网上办事：作出许可决定与发证',
  'services:extend': '网上办事：批准延长办理期限',
  'services:stats': '网上办事：办件统计',
  'services:items': '网上办事：维护办事事项与表单',
};

export interface CaseScopeTarget {
  unitId: string | null;
  unitPath: string | null;
  acceptUnitId: string | null;
  acceptUnitPath: string | null;
  countyPath: string | null;
  applicantAccountId: string | null;
}

// A case belongs to its applicant (本人), to the unit that decides it and the acceptance centre that
// received it (本单位), and through their paths and its county's to the units above (本单位及下级).
const CASE_SCOPE: ScopeColumns = {
  owner: serviceCases.applicantAccountId,
  unit: [serviceCases.unitId, serviceCases.acceptUnitId],
  unitPath: [serviceCases.unitPath, serviceCases.acceptUnitPath, serviceCases.countyPath],
};

const caseValues = (c: CaseScopeTarget): ScopeValues => ({
  owner: c.applicantAccountId,
  unit: [c.unitId, c.acceptUnitId],
  unitPath: [c.unitPath, c.acceptUnitPath, c.countyPath],
});

export function caseInScope(actor: Actor, scope: DataScope, c: CaseScopeTarget): boolean {
  return scopeCovers(actor, scope, caseValues(c));
}

/** requirePermission plus the case's scope; FORBIDDEN outside it. */
export function requireCase(actor: Actor, permission: string, c: CaseScopeTarget): DataScope {
  return requireInScope(actor, permission, caseValues(c), '该办件不在您的数据权限范围内');
}

/** The same scope as a WHERE condition on service_cases (each branch one indexed column). */
export function caseScopeWhere(actor: Actor, scope: DataScope): SQL | undefined {
  return scopeWhere(actor, scope, CASE_SCOPE);
}
