import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

export const ACCOUNT_KINDS = ['staff', 'citizen', 'org'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
export const DATA_SCOPES = ['self', 'unit', 'subtree', 'all'] as const;
export type DataScope = (typeof DATA_SCOPES)[number];
// 三员分立: the three administrators' kinds.
export const ADMIN_KINDS = ['system', 'security', 'audit'] as const;
export type AdminKind = (typeof ADMIN_KINDS)[number];

export const accounts = pgTable(
  'accounts',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().$type<AccountKind>().notNull(),
    username: text().notNull().unique(),
    displayName: text().notNull(),
    // Staff only: the unit the account works in (data scopes hang on it) and the person it is.
    unitId: uuid(),
    personId: uuid(),
    passwordHash: text().notNull(),
    passwordChangedAt: timestamp({ withTimezone: true }).notNull(),
    mustChangePassword: boolean().notNull().default(false),
    totpSecretEnc: text(), // SM4
    totpEnabled: boolean().notNull().default(false),
    // The last TOTP time step accepted: a code is good once (no replay within its 90-second window).
    totpLastStep: integer(),
    status: text().$type<'active' | 'disabled'>().notNull().default('active'),
    // Citizens: ID number (SM4 at rest, masked for display). Organisations: unified social credit code.
    idNumberEnc: text(),
    idNumberMask: text(),
    idNumberHash: text().unique(), // SM3 of the number, to find duplicates without decrypting
    creditCode: text().unique(),
    phoneEnc: text(),
    phoneMask: text(),
    email: text(),
    lastLoginAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('accounts_unit_idx').on(t.unitId)],
);

export const passwordHistory = pgTable(
  'password_history',
  {
    id: uuid().primaryKey().defaultRandom(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    passwordHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('password_history_account_idx').on(t.accountId, t.createdAt)],
);

export const roles = pgTable('roles', {
  id: uuid().primaryKey().defaultRandom(),
  code: text().notNull().unique(),
  name: text().notNull(),
  description: text().notNull().default(''),
  // Set for the three administrator roles: their permissions are fixed and exclusive.
  adminKind: text().$type<AdminKind>(),
  permissions: jsonb().$type<string[]>().notNull().default([]),
  dataScope: text().$type<DataScope>().notNull().default('unit'),
  builtin: boolean().notNull().default(false),
  createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  updatedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
});

// A grant of a role to an account (授权).
export const accountRoles = pgTable(
  'account_roles',
  {
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    roleId: uuid()
      .notNull()
      .references(() => roles.id, { onDelete: 'cascade' }),
    grantedBy: uuid(),
    grantedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.roleId] })],
);

export const sessions = pgTable(
  'sessions',
  {
    // SM3 of the cookie token: a stolen table gives no usable cookie.
    id: text().primaryKey(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    csrfToken: text().notNull(),
    // 'mfa' = password accepted, TOTP still due; 'active' = signed in.
    stage: text().$type<'mfa' | 'active'>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    ip: text(),
    userAgent: text(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedReason: text(),
    // Minutes of inactivity after which the session ends: staff and public accounts differ (a lobby
    // kiosk must not hand the next person the previous citizen's session).
    idleMinutes: integer().notNull().default(30),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

// Failed sign-ins by user name (登录失败计数), per client address and for all addresses together
// (source '*'), kept for names that exist and names that do not alike, so a lockout says nothing
// about whether an account exists. A name is locked from one address first (LOCKOUT_THRESHOLD) and
// from every address only at a higher count (LOCKOUT_ACCOUNT_THRESHOLD).
export const loginFailures = pgTable(
  'login_failures',
  {
    username: text().notNull(),
    source: text().notNull(),
    failures: integer().notNull(),
    lastFailureAt: timestamp({ withTimezone: true }).notNull(),
    lockedUntil: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.username, t.source] })],
);

// Runtime settings editable by the system admin (modules register their definitions).
export const settings = pgTable('settings', {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  updatedBy: uuid(),
});

// 三员分立 two-person approval (双人审批): changes to who holds an administrator role, and resets of
// an administrator's password, second factor or email, are proposed by one administrator and take
// effect only when another confirms; neither may be the account concerned.
export const APPROVAL_KINDS = [
  'grant-admin',
  'revoke-admin',
  'reset-password',
  'reset-totp',
  'set-email',
] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];
export const APPROVAL_STATUSES = ['pending', 'confirmed', 'rejected', 'cancelled', 'expired'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export const adminApprovals = pgTable(
  'admin_approvals',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().$type<ApprovalKind>().notNull(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    // grant-admin / revoke-admin: the administrator role.
    roleId: uuid().references(() => roles.id, { onDelete: 'cascade' }),
    // set-email: the new address (null removes it).
    email: text(),
    reason: text().notNull(),
    status: text().$type<ApprovalStatus>().notNull().default('pending'),
    proposedBy: uuid().notNull(),
    proposedAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    decidedBy: uuid(),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
  },
  (t) => [index('admin_approvals_status_idx').on(t.status, t.proposedAt)],
);
