// Request and response schemas of the portal operations API (TypeBox → validation and OpenAPI).
import { type TSchema, Type } from '@sinclair/typebox';
import { Paging } from '../../platform/http/route.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: '日期 YYYY-MM-DD' });
const Uuid = Type.String({ format: 'uuid' });
const literals = <T extends string>(values: readonly T[], description?: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { description },
  );

// ---- freshness ----

export const FRESHNESS_STATUSES = ['ok', 'due-soon', 'overdue', 'empty', 'no-rule', 'unmonitored'] as const;

export const FreshnessQuery = Type.Object(
  {
    unitId: Type.Optional(Uuid),
    status: Type.Optional(Type.Array(literals(FRESHNESS_STATUSES), { maxItems: 6 })),
    all: Type.Optional(Type.Boolean({ description: '包括不监测的栏目（上级栏目、链接、模块页面）' })),
  },
  { additionalProperties: false },
);

const Offender = Type.Object({
  columnId: Type.String(),
  code: Type.String(),
  name: Type.String(),
  responsibleUnitId: Type.String(),
  responsibleUnitName: Type.String(),
  lastUpdateDay: Nullable(Type.String()),
  daysSinceUpdate: Nullable(Type.Integer()),
});

const CheckStatus = literals(['pass', 'warning', 'fail'] as const);

export const HealthView = Type.Object({
  today: Type.String(),
  verdict: CheckStatus,
  home: Type.Object({
    lastUpdate: Nullable(Type.String()),
    lastUpdateDay: Nullable(Type.String()),
    daysSinceUpdate: Nullable(Type.Integer()),
  }),
  checks: Type.Array(
    Type.Object({
      key: Type.String(),
      label: Type.String(),
      rule: Type.String(),
      national: Type.Boolean(),
      status: CheckStatus,
      count: Type.Integer(),
      threshold: Type.Integer(),
      offenders: Type.Array(Offender),
      soon: Type.Array(Offender),
      summary: Type.String(),
    }),
  ),
  totals: Type.Record(Type.String(), Type.Integer()),
});

export const ColumnFreshnessView = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  level: Type.Integer(),
  parentId: Nullable(Type.String()),
  kind: Type.String(),
  category: Type.String(),
  responsibleUnitId: Type.String(),
  responsibleUnitName: Type.String(),
  updateDays: Nullable(Type.Integer()),
  liveArticles: Type.Integer(),
  lastUpdate: Nullable(Type.String()),
  lastUpdateDay: Nullable(Type.String()),
  daysSinceUpdate: Nullable(Type.Integer()),
  dueDay: Nullable(Type.String()),
  daysToDue: Nullable(Type.Integer()),
  daysOverdue: Type.Integer(),
  status: literals(FRESHNESS_STATUSES),
  statusLabel: Type.String(),
});

export const FreshnessResponse = Type.Object({
  health: HealthView,
  columns: Type.Array(ColumnFreshnessView),
  units: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
});

// ---- links ----

export const LINK_STATUS_VALUES = ['pending', 'ok', 'broken', 'timeout', 'error', 'skipped'] as const;

export const LinksQuery = Type.Object(
  {
    status: Type.Optional(Type.Array(literals(LINK_STATUS_VALUES), { maxItems: 6 })),
    failing: Type.Optional(Type.Boolean({ description: '只看失效、超时与无法访问的链接' })),
    ...Paging,
  },
  { additionalProperties: false },
);

export const RunView = Type.Object({
  id: Type.String(),
  trigger: Type.String(),
  startedAt: Type.String(),
  finishedAt: Nullable(Type.String()),
  running: Type.Boolean(),
  articles: Type.Integer(),
  links: Type.Integer(),
  checked: Type.Integer(),
  broken: Type.Integer(),
  error: Nullable(Type.String()),
});

export const LinkView = Type.Object({
  id: Type.String(),
  url: Type.String(),
  display: Type.String(),
  status: Type.String(),
  statusLabel: Type.String(),
  httpStatus: Nullable(Type.Integer()),
  finalUrl: Nullable(Type.String()),
  redirects: Type.Integer(),
  error: Nullable(Type.String()),
  checkedAt: Nullable(Type.String()),
  failingSince: Nullable(Type.String()),
  articles: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      columnName: Type.String(),
      kind: Type.String(),
      kindLabel: Type.String(),
      label: Nullable(Type.String()),
    }),
  ),
});

export const LinkStatusResponse = Type.Object({
  latest: Nullable(RunView),
  counts: Type.Record(Type.String(), Type.Integer()),
});

// ---- statistics ----

export const StatsQuery = Type.Object(
  {
    from: Type.Optional(Day),
    to: Type.Optional(Day),
    columnId: Type.Optional(Uuid),
    articleId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

const Counts = Type.Object({ views: Type.Number(), visitors: Type.Number() });

export const StatsView = Type.Object({
  from: Type.String(),
  to: Type.String(),
  days: Type.Integer(),
  scope: Type.String(),
  target: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  series: Type.Array(Type.Object({ day: Type.String(), views: Type.Integer(), visitors: Type.Integer() })),
  totals: Counts,
  dailyAverage: Counts,
  averageDays: Type.Integer(),
  partialDay: Nullable(Type.String()),
  asOf: Type.String(),
  topArticles: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      columnName: Type.String(),
      views: Type.Integer(),
      visitors: Type.Integer(),
    }),
  ),
  topColumns: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), views: Type.Integer(), visitors: Type.Integer() }),
  ),
});

// ---- feeds ----

export const FeedView = Type.Object({
  id: Type.String(),
  columnId: Type.String(),
  columnName: Type.String(),
  name: Type.String(),
  url: Type.String(),
  intervalMinutes: Type.Integer(),
  enabled: Type.Boolean(),
  lastFetchedAt: Nullable(Type.String()),
  lastStatus: Nullable(Type.String()),
  lastError: Nullable(Type.String()),
  lastNew: Type.Integer(),
});

export const NewFeedBody = Type.Object(
  {
    columnId: Uuid,
    name: Type.String({ minLength: 1, maxLength: 50, description: '来源名称（转载时显示为出处）' }),
    url: Type.String({ minLength: 8, maxLength: 1000, description: 'RSS 或 Atom 订阅地址' }),
    intervalMinutes: Type.Optional(
      Type.Integer({ minimum: 15, maximum: 10080, description: '抓取间隔（分钟）' }),
    ),
    enabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const FeedPatchBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    url: Type.Optional(Type.String({ minLength: 8, maxLength: 1000 })),
    intervalMinutes: Type.Optional(Type.Integer({ minimum: 15, maximum: 10080 })),
    enabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const ImportResult = Type.Object({
  status: Type.String(),
  entries: Type.Integer(),
  imported: Type.Integer(),
  duplicates: Type.Integer(),
  error: Nullable(Type.String()),
});

export const FEED_ITEM_STATUS_VALUES = ['queued', 'duplicate', 'discarded', 'accepted'] as const;

export const FeedItemsQuery = Type.Object(
  { status: Type.Optional(literals(FEED_ITEM_STATUS_VALUES)), feedId: Type.Optional(Uuid), ...Paging },
  { additionalProperties: false },
);

export const FeedItemView = Type.Object({
  id: Type.String(),
  status: Type.String(),
  statusLabel: Type.String(),
  title: Type.String(),
  url: Type.String(),
  publishedAt: Nullable(Type.String()),
  fetchedAt: Type.String(),
  feedId: Type.String(),
  feedName: Type.String(),
  columnId: Type.String(),
  columnName: Type.String(),
  articleId: Nullable(Type.String()),
  articleStatus: Nullable(Type.String()),
  duplicateOf: Nullable(Type.String()),
});

// ---- board ----

export const BOARD_STATUS_VALUES = ['pending', 'published', 'rejected', 'hidden', 'withdrawn'] as const;

export const BoardPostsQuery = Type.Object(
  { status: Type.Optional(Type.Array(literals(BOARD_STATUS_VALUES), { maxItems: 5 })), ...Paging },
  { additionalProperties: false },
);

export const BoardPostView = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  kindLabel: Type.String(),
  product: Type.String(),
  quantity: Type.String(),
  unit: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  validUntil: Type.String(),
  description: Type.String(),
  authorName: Type.String(),
  authorKind: Type.String(),
  publishedAt: Nullable(Type.String()),
  contact: Nullable(Type.Object({ name: Type.String(), phone: Type.String() })),
  status: Type.String(),
  statusLabel: Type.String(),
  expired: Type.Boolean(),
  moderatedByName: Nullable(Type.String()),
  moderatedAt: Nullable(Type.String()),
  moderationNote: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const ModerateNoteBody = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 200 })) },
  { additionalProperties: false },
);
export const ModerateReasonBody = Type.Object(
  { reason: Type.String({ maxLength: 200, description: '理由（告知发布者）' }) },
  { additionalProperties: false },
);

export const REPORT_STATUS_VALUES = ['open', 'upheld', 'dismissed'] as const;

export const ReportsQuery = Type.Object(
  { status: Type.Optional(literals(REPORT_STATUS_VALUES)), ...Paging },
  { additionalProperties: false },
);

export const ReportView = Type.Object({
  id: Type.String(),
  postId: Type.String(),
  postProduct: Type.String(),
  postKindLabel: Type.String(),
  postStatus: Type.String(),
  reason: Type.String(),
  detail: Type.String(),
  anonymous: Type.Boolean(),
  status: Type.String(),
  statusLabel: Type.String(),
  handledByName: Nullable(Type.String()),
  handledAt: Nullable(Type.String()),
  note: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const ResolveReportBody = Type.Object(
  {
    action: literals(['uphold', 'dismiss'] as const, 'uphold 属实（屏蔽该信息）/ dismiss 不予采纳'),
    note: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

// ---- public board forms (application/x-www-form-urlencoded) ----

const FormText = (max: number) => Type.Optional(Type.String({ maxLength: max }));

export const BoardFormBody = Type.Object(
  {
    _csrf: FormText(200),
    kind: FormText(10),
    product: FormText(200),
    quantity: FormText(40),
    unit: FormText(40),
    regionCode: FormText(12),
    contactName: FormText(100),
    contactPhone: FormText(40),
    validUntil: FormText(20),
    description: FormText(4000),
  },
  { additionalProperties: false },
);

export const ReportFormBody = Type.Object(
  { _csrf: FormText(200), reason: FormText(20), detail: FormText(2000) },
  { additionalProperties: false },
);

export const CsrfOnlyBody = Type.Object({ _csrf: FormText(200) }, { additionalProperties: false });

export const BoardListQuery = Type.Object(
  {
    kind: Type.Optional(Type.String({ maxLength: 10 })),
    region: Type.Optional(Type.String({ maxLength: 12 })),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
  },
  { additionalProperties: true },
);
