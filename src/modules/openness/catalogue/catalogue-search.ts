// The catalogue as a site search source (政府信息公开目录): an entry of a public category is found by
// everyone; an entry of an internal category only by signed-in staff holding openness:read (the
// platform decides it in the search's WHERE), so it never reaches the public search or a crawler.
import type { Ctx } from '../../../platform/context.ts';
import {
  defineSearchSource,
  indexSearchDocuments,
  type SearchDocumentInput,
} from '../../../platform/search/index.ts';
import { VALIDITY_LABELS } from '../openness.vocab.ts';
import {
  type CategoryRow,
  type EntryRow,
  listAllEntryRows,
  listCategoryRows,
} from './catalogue.repository.ts';

export function entrySearchDocument(e: EntryRow, category: CategoryRow): SearchDocumentInput {
  return {
    refId: e.id,
    title: e.title,
    url: `/openness/catalogue/${e.id}`,
    body: [e.summary, e.body].filter(Boolean).join('\n'),
    extra: [e.indexNo, e.docNumber, e.issuer, category.name, e.subject, e.genre, VALIDITY_LABELS[e.validity]]
      .filter(Boolean)
      .join('；'),
    day: e.publishedOn,
    audience: category.audience === 'public' ? 'public' : 'staff',
  };
}

export const CATALOGUE_SEARCH_SOURCE = defineSearchSource({
  name: 'openness',
  label: '政府信息公开目录',
  staffPermission: 'openness:read',
  async reindex(ctx) {
    const categories = new Map((await listCategoryRows(ctx.db)).map((c) => [c.id, c]));
    return (await listAllEntryRows(ctx.db)).flatMap((e) => {
      const c = categories.get(e.categoryId);
      return c ? [entrySearchDocument(e, c)] : [];
    });
  },
});

/** After entries change (or their category does): their documents as the readers may find them. */
export async function indexEntries(ctx: Ctx, entries: EntryRow[], categories: CategoryRow[]): Promise<void> {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const docs = entries.flatMap((e) => {
    const c = byId.get(e.categoryId);
    return c ? [entrySearchDocument(e, c)] : [];
  });
  if (docs.length) await indexSearchDocuments(ctx, CATALOGUE_SEARCH_SOURCE, docs);
}
