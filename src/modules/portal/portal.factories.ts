// Factories for columns and articles: the demo data and the tests build the portal with these.
// They write directly (no permission checks, no audit), in bulk, and put published articles in
// the search index just as publication does.
import crypto from 'node:crypto';
import type { Ctx } from '../../platform/context.ts';
import { indexSearchDocuments } from '../../platform/search/index.ts';
import {
  appendEventRows,
  type EventInput,
  eventRow,
  type NewTimelineEventRow,
} from '../../platform/timeline/index.ts';
import { bumpSiteVersion } from '../../site/index.ts';
import { findUnitByCode, type UnitRow } from '../org/index.ts';
import { type Content, normalizeContent } from './article-content.ts';
import { ARTICLE_SEARCH_SOURCE, articleSearchDocument } from './article-index.ts';
import { insertArticles, insertEditions, type NewArticleRow } from './articles.repository.ts';
import { articleEvent, articleSubject } from './articles.service.ts';
import { type ColumnRow, insertColumns, type NewColumnRow } from './columns.repository.ts';
import { type ColumnDef, defaultUpdateDays } from './demo/columns.data.ts';
import type { ArticleOrigin, ArticleStatus, AttachmentRef } from './portal.table.ts';

export interface ColumnTree {
  all: ColumnRow[];
  /** The column with this code; throws for an unknown code (a typo in a test or the demo data). */
  column(code: string): ColumnRow;
}

/**
 * Writes a tree of columns in one go. Units are given by code (org demo data); update rules
 * default to the seed's monthly rule and DOMAIN §6's two weeks for news.
 */
export async function makeColumns(ctx: Ctx, defs: ColumnDef[]): Promise<ColumnTree> {
  const unitCache = new Map<string, UnitRow>();
  const unit = async (code: string) => {
    let u = unitCache.get(code);
    if (!u) {
      u = await findUnitByCode(ctx.db, code);
      if (!u) throw new Error(`no unit with code ${code}`);
      unitCache.set(code, u);
    }
    return u;
  };
  const rows: NewColumnRow[] = [];
  const plan = async (
    list: ColumnDef[],
    parent: { id: string; path: string; level: number; category: string } | null,
  ) => {
    for (const [i, d] of list.entries()) {
      const id = crypto.randomUUID();
      const kind = d.kind ?? 'list';
      const category = d.category ?? (parent?.category === 'news' && kind === 'list' ? 'news' : 'general');
      const row: NewColumnRow = {
        id,
        parentId: parent?.id ?? null,
        code: d.code,
        name: d.name,
        level: (parent?.level ?? 0) + 1,
        path: `${parent?.path ?? '/'}${id}/`,
        kind,
        target: d.target ?? null,
        category: category as NewColumnRow['category'],
        responsibleUnitId: (await unit(d.unit)).id,
        updateDays: defaultUpdateDays(
          kind,
          category as NonNullable<NewColumnRow['category']>,
          Boolean(d.children?.length),
        ),
        reviewSteps: d.reviewSteps ?? 1,
        sort: (i + 1) * 10,
        visible: true,
        description: d.description ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      };
      if (row.level > 3) throw new Error(`column ${d.code} is deeper than three levels`);
      rows.push(row);
      if (d.children) await plan(d.children, { id, path: row.path!, level: row.level!, category });
    }
  };
  await plan(defs, null);
  const all = await insertColumns(ctx.db, rows);
  await bumpSiteVersion(ctx);
  const byCode = new Map(all.map((c) => [c.code, c]));
  return {
    all,
    column(code) {
      const c = byCode.get(code);
      if (!c) throw new Error(`no column with code ${code}`);
      return c;
    },
  };
}

export interface ArticleSpec {
  column: Pick<ColumnRow, 'id' | 'path' | 'reviewSteps'>;
  title: string;
  bodyHtml?: string;
  subtitle?: string | null;
  source?: string | null;
  author?: string | null;
  date?: string | null;
  summary?: string | null;
  tags?: string[];
  attachments?: AttachmentRef[];
  coverFileId?: string | null;
  origin?: ArticleOrigin;
  originName?: string | null;
  originUrl?: string | null;
  /** draft (default), submitted, reviewed, published, withdrawn… */
  status?: ArticleStatus;
  /** For published (and withdrawn) articles: when they went public. Defaults to ctx.now. */
  publishedAt?: Date;
  publishAt?: Date | null;
  unpublishAt?: Date | null;
  withdrawnReason?: string;
  unreviewed?: boolean;
  pinned?: boolean;
  createdBy?: { id: string; displayName: string } | null;
  externalKey?: string | null;
}

/** Writes articles with their first edition (and, for public ones, the search index). Returns ids in order. */
export async function makeArticles(ctx: Ctx, specs: ArticleSpec[]): Promise<string[]> {
  const articles: NewArticleRow[] = [];
  const editions: Parameters<typeof insertEditions>[1] = [];
  const events: NewTimelineEventRow[] = [];
  const docs: Parameters<typeof indexSearchDocuments>[2] = [];
  for (const s of specs) {
    const id = crypto.randomUUID();
    const { content: c, errors } = normalizeContent({ ...s, bodyHtml: s.bodyHtml ?? `<p>${s.title}</p>` });
    if (errors.length)
      throw new Error(`bad article spec "${s.title}": ${errors.map((e) => e.message).join('; ')}`);
    const content: Content = { ...c, attachments: s.attachments ?? [] };
    const status = s.status ?? 'draft';
    const wasPublic = status === 'published' || status === 'withdrawn' || status === 'offline';
    const at = s.publishedAt ?? ctx.now;
    const live = status === 'published';
    const actor = s.createdBy ?? null;
    articles.push({
      id,
      columnId: s.column.id,
      ...content,
      status,
      edition: 1,
      liveEdition: live ? 1 : null,
      reviewSteps: s.column.reviewSteps,
      reviewsDone:
        status === 'reviewed' || status === 'scheduled' || (wasPublic && !s.unreviewed)
          ? s.column.reviewSteps
          : 0,
      unreviewed: s.unreviewed ?? false,
      unreviewedReason: s.unreviewed ? '演示数据' : null,
      publishAt: s.publishAt ?? null,
      unpublishAt: s.unpublishAt ?? null,
      firstPublishedAt: wasPublic ? at : null,
      publishedAt: wasPublic ? at : null,
      withdrawnAt: status === 'withdrawn' ? ctx.now : null,
      withdrawnReason: status === 'withdrawn' ? (s.withdrawnReason ?? '内容有误') : null,
      externalKey: s.externalKey ?? null,
      pinned: s.pinned ?? false,
      createdBy: actor?.id ?? null,
      createdByName: actor?.displayName ?? null,
      createdAt: wasPublic ? at : ctx.now,
      updatedAt: wasPublic ? at : ctx.now,
    });
    editions.push({
      articleId: id,
      edition: 1,
      ...content,
      createdBy: actor?.id ?? null,
      createdByName: actor?.displayName ?? null,
      createdAt: wasPublic ? at : ctx.now,
    });
    // Written by the spec's author; publication and withdrawal by nobody in particular.
    const step = (by: typeof actor, e: EventInput) => ({
      ...eventRow(ctx, articleSubject(id), e),
      actorId: by?.id ?? null,
      actorName: by?.displayName ?? null,
    });
    events.push(step(actor, { ...articleEvent('create', 1), at: wasPublic ? at : ctx.now }));
    if (wasPublic)
      events.push(step(null, { ...articleEvent(s.unreviewed ? 'publish_unreviewed' : 'publish', 1), at }));
    if (status === 'withdrawn')
      events.push(
        step(null, {
          ...articleEvent('withdraw', 1, { comment: s.withdrawnReason ?? '内容有误' }),
          at: ctx.now,
        }),
      );
    if (live)
      docs.push(
        articleSearchDocument(
          { id, columnId: s.column.id, columnPath: s.column.path, firstPublishedAt: at },
          content,
        ),
      );
  }
  await insertArticles(ctx.db, articles);
  await insertEditions(ctx.db, editions);
  await appendEventRows(ctx, events);
  if (docs.length) await indexSearchDocuments(ctx, ARTICLE_SEARCH_SOURCE, docs);
  await bumpSiteVersion(ctx);
  return articles.map((a) => a.id!);
}
