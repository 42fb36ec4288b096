// Published articles as the site search's first source (网站文章): an article's live edition is
// indexed when it goes live and removed when it is taken down, in the same transaction.
import { requirePermission } from '../../platform/access/policy.ts';
import { chinaDay } from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';
import {
  defineSearchSource,
  indexSearchDocuments,
  rebuildSearchSource,
  removeSearchDocuments,
  type SearchDocumentInput,
} from '../../platform/search/index.ts';
import type { Content } from './article-content.ts';
import { listLiveForIndex } from './articles.repository.ts';

export const articlePath = (id: string) => `/articles/${id}`;

export function articleSearchDocument(
  article: { id: string; columnId: string; columnPath: string; firstPublishedAt: Date },
  content: Pick<Content, 'title' | 'subtitle' | 'bodyText' | 'attachments' | 'tags' | 'date'>,
): SearchDocumentInput {
  return {
    refId: article.id,
    title: content.title,
    url: articlePath(article.id),
    body: content.bodyText,
    // Attachment titles, the subtitle and tags rank above the body and below the title.
    extra: [content.subtitle, ...content.attachments.map((a) => a.title), ...content.tags]
      .filter(Boolean)
      .join('；'),
    day: content.date ?? chinaDay(article.firstPublishedAt),
    columnId: article.columnId,
    columnPath: article.columnPath,
  };
}

/** Only live editions are indexed, so every article document is public. */
export const ARTICLE_SEARCH_SOURCE = defineSearchSource({
  name: 'article',
  label: '网站文章',
  async reindex(ctx) {
    const rows = await listLiveForIndex(ctx.db);
    return rows.map((r) =>
      articleSearchDocument({ ...r, firstPublishedAt: r.firstPublishedAt ?? ctx.now }, r),
    );
  },
});

export async function indexArticle(ctx: Ctx, doc: SearchDocumentInput): Promise<void> {
  await indexSearchDocuments(ctx, ARTICLE_SEARCH_SOURCE, [doc]);
}

export async function unindexArticle(ctx: Ctx, id: string): Promise<void> {
  await removeSearchDocuments(ctx, ARTICLE_SEARCH_SOURCE, [id]);
}

/** Rebuilds one source's part of the index (栏目管理员: after an import, or a dictionary change). */
export async function reindexSearch(ctx: Ctx, source: string): Promise<number> {
  requirePermission(ctx.actor, 'portal:columns');
  return rebuildSearchSource(ctx, source);
}
