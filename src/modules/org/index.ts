// Organisation: the unit tree (省局, 处室, 直属单位, 18 省辖市 and their counties), people and the
// leaders' divisions in charge (分管). Other modules read units only through this file; the
// actors' unit paths (for "unit and below" data scopes) come from here too.
export { type CountyChoice, countyChoices } from './county-choices.ts';
export {
  DEMO_ACCOUNTS_TEXT,
  DEMO_ROLES,
  type DemoSeed,
  loadDemoDataIfEmpty,
  seedDemoData,
} from './demo.ts';
export type { DataStatus } from './department-units.data.ts';
export { type CountyKind, HENAN_PREFECTURES, type Prefecture } from './henan-regions.data.ts';
export { type LeaderView, listLeaders } from './leaders.service.ts';
export {
  assignCharges,
  createPeople,
  createPerson,
  createUnit,
  createUnitTree,
  type PersonSpec,
  type UnitSpec,
  type UnitTree,
} from './org.factories.ts';
export { orgModule } from './org.module.ts';
export {
  findUnit,
  findUnitByCode,
  findUnitPath,
  findUnitsByIds,
  leadersChargedWith,
  listLeaderRows,
  type PersonRow,
  type PersonWithUnit,
  type UnitRow,
} from './org.repository.ts';
export { DIRECTORY_SHOWS_PHONES, TAG_UNVERIFIED_NAMES } from './org.settings.ts';
// The unit table itself, for modules that join their rows to the responsible unit in SQL.
export { UNIT_TYPES, type UnitType, units } from './org.table.ts';
export type { PersonView } from './people.service.ts';
export {
  isHeadTitle,
  leaderInChargeAccounts,
  leadersInCharge,
  OFFICE_UNIT_CODE,
  officeAccounts,
} from './recipients.ts';
export { UNIT_TYPE_LABELS, type UnitView, unitByCode } from './units.service.ts';
