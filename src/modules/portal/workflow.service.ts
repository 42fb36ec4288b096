// The publishing workflow: draft → submitted (送审) → reviewed (one or two steps, 初审/复审, as the
// column requires) → published now or at a set time (定时发布), taken off at a set time or by hand
// (下线), or withdrawn with a public notice (撤回). Publishing without review is a separate grant,
// needs a reason and leaves a mark the information centre sees. Every step is an event on the
// article, an audit record, and — when the public sees a change — a new site version.
import { requirePermission } from '../../platform/access/policy.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { notify } from '../../platform/notify/index.ts';
import { getSetting } from '../../platform/settings/settings.service.ts';
import { appendEvent, lastEvent, stateGuard } from '../../platform/timeline/index.ts';
import { bumpSiteVersion, siteChanged } from '../../site/index.ts';
import { findUnitByCode } from '../org/index.ts';
import { contentOf } from './article-content.ts';
import { articleSearchDocument, indexArticle, unindexArticle } from './article-index.ts';
import {
  type ArticleWithColumn,
  dueToPublish,
  dueToUnpublish,
  findArticle,
  lockArticle,
  updateArticleRow,
} from './articles.repository.ts';
import {
  type ArticleDetail,
  articleEvent,
  articleSubject,
  getArticle,
  mustFindArticle,
  STATUS_LABELS,
} from './articles.service.ts';
import { requireInColumn } from './portal.policy.ts';
import { INFO_CENTRE_UNIT } from './portal.settings.ts';

const conflict = (message: string) => new AppError('CONFLICT', { message });

// 当前状态为「已发布」，不能送审 (STATE_CONFLICT).
const requireStatus = stateGuard(STATUS_LABELS);

/** Runs a workflow step on a locked, freshly read article; marks the page cache after commit. */
async function step(
  ctx: Ctx,
  id: string,
  fn: (tx: Ctx, a: ArticleWithColumn) => Promise<{ publicChange: boolean }>,
): Promise<ArticleDetail> {
  let changed = false;
  await inTransaction(ctx, async (tx) => {
    await lockArticle(tx.db, id);
    const a = await findArticle(tx.db, id);
    if (!a) throw new AppError('ARTICLE_NOT_FOUND', { message: '稿件不存在' });
    const out = await fn(tx, a);
    if (out.publicChange) {
      await bumpSiteVersion(tx);
      changed = true;
    }
  });
  if (changed) siteChanged(ctx);
  return getArticle(ctx, id);
}

/** 送审: the editor sends a draft to review. */
export async function submitArticle(
  ctx: Ctx,
  id: string,
  input: { comment?: string | null } = {},
): Promise<ArticleDetail> {
  requirePermission(ctx.actor, 'portal:edit');
  requireInColumn(ctx.actor, 'portal:edit', await mustFindArticle(ctx, id));
  return step(ctx, id, async (tx, a) => {
    requireStatus(a, ['draft', 'offline'], '送审');
    if (!a.bodyText && !a.attachments.length) throw validationError('bodyHtml', '正文为空，不能送审');
    await updateArticleRow(tx.db, id, {
      status: 'submitted',
      reviewSteps: a.columnReviewSteps,
      reviewsDone: 0,
      updatedAt: tx.now,
    });
    await appendEvent(
      tx,
      articleSubject(id),
      articleEvent('submit', a.edition, { comment: input.comment?.trim() || null }),
    );
    await recordAudit(tx, {
      action: 'portal.article.submit',
      objectType: 'portal_article',
      objectId: id,
      detail: { edition: a.edition },
    });
    return { publicChange: false };
  });
}

/**
 * 审核: one review step. The person who sent the article cannot review it, and the second step
 * needs someone other than the first (two pairs of eyes each time).
 */
export async function reviewArticle(
  ctx: Ctx,
  id: string,
  input: { approve: boolean; comment?: string | null },
): Promise<ArticleDetail> {
  requirePermission(ctx.actor, 'portal:review');
  requireInColumn(ctx.actor, 'portal:review', await mustFindArticle(ctx, id));
  const comment = input.comment?.trim() || null;
  if (!input.approve && !comment) throw validationError('comment', '退回修改须写明意见');
  return step(ctx, id, async (tx, a) => {
    requireStatus(a, ['submitted'], '审核');
    const submitted = await lastEvent(tx, articleSubject(id), ['submit']);
    if (submitted?.actorId && submitted.actorId === tx.actor.id)
      throw conflict('不能审核自己送审的稿件，请由其他审核人审核');
    const stepNo = a.reviewsDone + 1;
    if (stepNo > 1) {
      const first = await lastEvent(tx, articleSubject(id), ['approve']);
      if (first?.actorId === tx.actor.id) throw conflict('复审须由初审以外的审核人进行');
    }
    if (input.approve) {
      const done = stepNo >= a.reviewSteps;
      await updateArticleRow(tx.db, id, {
        reviewsDone: stepNo,
        status: done ? 'reviewed' : 'submitted',
        updatedAt: tx.now,
      });
      await appendEvent(
        tx,
        articleSubject(id),
        articleEvent('approve', a.edition, { step: stepNo, comment }),
      );
    } else {
      await updateArticleRow(tx.db, id, { status: 'draft', reviewsDone: 0, updatedAt: tx.now });
      await appendEvent(tx, articleSubject(id), articleEvent('reject', a.edition, { step: stepNo, comment }));
      if (a.createdBy)
        await notify(tx, {
          accountIds: [a.createdBy],
          title: `稿件被退回修改：${a.title}`,
          body: `审核意见：${comment}`,
          link: `/admin/portal/articles/${id}`,
          category: 'portal',
        });
    }
    await recordAudit(tx, {
      action: input.approve ? 'portal.article.approve' : 'portal.article.reject',
      objectType: 'portal_article',
      objectId: id,
      detail: { edition: a.edition, step: stepNo, of: a.reviewSteps, comment },
    });
    return { publicChange: false };
  });
}

/** Makes the article's current edition the public one (now, by a person or by the job). */
async function goLive(tx: Ctx, a: ArticleWithColumn, at: Date, byJob: boolean): Promise<void> {
  const firstPublishedAt = a.firstPublishedAt ?? at;
  await updateArticleRow(tx.db, a.id, {
    status: 'published',
    liveEdition: a.edition,
    publishAt: null,
    publishedAt: at,
    firstPublishedAt,
    publishedBy: byJob ? a.publishedBy : tx.actor.id,
    withdrawnAt: null,
    withdrawnReason: null,
    updatedAt: tx.now,
  });
  await indexArticle(tx, articleSearchDocument({ ...a, firstPublishedAt }, contentOf(a)));
}

function checkTimes(now: Date, publishAt: Date | null, unpublishAt: Date | null): void {
  if (publishAt && Number.isNaN(publishAt.getTime()))
    throw validationError('publishAt', '发布时间格式不正确');
  if (unpublishAt && Number.isNaN(unpublishAt.getTime()))
    throw validationError('unpublishAt', '下线时间格式不正确');
  const start = publishAt && publishAt > now ? publishAt : now;
  if (unpublishAt && unpublishAt <= start) throw validationError('unpublishAt', '下线时间须晚于发布时间');
}

export interface PublishInput {
  /** Later than now: scheduled (定时发布); omitted or past: now. */
  publishAt?: string | null;
  /** Take the article off the site at this time (e.g. the end of a 公示 period). */
  unpublishAt?: string | null;
}

/** 发布: a reviewed article goes live now or at a set time. */
export async function publishArticle(ctx: Ctx, id: string, input: PublishInput = {}): Promise<ArticleDetail> {
  requirePermission(ctx.actor, 'portal:publish');
  requireInColumn(ctx.actor, 'portal:publish', await mustFindArticle(ctx, id));
  const publishAt = input.publishAt ? new Date(input.publishAt) : null;
  const unpublishAt = input.unpublishAt ? new Date(input.unpublishAt) : null;
  checkTimes(ctx.now, publishAt, unpublishAt);
  return step(ctx, id, async (tx, a) => {
    requireStatus(a, ['reviewed'], '发布（须先审核通过）');
    // Reviewed now: whatever mark an earlier unreviewed edition left goes with it.
    await updateArticleRow(tx.db, id, { unreviewed: false, unreviewedReason: null, unpublishAt });
    return schedule(tx, { ...a, unreviewed: false, unpublishAt }, publishAt, 'publish', null);
  });
}

async function schedule(
  tx: Ctx,
  a: ArticleWithColumn,
  publishAt: Date | null,
  action: 'publish' | 'publish_unreviewed',
  reason: string | null,
): Promise<{ publicChange: boolean }> {
  if (publishAt && publishAt > tx.now) {
    await updateArticleRow(tx.db, a.id, { status: 'scheduled', publishAt, updatedAt: tx.now });
    await appendEvent(
      tx,
      articleSubject(a.id),
      articleEvent('schedule', a.edition, {
        comment: [`定于 ${publishAt.toISOString()} 发布`, reason ? `未经审核，理由：${reason}` : null]
          .filter(Boolean)
          .join('；'),
      }),
    );
    await recordAudit(tx, {
      action: 'portal.article.schedule',
      objectType: 'portal_article',
      objectId: a.id,
      detail: {
        edition: a.edition,
        publishAt: publishAt.toISOString(),
        unreviewed: action === 'publish_unreviewed',
        reason,
      },
    });
    return { publicChange: false };
  }
  await goLive(tx, a, tx.now, false);
  await appendEvent(tx, articleSubject(a.id), articleEvent(action, a.edition, { comment: reason }));
  await recordAudit(tx, {
    action: action === 'publish' ? 'portal.article.publish' : 'portal.article.publish-unreviewed',
    objectType: 'portal_article',
    objectId: a.id,
    detail: { edition: a.edition, title: a.title, ...(reason ? { reason } : {}) },
  });
  return { publicChange: true };
}

/**
 * 未经审核发布: only for holders of portal:publish-unreviewed, with a reason. The article carries a
 * 'not reviewed' mark in the workbench, and the information centre is told.
 */
export async function publishUnreviewed(
  ctx: Ctx,
  id: string,
  input: PublishInput & { reason: string },
): Promise<ArticleDetail> {
  requirePermission(ctx.actor, 'portal:publish-unreviewed');
  requireInColumn(ctx.actor, 'portal:publish-unreviewed', await mustFindArticle(ctx, id));
  const reason = input.reason.trim();
  if (reason.length < 4) throw validationError('reason', '未经审核发布须说明理由（至少 4 个字）');
  if (reason.length > 500) throw validationError('reason', '理由最多 500 个字');
  const publishAt = input.publishAt ? new Date(input.publishAt) : null;
  const unpublishAt = input.unpublishAt ? new Date(input.unpublishAt) : null;
  checkTimes(ctx.now, publishAt, unpublishAt);
  const infoCentre = await findUnitByCode(ctx.db, await getSetting(ctx, INFO_CENTRE_UNIT));
  return step(ctx, id, async (tx, a) => {
    requireStatus(a, ['draft', 'submitted', 'offline'], '未经审核发布');
    await updateArticleRow(tx.db, id, { unreviewed: true, unreviewedReason: reason, unpublishAt });
    const out = await schedule(
      tx,
      { ...a, unreviewed: true, unpublishAt },
      publishAt,
      'publish_unreviewed',
      reason,
    );
    if (infoCentre)
      await notify(tx, {
        unitId: infoCentre.id,
        title: `未经审核发布：${a.title}`,
        body: `${tx.actor.displayName} 未经审核${out.publicChange ? '发布' : '定时发布'}了栏目“${a.columnName}”的稿件。理由：${reason}`,
        link: `/admin/portal/articles/${id}`,
        category: 'portal',
      });
    return out;
  });
}

/** 取消定时: a scheduled article goes back to reviewed (or draft, if it was never reviewed). */
export async function unscheduleArticle(ctx: Ctx, id: string): Promise<ArticleDetail> {
  requirePermission(ctx.actor, 'portal:publish');
  requireInColumn(ctx.actor, 'portal:publish', await mustFindArticle(ctx, id));
  return step(ctx, id, async (tx, a) => {
    requireStatus(a, ['scheduled'], '取消定时发布');
    const reviewed = a.reviewsDone >= a.reviewSteps && !a.unreviewed;
    await updateArticleRow(tx.db, id, {
      status: reviewed ? 'reviewed' : 'draft',
      publishAt: null,
      ...(a.unreviewed && a.liveEdition === null ? { unreviewed: false, unreviewedReason: null } : {}),
      updatedAt: tx.now,
    });
    await appendEvent(tx, articleSubject(id), articleEvent('unschedule', a.edition));
    await recordAudit(tx, {
      action: 'portal.article.unschedule',
      objectType: 'portal_article',
      objectId: id,
      detail: {},
    });
    return { publicChange: false };
  });
}

async function takeDown(
  tx: Ctx,
  a: ArticleWithColumn,
  status: 'offline' | 'withdrawn',
  reason: string | null,
): Promise<void> {
  await updateArticleRow(tx.db, a.id, {
    status,
    liveEdition: null,
    publishAt: null,
    unpublishAt: null,
    ...(status === 'withdrawn' ? { withdrawnAt: tx.now, withdrawnReason: reason } : {}),
    updatedAt: tx.now,
  });
  await unindexArticle(tx, a.id);
}

/** 下线: the article leaves the site (no notice); it may be revised and published again. */
export async function unpublishArticle(
  ctx: Ctx,
  id: string,
  input: { comment?: string | null } = {},
): Promise<ArticleDetail> {
  requirePermission(ctx.actor, 'portal:publish');
  requireInColumn(ctx.actor, 'portal:publish', await mustFindArticle(ctx, id));
  return step(ctx, id, async (tx, a) => {
    if (a.liveEdition === null) throw conflict('稿件当前不在网站上，无需下线');
    await takeDown(tx, a, 'offline', null);
    await appendEvent(
      tx,
      articleSubject(id),
      articleEvent('unpublish', a.edition, { comment: input.comment?.trim() || null }),
    );
    await recordAudit(tx, {
      action: 'portal.article.unpublish',
      objectType: 'portal_article',
      objectId: id,
      detail: { title: a.title },
    });
    return { publicChange: true };
  });
}

/**
 * 撤回: the article leaves the site for good; its address then says that it was withdrawn, when
 * and why. The record and its editions are kept.
 */
export async function withdrawArticle(
  ctx: Ctx,
  id: string,
  input: { reason: string },
): Promise<ArticleDetail> {
  requirePermission(ctx.actor, 'portal:publish');
  requireInColumn(ctx.actor, 'portal:publish', await mustFindArticle(ctx, id));
  const reason = input.reason.trim();
  if (reason.length < 4) throw validationError('reason', '撤回须说明理由（至少 4 个字），理由将向公众显示');
  if (reason.length > 500) throw validationError('reason', '理由最多 500 个字');
  return step(ctx, id, async (tx, a) => {
    if (a.status === 'withdrawn') throw conflict('稿件已撤回');
    if (a.firstPublishedAt === null) throw conflict('稿件从未发布，无需撤回；可直接删除');
    await takeDown(tx, a, 'withdrawn', reason);
    await appendEvent(tx, articleSubject(id), articleEvent('withdraw', a.edition, { comment: reason }));
    await recordAudit(tx, {
      action: 'portal.article.withdraw',
      objectType: 'portal_article',
      objectId: id,
      detail: { title: a.title, reason },
    });
    return { publicChange: true };
  });
}

/**
 * The publishing job's work: scheduled articles whose time has come go live, public articles
 * whose take-down time has come go offline. Each article in its own transaction, so one bad row
 * does not hold up the others. Returns what it did.
 */
export async function runScheduledPublishing(
  ctx: Ctx,
): Promise<{ published: string[]; unpublished: string[] }> {
  requirePermission(ctx.actor, 'portal:publish');
  const published: string[] = [];
  const unpublished: string[] = [];
  for (const id of await dueToPublish(ctx.db, ctx.now)) {
    const done = await inTransaction(ctx, async (tx) => {
      await lockArticle(tx.db, id);
      const a = await findArticle(tx.db, id);
      if (a?.status !== 'scheduled' || !a.publishAt || a.publishAt > tx.now) return false;
      await goLive(tx, a, a.publishAt, true);
      await appendEvent(
        tx,
        articleSubject(id),
        articleEvent(a.unreviewed ? 'publish_unreviewed' : 'publish', a.edition, { comment: '定时发布' }),
      );
      await recordAudit(tx, {
        action: 'portal.article.publish',
        objectType: 'portal_article',
        objectId: id,
        detail: { title: a.title, scheduled: true },
      });
      await bumpSiteVersion(tx);
      return true;
    });
    if (done) published.push(id);
  }
  for (const id of await dueToUnpublish(ctx.db, ctx.now)) {
    const done = await inTransaction(ctx, async (tx) => {
      await lockArticle(tx.db, id);
      const a = await findArticle(tx.db, id);
      if (!a || a.liveEdition === null || !a.unpublishAt || a.unpublishAt > tx.now) return false;
      await takeDown(tx, a, 'offline', null);
      await appendEvent(
        tx,
        articleSubject(id),
        articleEvent('unpublish', a.edition, { comment: '定时下线' }),
      );
      await recordAudit(tx, {
        action: 'portal.article.unpublish',
        objectType: 'portal_article',
        objectId: id,
        detail: { title: a.title, scheduled: true },
      });
      await bumpSiteVersion(tx);
      return true;
    });
    if (done) unpublished.push(id);
  }
  if (published.length || unpublished.length) siteChanged(ctx);
  return { published, unpublished };
}
