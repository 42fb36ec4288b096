// Use cases on an article's content: write a draft, save changes (each save that changes the
// content is a new edition, 版本), read it with its history, compare two editions, delete a draft
// that never went public. The workflow (review, publication) is in workflow.service.ts.
import crypto from 'node:crypto';
import type { DataScope } from '../../platform/access/access.table.ts';
import { SCOPE_RANK } from '../../platform/access/permissions.ts';
import { ForbiddenError, requirePermission, scopeOf } from '../../platform/access/policy.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import {
  appendEvent,
  type EventInput,
  listEvents,
  removeTimeline,
  type Subject,
  type TimelineEvent,
} from '../../platform/timeline/index.ts';
import {
  CONTENT_KEYS,
  CONTENT_LABELS,
  type Content,
  type ContentInput,
  checkContent,
  contentOf,
  sameContent,
} from './article-content.ts';
import {
  type ArticleScope,
  type ArticleWithColumn,
  deleteArticleRow,
  type EditionRow,
  findArticle,
  findByExternalKey,
  findEdition,
  insertArticles,
  insertEditions,
  type LiveArticle,
  listArticleRows,
  listEditionRows,
  lockArticle,
  updateArticleRow,
} from './articles.repository.ts';
import { mustFindColumn } from './columns.service.ts';
import { type DiffPart, diffParagraphs, diffText, type LineDiff } from './diff.ts';
import { mayInColumn, type PortalPermission, requireInColumn } from './portal.policy.ts';
import type { ArticleStatus, AttachmentRef } from './portal.table.ts';

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  reviewed: '已审核',
  scheduled: '定时发布',
  published: '已发布',
  offline: '已下线',
  withdrawn: '已撤回',
};

export const EVENT_LABELS: Record<string, string> = {
  create: '新建',
  edit: '修改',
  submit: '送审',
  approve: '审核通过',
  reject: '退回修改',
  publish: '发布',
  schedule: '定时发布',
  unschedule: '取消定时',
  publish_unreviewed: '未经审核发布',
  unpublish: '下线',
  withdraw: '撤回',
};

export interface ArticleSummary {
  id: string;
  columnId: string;
  columnCode: string;
  columnName: string;
  title: string;
  source: string | null;
  date: string | null;
  origin: Content['origin'];
  status: ArticleStatus;
  statusLabel: string;
  edition: number;
  liveEdition: number | null;
  reviewSteps: number;
  reviewsDone: number;
  unreviewed: boolean;
  pinned: boolean;
  publishAt: string | null;
  unpublishAt: string | null;
  firstPublishedAt: string | null;
  publishedAt: string | null;
  createdByName: string | null;
  updatedAt: string;
}

export interface ArticleEventView {
  action: string;
  label: string;
  edition: number;
  step: number | null;
  comment: string | null;
  actorName: string | null;
  at: string;
}

export interface ArticleActions {
  edit: boolean;
  submit: boolean;
  review: boolean;
  publish: boolean;
  publishUnreviewed: boolean;
  unschedule: boolean;
  unpublish: boolean;
  withdraw: boolean;
  delete: boolean;
}

export interface ArticleDetail extends ArticleSummary, Omit<Content, 'bodyText'> {
  bodyText: string;
  unreviewedReason: string | null;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
  externalKey: string | null;
  events: ArticleEventView[];
  editions: Array<{
    edition: number;
    title: string;
    note: string | null;
    createdByName: string | null;
    createdAt: string;
  }>;
  /** What the signed-in person may do with the article now (the workbench shows these buttons). */
  actions: ArticleActions;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function presentSummary(a: ArticleWithColumn): ArticleSummary {
  return {
    id: a.id,
    columnId: a.columnId,
    columnCode: a.columnCode,
    columnName: a.columnName,
    title: a.title,
    source: a.source,
    date: a.date,
    origin: a.origin,
    status: a.status,
    statusLabel: STATUS_LABELS[a.status],
    edition: a.edition,
    liveEdition: a.liveEdition,
    reviewSteps: a.reviewSteps,
    reviewsDone: a.reviewsDone,
    unreviewed: a.unreviewed,
    pinned: a.pinned,
    publishAt: iso(a.publishAt),
    unpublishAt: iso(a.unpublishAt),
    firstPublishedAt: iso(a.firstPublishedAt),
    publishedAt: iso(a.publishedAt),
    createdByName: a.createdByName,
    updatedAt: a.updatedAt.toISOString(),
  };
}

function presentEvent(e: TimelineEvent): ArticleEventView {
  return {
    action: e.kind,
    label: EVENT_LABELS[e.kind] ?? e.text,
    edition: Number(e.data?.edition ?? 0),
    step: typeof e.data?.step === 'number' ? e.data.step : null,
    comment: e.note,
    actorName: e.actorName,
    at: e.at.toISOString(),
  };
}

/**
 * What the account may do with the article now. With the article's events, 审核 is not offered to
 * whoever sent it for review, nor the second step to the first step's reviewer (the rules
 * reviewArticle enforces).
 */
export function actionsFor(ctx: Ctx, a: ArticleWithColumn, events: TimelineEvent[] = []): ArticleActions {
  const may = (p: PortalPermission) => mayInColumn(ctx.actor, p, a);
  const open = a.status !== 'withdrawn';
  const last = (kind: string) => events.findLast((e) => e.kind === kind);
  const me = ctx.actor.id;
  const ownSubmission = me !== null && last('submit')?.actorId === me;
  const ownFirstStep = me !== null && a.reviewsDone > 0 && last('approve')?.actorId === me;
  return {
    edit: open && may('portal:edit'),
    submit: (a.status === 'draft' || a.status === 'offline') && may('portal:edit'),
    review: a.status === 'submitted' && may('portal:review') && !ownSubmission && !ownFirstStep,
    publish: a.status === 'reviewed' && may('portal:publish'),
    publishUnreviewed:
      ['draft', 'submitted', 'offline'].includes(a.status) && may('portal:publish-unreviewed'),
    unschedule: a.status === 'scheduled' && may('portal:publish'),
    unpublish: a.liveEdition !== null && may('portal:publish'),
    withdraw: (a.liveEdition !== null || a.status === 'offline') && may('portal:publish'),
    delete: a.firstPublishedAt === null && a.status !== 'withdrawn' && may('portal:edit'),
  };
}

export async function mustFindArticle(ctx: Ctx, id: string): Promise<ArticleWithColumn> {
  const row = await findArticle(ctx.db, id);
  if (!row) throw notFound('ARTICLE_NOT_FOUND', '稿件不存在');
  return row;
}

/** Readers of an article in the workbench: anyone with a portal permission on its column. */
function requireReader(ctx: Ctx, a: ArticleWithColumn): void {
  const perms: PortalPermission[] = ['portal:edit', 'portal:review', 'portal:publish'];
  if (perms.some((p) => mayInColumn(ctx.actor, p, a))) return;
  requirePermission(ctx.actor, 'portal:edit');
  throw new ForbiddenError('portal:edit', '该栏目不由您的单位负责，无权查看其稿件');
}

export async function getArticle(ctx: Ctx, id: string): Promise<ArticleDetail> {
  if (!ctx.actor.id && ctx.actor.kind !== 'system') throw new AppError('UNAUTHENTICATED');
  const a = await mustFindArticle(ctx, id);
  requireReader(ctx, a);
  const events = await listEvents(ctx, articleSubject(id));
  const editions = await listEditionRows(ctx.db, id);
  return {
    ...presentSummary(a),
    ...contentOf(a),
    unreviewedReason: a.unreviewedReason,
    withdrawnAt: iso(a.withdrawnAt),
    withdrawnReason: a.withdrawnReason,
    externalKey: a.externalKey,
    events: events.map(presentEvent),
    editions: editions.map((e) => ({
      edition: e.edition,
      title: e.title,
      note: e.note,
      createdByName: e.createdByName,
      createdAt: e.createdAt.toISOString(),
    })),
    actions: actionsFor(ctx, a, events),
  };
}

/** The working copy shaped like a public article, for the workbench's preview. */
export async function getArticlePreview(
  ctx: Ctx,
  id: string,
): Promise<LiveArticle & { edition: number; statusLabel: string }> {
  if (!ctx.actor.id && ctx.actor.kind !== 'system') throw new AppError('UNAUTHENTICATED');
  const a = await mustFindArticle(ctx, id);
  requireReader(ctx, a);
  return {
    ...contentOf(a),
    id: a.id,
    columnId: a.columnId,
    columnCode: a.columnCode,
    columnName: a.columnName,
    columnPath: a.columnPath,
    firstPublishedAt: a.firstPublishedAt ?? ctx.now,
    publishedAt: a.publishedAt ?? ctx.now,
    unreviewed: a.unreviewed,
    pinned: a.pinned,
    edition: a.edition,
    statusLabel: STATUS_LABELS[a.status],
  };
}

/**
 * The actor's scope over articles for `permissions`, the widest any of them gives. 'self' has no
 * meaning for columns (see mayInColumn): an editor scoped to themself works for their unit.
 */
function articleScope(ctx: Ctx, permissions: readonly PortalPermission[]): ArticleScope {
  let widest: DataScope | null = null;
  for (const p of permissions) {
    const s = scopeOf(ctx.actor, p);
    if (s && (!widest || SCOPE_RANK[s] > SCOPE_RANK[widest])) widest = s;
  }
  if (!widest) widest = requirePermission(ctx.actor, permissions[0]);
  return { actor: ctx.actor, scope: widest === 'self' ? 'unit' : widest };
}

/** The widest scope the actor has over articles (edit, review or publish), as a list filter. */
const scopeFilter = (ctx: Ctx) => ({
  scope: articleScope(ctx, ['portal:edit', 'portal:review', 'portal:publish']),
});

export interface ArticleListInput {
  columnId?: string;
  status?: ArticleStatus[];
  q?: string;
  unreviewed?: boolean;
  mine?: boolean;
  page: number;
  pageSize: number;
}

export async function listArticles(
  ctx: Ctx,
  input: ArticleListInput,
): Promise<{ total: number; items: ArticleSummary[] }> {
  const scope = scopeFilter(ctx);
  const column = input.columnId ? await mustFindColumn(ctx, input.columnId) : null;
  const { total, rows } = await listArticleRows(ctx.db, {
    ...scope,
    columnPath: column?.path,
    statuses: input.status,
    q: input.q?.trim() || undefined,
    unreviewed: input.unreviewed,
    createdBy: input.mine ? (ctx.actor.id ?? undefined) : undefined,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return { total, items: rows.map(presentSummary) };
}

/** Articles waiting for the actor's review (in columns the actor may review). */
export async function listReviewQueue(ctx: Ctx, input: { page: number; pageSize: number }) {
  requirePermission(ctx.actor, 'portal:review');
  const { total, rows } = await listArticleRows(ctx.db, {
    scope: articleScope(ctx, ['portal:review']),
    statuses: ['submitted'],
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return { total, items: rows.map(presentSummary) };
}

/** Articles waiting to go live or to be taken down at a set time, soonest first. */
export async function listScheduled(ctx: Ctx, input: { page: number; pageSize: number }) {
  const scope = scopeFilter(ctx);
  const scheduled = await listArticleRows(ctx.db, {
    ...scope,
    statuses: ['scheduled'],
    order: 'publishAt',
    limit: 500,
    offset: 0,
  });
  const expiring = await listArticleRows(ctx.db, {
    ...scope,
    live: true,
    order: 'publishAt',
    limit: 5000,
    offset: 0,
  });
  const items = [...scheduled.rows, ...expiring.rows.filter((r) => r.unpublishAt)]
    .map(presentSummary)
    .sort((a, b) => (a.publishAt ?? a.unpublishAt ?? '').localeCompare(b.publishAt ?? b.unpublishAt ?? ''));
  const start = (input.page - 1) * input.pageSize;
  return { total: items.length, items: items.slice(start, start + input.pageSize) };
}

export interface NewArticleInput extends ContentInput {
  columnId: string;
  pinned?: boolean;
  note?: string | null;
  /**
   * Where a reposted or shared article came from (a feed entry's id, a bulletin item's id): a
   * second article with the same key is refused as a duplicate. Not settable over HTTP.
   */
  externalKey?: string | null;
}

/** Writes a new draft in a column the editor's unit is responsible for. */
export async function createArticle(ctx: Ctx, input: NewArticleInput): Promise<ArticleDetail> {
  requirePermission(ctx.actor, 'portal:edit');
  const column = await mustFindColumn(ctx, input.columnId);
  requireInColumn(ctx.actor, 'portal:edit', column);
  if (column.kind === 'link' || column.kind === 'module')
    throw new AppError('VALIDATION_FAILED', {
      message: '该栏目是链接或模块页面，不能发布稿件',
      errors: [{ field: 'columnId', message: '该栏目是链接或模块页面，不能发布稿件' }],
    });
  const content = await checkContent(ctx, input);
  const externalKey = input.externalKey?.trim() || null;
  if (externalKey && (await findByExternalKey(ctx.db, externalKey)))
    throw new AppError('DUPLICATE_ARTICLE', { message: '该信息已采集或共享过，不再重复建稿' });
  const id = crypto.randomUUID();
  await inTransaction(ctx, async (tx) => {
    await insertArticles(tx.db, [
      {
        id,
        columnId: column.id,
        ...content,
        status: 'draft',
        edition: 1,
        reviewSteps: column.reviewSteps,
        pinned: input.pinned ?? false,
        externalKey,
        createdBy: tx.actor.id,
        createdByName: tx.actor.displayName,
        updatedBy: tx.actor.id,
        createdAt: tx.now,
        updatedAt: tx.now,
      },
    ]);
    await insertEditions(tx.db, [
      {
        articleId: id,
        edition: 1,
        ...content,
        note: input.note?.trim() || null,
        createdBy: tx.actor.id,
        createdByName: tx.actor.displayName,
        createdAt: tx.now,
      },
    ]);
    await appendEvent(tx, articleSubject(id), articleEvent('create', 1));
    await recordAudit(tx, {
      action: 'portal.article.create',
      objectType: 'portal_article',
      objectId: id,
      detail: { title: content.title, column: column.code },
    });
  });
  return getArticle(ctx, id);
}

/** An article's events are on the platform's timeline under this subject type. */
export const ARTICLE_SUBJECT = 'portal_article';
export const articleSubject = (id: string): Subject => ({ type: ARTICLE_SUBJECT, id });

/** A workflow step as a timeline event: staff only; the edition (and review step) it concerns. */
export function articleEvent(
  action: string,
  edition: number,
  extra: { step?: number; comment?: string | null } = {},
): EventInput {
  return {
    kind: action,
    text: EVENT_LABELS[action] ?? action,
    note: extra.comment ?? null,
    data: extra.step === undefined ? { edition } : { edition, step: extra.step },
  };
}

export interface ArticlePatch extends Partial<ContentInput> {
  columnId?: string;
  pinned?: boolean;
  note?: string | null;
}

/**
 * Saves changes. Changed content is a new edition; an article under review goes back to draft
 * (the reviewers saw another text); a live article keeps its public edition until the new one
 * has been reviewed and published.
 */
export async function updateArticle(ctx: Ctx, id: string, patch: ArticlePatch): Promise<ArticleDetail> {
  requirePermission(ctx.actor, 'portal:edit');
  const a = await mustFindArticle(ctx, id);
  requireInColumn(ctx.actor, 'portal:edit', a);
  if (a.status === 'withdrawn') throw new AppError('CONFLICT', { message: '已撤回的稿件不能再修改' });
  let columnId = a.columnId;
  let reviewSteps = a.reviewSteps;
  if (patch.columnId && patch.columnId !== a.columnId) {
    if (a.liveEdition !== null)
      throw new AppError('CONFLICT', { message: '已发布的稿件不能直接移到其他栏目，请先下线' });
    const target = await mustFindColumn(ctx, patch.columnId);
    requireInColumn(ctx.actor, 'portal:edit', target);
    if (target.kind === 'link' || target.kind === 'module')
      throw new AppError('VALIDATION_FAILED', {
        message: '该栏目是链接或模块页面，不能发布稿件',
        errors: [{ field: 'columnId', message: '该栏目是链接或模块页面，不能发布稿件' }],
      });
    columnId = target.id;
    reviewSteps = target.reviewSteps;
  }
  const current = contentOf(a);
  const merged: ContentInput = {
    ...current,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    attachments: (patch.attachments ?? current.attachments).map((x) => ({
      fileId: x.fileId,
      title: x.title,
    })),
  };
  const content = await checkContent(ctx, merged);
  const contentChanged = !sameContent(content, current);
  const pinnedChanged = patch.pinned !== undefined && patch.pinned !== a.pinned;
  if (!contentChanged && columnId === a.columnId && !pinnedChanged) return getArticle(ctx, id);
  await inTransaction(ctx, async (tx) => {
    await lockArticle(tx.db, id);
    const edition = contentChanged || columnId !== a.columnId ? a.edition + 1 : a.edition;
    // Any change to what reviewers approved sends the article back to draft.
    const backToDraft = contentChanged || columnId !== a.columnId;
    const status: ArticleStatus = backToDraft ? 'draft' : a.status;
    await updateArticleRow(tx.db, id, {
      ...content,
      columnId,
      edition,
      status,
      ...(backToDraft ? { reviewsDone: 0, reviewSteps, publishAt: null } : {}),
      pinned: patch.pinned ?? a.pinned,
      updatedBy: tx.actor.id,
      updatedAt: tx.now,
    });
    if (edition !== a.edition) {
      await insertEditions(tx.db, [
        {
          articleId: id,
          edition,
          ...content,
          note: patch.note?.trim() || null,
          createdBy: tx.actor.id,
          createdByName: tx.actor.displayName,
          createdAt: tx.now,
        },
      ]);
      const comment =
        a.status !== 'draft' && a.status !== 'offline'
          ? `修改后退回草稿（原状态：${STATUS_LABELS[a.status]}）`
          : null;
      await appendEvent(tx, articleSubject(id), articleEvent('edit', edition, { comment }));
    }
    await recordAudit(tx, {
      action: 'portal.article.update',
      objectType: 'portal_article',
      objectId: id,
      detail: {
        title: content.title,
        edition,
        changed: CONTENT_KEYS.filter((k) => JSON.stringify(content[k]) !== JSON.stringify(current[k])),
        ...(columnId !== a.columnId ? { movedTo: columnId } : {}),
        ...(pinnedChanged ? { pinned: patch.pinned } : {}),
      },
    });
  });
  return getArticle(ctx, id);
}

/** Deletes an article that was never public (a draft written by mistake). */
export async function deleteArticle(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.actor, 'portal:edit');
  const a = await mustFindArticle(ctx, id);
  requireInColumn(ctx.actor, 'portal:edit', a);
  if (a.firstPublishedAt !== null || a.status === 'withdrawn')
    throw new AppError('CONFLICT', { message: '发布过的稿件不能删除，只能下线或撤回（记录须保留）' });
  await inTransaction(ctx, async (tx) => {
    await removeTimeline(tx, articleSubject(id));
    await deleteArticleRow(tx.db, id);
    await recordAudit(tx, {
      action: 'portal.article.delete',
      objectType: 'portal_article',
      objectId: id,
      detail: { title: a.title },
    });
  });
}

export interface EditionDiff {
  from: number;
  to: number;
  /** Fields other than the body that changed, with a character-level difference of their text. */
  fields: Array<{ field: string; label: string; parts: DiffPart[] }>;
  /** The body's plain text, paragraph by paragraph. */
  body: LineDiff[];
}

function fieldText(e: EditionRow, key: (typeof CONTENT_KEYS)[number]): string {
  const v = e[key];
  if (v === null || v === undefined) return '';
  if (key === 'attachments') return (v as AttachmentRef[]).map((x) => x.title).join('；');
  if (key === 'tags') return (v as string[]).join('、');
  return String(v);
}

export async function getEdition(ctx: Ctx, id: string, edition: number) {
  const a = await mustFindArticle(ctx, id);
  requireReader(ctx, a);
  const e = await findEdition(ctx.db, id, edition);
  if (!e) throw notFound('EDITION_NOT_FOUND', `该稿件没有第 ${edition} 版`);
  return { ...e, createdAt: e.createdAt.toISOString() };
}

/** What changed from one edition to another. */
export async function diffEditions(ctx: Ctx, id: string, from: number, to: number): Promise<EditionDiff> {
  const a = await mustFindArticle(ctx, id);
  requireReader(ctx, a);
  const ea = await findEdition(ctx.db, id, from);
  const eb = await findEdition(ctx.db, id, to);
  if (!ea) throw notFound('EDITION_NOT_FOUND', `该稿件没有第 ${from} 版`);
  if (!eb) throw notFound('EDITION_NOT_FOUND', `该稿件没有第 ${to} 版`);
  const fields: EditionDiff['fields'] = [];
  for (const key of CONTENT_KEYS) {
    if (key === 'bodyHtml' || key === 'bodyText') continue;
    const x = fieldText(ea, key);
    const y = fieldText(eb, key);
    if (x !== y) fields.push({ field: key, label: CONTENT_LABELS[key], parts: diffText(x, y) });
  }
  if (ea.bodyHtml !== eb.bodyHtml && ea.bodyText === eb.bodyText)
    fields.push({
      field: 'bodyHtml',
      label: '正文格式',
      parts: [{ op: 'equal', text: '正文文字未变，格式或链接有改动' }],
    });
  return { from, to, fields, body: diffParagraphs(ea.bodyText, eb.bodyText) };
}
