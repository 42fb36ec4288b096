// Keeps the search index in step with what the public sees: an article's live edition is
// indexed when it goes live and removed when it is taken down, in the same transaction.
import { chinaDay } from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Content } from './article-content.ts';
import { listLiveForIndex } from './articles.repository.ts';
import {
  indexSearchDocuments,
  registerSearchSource,
  removeSearchDocuments,
  type SearchDocumentInput,
} from './search/search.service.ts';

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

export async function indexArticle(ctx: Ctx, doc: SearchDocumentInput): Promise<void> {
  await indexSearchDocuments(ctx, 'article', [doc]);
}

export async function unindexArticle(ctx: Ctx, id: string): Promise<void> {
  await removeSearchDocuments(ctx, 'article', [id]);
}

registerSearchSource({
  source: 'article',
  label: '网站文章',
  async reindex(ctx) {
    const rows = await listLiveForIndex(ctx.db);
    return rows.map((r) =>
      articleSearchDocument({ ...r, firstPublishedAt: r.firstPublishedAt ?? ctx.now }, r),
    );
  },
});
