// Shapes of the API's replies, as the workbench reads them: derived from the OpenAPI document
// (openapi.gen.ts, `npm run openapi:types`), so they follow the server's schemas. The few routes
// whose reply the server does not declare yet are typed by hand at the end (UndeclaredReplies);
// once a route declares its response schema, its type comes from the document instead.
import type { Reply, RequestBody } from './client.ts';

/** A page of a list: { total, items }. */
export interface Page<T> {
  total: number;
  items: T[];
}

/** The element type of a list reply's items. */
export type ItemOf<R extends { items: readonly unknown[] }> = R['items'][number];

// ---- session and access ----

export type LoginReply = Reply<'/api/auth/login', 'post'>;
export type DataScope = RequestBody<'/api/roles', 'post'>['dataScope'];
export type AdminKind = 'system' | 'security' | 'audit';

// ---- organisation ----

export type Unit = ItemOf<Reply<'/api/units'>>;
export type UnitType = Unit['type'];
export type UnitDetail = Reply<'/api/units/{id}'>;
export type Person = ItemOf<Reply<'/api/people'>>;
export type PersonDetail = Reply<'/api/people/{id}'>;
export type Leader = ItemOf<Reply<'/api/leaders'>>;
export type LeaderRank = NonNullable<Person['leaderRank']>;

// ---- settings ----

export type Setting = ItemOf<Reply<'/api/settings'>>;
export type SettingValue = Setting['value'];

// ---- working-day calendar ----

export type CalendarStatus = Reply<'/api/calendar/status'>;
export type CalendarYearSummary = CalendarStatus['years'][number];
export type CalendarYear = Reply<'/api/calendar/years/{year}'>;
export type CalendarDay = CalendarYear['days'][number];
export type CalendarYearReplaced = Reply<'/api/calendar/years/{year}', 'put'>;
export type DueResult = Reply<'/api/calendar/due'>;
export type ProvisionalYear = Reply<'/api/calendar/years/{year}/provisional'>;
export type ProvisionalDay = ProvisionalYear['days'][number];
export type DueExplanation = DueResult['explanation'];
export type ClockDetail = Reply<'/api/clocks/{id}'>;
export type ClockExplanation = NonNullable<ClockDetail['explanation']>;

// ---- notifications ----

export type NotificationPage = Reply<'/api/notifications'>;
export type Notification = ItemOf<NotificationPage>;

// ---- accounts, roles, audit ----

export type Me = Reply<'/api/me'>;
export type Account = Reply<'/api/accounts/{id}'>;
export type RoleRef = Account['roles'][number];
export type Role = ItemOf<Reply<'/api/roles'>>;
export type PermissionCatalogue = Reply<'/api/permissions'>;
export type PermissionDef = PermissionCatalogue['permissions'][number];
export type AuditRecord = ItemOf<Reply<'/api/audit'>>;
export type AuditVerifyResult = Reply<'/api/audit/verify', 'post'>;

/** Replies the document leaves untyped (no response schema on the route), by path and method. */
// biome-ignore lint/complexity/noBannedTypes: empty until a route again declares no response schema
export type UndeclaredReplies = {};
