// Shapes of the API's replies, as the workbench reads them.

export type DataScope = 'self' | 'unit' | 'subtree' | 'all';
export type AdminKind = 'system' | 'security' | 'audit';

export interface Me {
  id: string;
  kind: 'staff' | 'citizen' | 'org';
  username: string;
  displayName: string;
  unitId: string | null;
  unitPath: string | null;
  roles: string[];
  /** Role code → Chinese name. */
  roleNames?: Record<string, string>;
  permissions: Record<string, DataScope>;
  adminKind: AdminKind | null;
  csrfToken: string | null;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  passwordChangedAt?: string | null;
}

export interface LoginReply {
  csrfToken: string;
  stage: 'active' | 'totp-enrol';
  mustChangePassword: boolean;
  totpEnrolment?: { secret: string; uri: string };
}

export interface Page<T> {
  total: number;
  items: T[];
}

export interface RoleRef {
  id: string;
  code: string;
  name: string;
}

export interface Account {
  id: string;
  kind: 'staff' | 'citizen' | 'org';
  username: string;
  displayName: string;
  unitId: string | null;
  status: 'active' | 'disabled';
  locked: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  idNumberMask: string | null;
  creditCode: string | null;
  phoneMask: string | null;
  lastLoginAt: string | null;
  roles: RoleRef[];
}

export interface Role {
  id: string;
  code: string;
  name: string;
  description: string | null;
  adminKind: AdminKind | null;
  permissions: string[];
  dataScope: DataScope;
  builtin: boolean;
  accounts: number;
}

export interface PermissionDef {
  code: string;
  name: string;
  module: string;
}

export interface PermissionCatalogue {
  permissions: PermissionDef[];
  scopes: Record<DataScope, string>;
}

export interface AuditRecord {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: 'success' | 'failure' | 'denied';
  ip: string | null;
  requestId: string | null;
  detail: unknown;
  prevHash: string;
  hash: string;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  firstBroken: { seq: number; reason: string } | null;
}

export type UnitType = 'department' | 'division' | 'affiliated' | 'city_bureau' | 'county_bureau';

export interface Unit {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  shortName: string | null;
  type: UnitType;
  regionCode: string | null;
  path: string;
  depth?: number;
  sort: number;
  dataStatus: string | null;
  /** The name is inferred, not attested: shown as 名称待核实. */
  nameUnverified?: boolean;
  active?: boolean;
  childCount?: number;
  peopleCount?: number;
}

export interface UnitDetail extends Unit {
  ancestors?: Array<{ id: string; name: string; type: UnitType }>;
  leaders?: Array<{ id: string; name: string; title: string | null }>;
}

export type LeaderRank = 'director' | 'deputy' | 'other';

export interface Person {
  id: string;
  unitId: string;
  unitName?: string;
  name: string;
  title: string | null;
  leaderRank: LeaderRank | null;
  phoneMask: string | null;
  email: string | null;
  sort: number;
  active?: boolean;
}

export interface PersonDetail extends Person {
  charges?: Array<{ unitId: string; code: string; name: string }>;
  canRevealPhone?: boolean;
}

export interface Leader {
  id: string;
  name: string;
  title: string | null;
  leaderRank: LeaderRank;
  unitId: string;
  sort: number;
  charges: Array<{ unitId: string; code: string; name: string; type: UnitType }>;
}

export type SettingValue = boolean | number | string;

export interface Setting {
  key: string;
  label: string;
  description: string | null;
  type: 'integer' | 'string' | 'boolean';
  default: SettingValue;
  min: number | null;
  max: number | null;
  value: SettingValue;
  changed: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface CalendarYearSummary {
  year: number;
  source: 'chinese-days' | 'manual';
  note: string | null;
  holidays: number;
  workdays: number;
  updatedAt: string;
}

export interface CalendarStatus {
  years: CalendarYearSummary[];
  currentYear: number;
  currentYearMissing: boolean;
  nextYearMissing: boolean;
  clocksWithoutDue: number;
  warning: string | null;
}

export interface CalendarDay {
  day: string;
  kind: 'holiday' | 'workday';
  name: string;
}

export interface CalendarYear {
  year: number;
  source: 'chinese-days' | 'manual';
  note: string | null;
  updatedAt?: string;
  days: CalendarDay[];
}

export interface CalendarYearReplaced extends CalendarYear {
  clocksRecomputed: number;
  clocksChanged: number;
}

export interface DueExplanation {
  from: string;
  workdays: number;
  due: string;
  skippedWeekends: string[];
  skippedHolidays: Array<{ day: string; name: string }>;
  adjustedWorkdays: Array<{ day: string; name: string }>;
}

export interface DueResult {
  due: string;
  explanation: DueExplanation;
  text: string;
}

export interface Notification {
  id: string;
  category: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage extends Page<Notification> {
  unread: number;
}
