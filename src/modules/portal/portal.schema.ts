// Request and response schemas of the portal's staff API (/api/portal/...) and its public JSON search.
import { type TLiteral, type TSchema, Type } from '@sinclair/typebox';
import { Paging, Uuid } from '../../platform/http/route.ts';
import {
  ARTICLE_ORIGINS,
  ARTICLE_STATUSES,
  COLUMN_CATEGORIES,
  COLUMN_CODE_PATTERN,
  COLUMN_KINDS,
} from './portal.table.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const literals = <T extends string>(values: readonly T[], description: string) =>
  Type.Union(values.map((v) => Type.Literal(v)) as TLiteral<T>[], { description });
const DateTime = Type.String({ format: 'date-time' });
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: '日期 YYYY-MM-DD' });

export const ColumnKindSchema = literals(
  COLUMN_KINDS,
  '栏目类型：list 文章列表 / page 单页 / link 外部链接 / module 模块页面',
);
export const ColumnCategorySchema = literals(
  COLUMN_CATEGORIES,
  '考核类别：news 动态 / notice 通知公告 / policy 政策文件 / general 其他',
);
export const ArticleStatusSchema = literals(ARTICLE_STATUSES, '稿件状态');
export const ArticleOriginSchema = literals(
  ARTICLE_ORIGINS,
  '来源类型：original 原创 / shared 网刊共享 / reposted 转载',
);

export const ColumnView = Type.Object({
  id: Uuid,
  parentId: Nullable(Uuid),
  code: Type.String(),
  name: Type.String(),
  level: Type.Integer(),
  path: Type.String(),
  kind: ColumnKindSchema,
  target: Nullable(Type.String()),
  category: ColumnCategorySchema,
  responsibleUnitId: Uuid,
  responsibleUnitName: Type.String(),
  updateDays: Nullable(Type.Integer()),
  reviewSteps: Type.Integer(),
  sort: Type.Integer(),
  visible: Type.Boolean(),
  description: Nullable(Type.String()),
  liveArticles: Type.Integer(),
  lastPublishedAt: Nullable(DateTime),
  editable: Type.Boolean(),
});

const columnFields = {
  name: Type.String({ minLength: 1, maxLength: 40, description: '栏目名称' }),
  kind: ColumnKindSchema,
  target: Type.Optional(Nullable(Type.String({ maxLength: 500, description: '链接地址或模块标识' }))),
  category: Type.Optional(ColumnCategorySchema),
  responsibleUnitId: Uuid,
  updateDays: Type.Optional(
    Nullable(Type.Integer({ minimum: 1, maximum: 366, description: '更新要求：至少每 N 天更新一次' })),
  ),
  reviewSteps: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 2, description: '审核步骤：1 审核 / 2 初审加复审' }),
  ),
  visible: Type.Optional(Type.Boolean()),
  description: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
};

export const NewColumnBody = Type.Object(
  {
    parentId: Type.Optional(Nullable(Uuid)),
    code: Type.String({
      pattern: COLUMN_CODE_PATTERN,
      minLength: 1,
      maxLength: 40,
      description: '栏目代码（网址中使用）',
    }),
    ...columnFields,
  },
  { additionalProperties: false },
);

export const ColumnPatchBody = Type.Object(
  {
    code: Type.Optional(Type.String({ pattern: COLUMN_CODE_PATTERN, minLength: 1, maxLength: 40 })),
    name: Type.Optional(columnFields.name),
    kind: Type.Optional(ColumnKindSchema),
    target: columnFields.target,
    category: columnFields.category,
    responsibleUnitId: Type.Optional(Uuid),
    updateDays: columnFields.updateDays,
    reviewSteps: columnFields.reviewSteps,
    visible: columnFields.visible,
    description: columnFields.description,
  },
  { additionalProperties: false },
);

export const MoveColumnBody = Type.Object(
  {
    parentId: Nullable(Uuid),
    index: Type.Integer({ minimum: 0, maximum: 1000, description: '在新的同级栏目中的位置（从 0 起）' }),
  },
  { additionalProperties: false },
);

const Attachment = Type.Object({
  fileId: Uuid,
  title: Type.String(),
  size: Type.Integer(),
  mime: Type.String(),
});

const contentFields = {
  title: Type.String({ minLength: 1, maxLength: 200, description: '标题' }),
  subtitle: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  source: Type.Optional(Nullable(Type.String({ maxLength: 100, description: '来源' }))),
  author: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  date: Type.Optional(Nullable(Day)),
  bodyHtml: Type.String({ maxLength: 400_000, description: '正文（HTML，保存时按白名单清洗）' }),
  summary: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  coverFileId: Type.Optional(Nullable(Uuid)),
  attachments: Type.Optional(
    Type.Array(
      Type.Object(
        { fileId: Uuid, title: Type.Optional(Nullable(Type.String({ maxLength: 100 }))) },
        { additionalProperties: false },
      ),
      { maxItems: 20 },
    ),
  ),
  tags: Type.Optional(Type.Array(Type.String({ maxLength: 20 }), { maxItems: 10 })),
  origin: Type.Optional(ArticleOriginSchema),
  originName: Type.Optional(
    Nullable(Type.String({ maxLength: 100, description: '转载出处或网刊名称与期号' })),
  ),
  originUrl: Type.Optional(Nullable(Type.String({ maxLength: 1000, description: '转载原文地址' }))),
  pinned: Type.Optional(Type.Boolean({ description: '置顶' })),
  note: Type.Optional(Nullable(Type.String({ maxLength: 200, description: '本次修改说明' }))),
};

export const NewArticleBody = Type.Object(
  { columnId: Uuid, ...contentFields },
  { additionalProperties: false },
);

export const ArticlePatchBody = Type.Object(
  {
    columnId: Type.Optional(Uuid),
    title: Type.Optional(contentFields.title),
    subtitle: contentFields.subtitle,
    source: contentFields.source,
    author: contentFields.author,
    date: contentFields.date,
    bodyHtml: Type.Optional(contentFields.bodyHtml),
    summary: contentFields.summary,
    coverFileId: contentFields.coverFileId,
    attachments: contentFields.attachments,
    tags: contentFields.tags,
    origin: contentFields.origin,
    originName: contentFields.originName,
    originUrl: contentFields.originUrl,
    pinned: contentFields.pinned,
    note: contentFields.note,
  },
  { additionalProperties: false },
);

const summaryFields = {
  id: Uuid,
  columnId: Uuid,
  columnCode: Type.String(),
  columnName: Type.String(),
  title: Type.String(),
  source: Nullable(Type.String()),
  date: Nullable(Type.String()),
  origin: ArticleOriginSchema,
  status: ArticleStatusSchema,
  statusLabel: Type.String(),
  edition: Type.Integer(),
  liveEdition: Nullable(Type.Integer()),
  reviewSteps: Type.Integer(),
  reviewsDone: Type.Integer(),
  unreviewed: Type.Boolean({ description: '未经审核发布（信息中心须关注）' }),
  pinned: Type.Boolean(),
  publishAt: Nullable(DateTime),
  unpublishAt: Nullable(DateTime),
  firstPublishedAt: Nullable(DateTime),
  publishedAt: Nullable(DateTime),
  createdByName: Nullable(Type.String()),
  updatedAt: DateTime,
};

export const ArticleSummary = Type.Object(summaryFields);
export const ArticleList = Type.Object({ total: Type.Integer(), items: Type.Array(ArticleSummary) });

export const ArticleDetail = Type.Object({
  ...summaryFields,
  subtitle: Nullable(Type.String()),
  author: Nullable(Type.String()),
  bodyHtml: Type.String(),
  bodyText: Type.String(),
  summary: Nullable(Type.String()),
  coverFileId: Nullable(Uuid),
  attachments: Type.Array(Attachment),
  tags: Type.Array(Type.String()),
  originName: Nullable(Type.String()),
  originUrl: Nullable(Type.String()),
  unreviewedReason: Nullable(Type.String()),
  withdrawnAt: Nullable(DateTime),
  withdrawnReason: Nullable(Type.String()),
  externalKey: Nullable(Type.String()),
  events: Type.Array(
    Type.Object({
      action: Type.String(),
      label: Type.String(),
      edition: Type.Integer(),
      step: Nullable(Type.Integer()),
      comment: Nullable(Type.String()),
      actorName: Nullable(Type.String()),
      at: DateTime,
    }),
  ),
  editions: Type.Array(
    Type.Object({
      edition: Type.Integer(),
      title: Type.String(),
      note: Nullable(Type.String()),
      createdByName: Nullable(Type.String()),
      createdAt: DateTime,
    }),
  ),
  actions: Type.Object({
    edit: Type.Boolean(),
    submit: Type.Boolean(),
    review: Type.Boolean(),
    publish: Type.Boolean(),
    publishUnreviewed: Type.Boolean(),
    unschedule: Type.Boolean(),
    unpublish: Type.Boolean(),
    withdraw: Type.Boolean(),
    delete: Type.Boolean(),
  }),
});

export const ArticlesQuery = Type.Object(
  {
    columnId: Type.Optional(Uuid),
    status: Type.Optional(Type.Array(ArticleStatusSchema, { description: '状态（可多选）' })),
    q: Type.Optional(Type.String({ maxLength: 100, description: '标题或来源包含' })),
    unreviewed: Type.Optional(Type.Boolean({ description: '只看未经审核发布的' })),
    mine: Type.Optional(Type.Boolean({ description: '只看我写的' })),
    ...Paging,
  },
  { additionalProperties: false },
);

export const PageQuery = Type.Object(Paging, { additionalProperties: false });

export const CommentBody = Type.Object(
  { comment: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) },
  { additionalProperties: false },
);

export const ReviewBody = Type.Object(
  {
    approve: Type.Boolean({ description: 'true 通过 / false 退回修改' }),
    comment: Type.Optional(Nullable(Type.String({ maxLength: 500, description: '审核意见（退回时必填）' }))),
  },
  { additionalProperties: false },
);

const times = {
  publishAt: Type.Optional(
    Nullable(Type.String({ format: 'date-time', description: '定时发布时间；不填为立即发布' })),
  ),
  unpublishAt: Type.Optional(Nullable(Type.String({ format: 'date-time', description: '定时下线时间' }))),
};

export const PublishBody = Type.Object(times, { additionalProperties: false });

export const UnreviewedBody = Type.Object(
  { ...times, reason: Type.String({ minLength: 1, maxLength: 500, description: '未经审核发布的理由' }) },
  { additionalProperties: false },
);

export const WithdrawBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500, description: '撤回理由（向公众显示）' }) },
  { additionalProperties: false },
);

export const EditionParams = Type.Object(
  { id: Uuid, edition: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);

export const DiffQuery = Type.Object(
  { from: Type.Integer({ minimum: 1 }), to: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);

const Part = Type.Object({ op: literals(['equal', 'insert', 'delete'], '差异'), text: Type.String() });

export const DiffView = Type.Object({
  from: Type.Integer(),
  to: Type.Integer(),
  fields: Type.Array(Type.Object({ field: Type.String(), label: Type.String(), parts: Type.Array(Part) })),
  body: Type.Array(
    Type.Object({
      op: literals(['equal', 'insert', 'delete', 'change'], '段落差异'),
      parts: Type.Array(Part),
    }),
  ),
});

export const EditionView = Type.Object({
  articleId: Uuid,
  edition: Type.Integer(),
  title: Type.String(),
  subtitle: Nullable(Type.String()),
  source: Nullable(Type.String()),
  author: Nullable(Type.String()),
  date: Nullable(Type.String()),
  bodyHtml: Type.String(),
  bodyText: Type.String(),
  summary: Nullable(Type.String()),
  coverFileId: Nullable(Uuid),
  attachments: Type.Array(Attachment),
  tags: Type.Array(Type.String()),
  origin: ArticleOriginSchema,
  originName: Nullable(Type.String()),
  originUrl: Nullable(Type.String()),
  note: Nullable(Type.String()),
  createdByName: Nullable(Type.String()),
  createdAt: DateTime,
});

export const SanitizeBody = Type.Object(
  { bodyHtml: Type.String({ maxLength: 400_000 }) },
  { additionalProperties: false },
);

export const UploadedFile = Type.Object({
  fileId: Uuid,
  fileName: Type.String(),
  size: Type.Integer(),
  contentType: Type.String(),
});

export const SearchQuery = Type.Object(
  {
    q: Type.String({ maxLength: 100, description: '搜索词' }),
    within: Type.Optional(Type.String({ maxLength: 100, description: '在结果中搜索' })),
    column: Type.Optional(Type.String({ maxLength: 40, description: '栏目代码（含下级栏目）' })),
    from: Type.Optional(Day),
    to: Type.Optional(Day),
    source: Type.Optional(Type.String({ maxLength: 40, description: '结果来源（article、openness…）' })),
    page: Type.Integer({ minimum: 1, maximum: 1000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
  },
  { additionalProperties: false },
);

export const SearchResultView = Type.Object({
  q: Type.String(),
  within: Type.String(),
  terms: Type.Array(Type.String()),
  total: Type.Integer({ description: '命中条数，精确统计至 500 条' }),
  totalExact: Type.Boolean({ description: '为 false 时表示命中超过 total 条（“500 条以上”）' }),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  items: Type.Array(
    Type.Object({
      source: Type.String(),
      sourceLabel: Type.String(),
      url: Type.String(),
      title: Type.String(),
      titleHtml: Type.String({ description: '标题，命中词以 <mark> 标出（已转义）' }),
      snippetHtml: Type.String({ description: '摘要，命中词以 <mark> 标出（已转义）' }),
      extraHtml: Nullable(Type.String({ description: '附件标题等命中时的片段' })),
      day: Nullable(Type.String()),
      columnName: Nullable(Type.String()),
    }),
  ),
});
