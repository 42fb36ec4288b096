// The service guides (办事指南) as a site search source: each active item's guide is found by its
// name, conditions, procedure, legal basis and topics, and links to /services/<code>. Kept current
// by the catalogue's use cases, in their transactions. A hit is a public page: it carries the guide's
// name and the law in force as the public guide cites it — never the reference data's notes
// (内容待核实, older texts, research notes), which are for staff only.
import type { Ctx } from '../../platform/context.ts';
import {
  countSearchDocuments,
  defineSearchSource,
  indexSearchDocuments,
  rebuildSearchSource,
  removeSearchDocuments,
  type SearchDocumentInput,
} from '../../platform/search/index.ts';
import { publicLegalBasis } from './catalogue/public-basis.ts';
import { listItemRows } from './catalogue.repository.ts';
import type { serviceItems } from './services.table.ts';

type Item = typeof serviceItems.$inferSelect;

export function guideSearchDocument(item: Item): SearchDocumentInput {
  return {
    refId: item.code,
    title: item.name,
    url: `/services/${item.code}`,
    body: [item.conditions, ...item.procedure].join('\n'),
    extra: [
      item.category,
      ...item.topics,
      ...item.lifeEvents,
      ...publicLegalBasis(item.legalBasis).map((c) => c.text),
    ]
      .filter(Boolean)
      .join('；'),
    day: null,
  };
}

export const GUIDE_SEARCH_SOURCE = defineSearchSource({
  name: 'guide',
  label: '办事指南',
  async reindex(ctx) {
    return (await listItemRows(ctx.db)).map(guideSearchDocument);
  },
});

/** After an item is added or edited: its guide as the public finds it (gone when inactive). */
export async function indexGuide(ctx: Ctx, item: Item): Promise<void> {
  if (item.active) await indexSearchDocuments(ctx, GUIDE_SEARCH_SOURCE, [guideSearchDocument(item)]);
  else await removeSearchDocuments(ctx, GUIDE_SEARCH_SOURCE, [item.code]);
}

export async function indexGuides(ctx: Ctx, items: Item[]): Promise<void> {
  const active = items.filter((i) => i.active);
  if (active.length) await indexSearchDocuments(ctx, GUIDE_SEARCH_SOURCE, active.map(guideSearchDocument));
}

/**
 * On start: a database whose guides are not all in the index (one from before guides were
 * searchable), or whose hits still carry the staff's 待核实 note (indexed before it was kept out of
 * public pages), gets them rebuilt; otherwise nothing is done.
 */
export async function ensureGuidesIndexed(ctx: Ctx, activeItems: number): Promise<void> {
  if (
    (await countSearchDocuments(ctx, GUIDE_SEARCH_SOURCE)) !== activeItems ||
    (await countSearchDocuments(ctx, GUIDE_SEARCH_SOURCE, '待核实')) > 0
  )
    await rebuildSearchSource(ctx, GUIDE_SEARCH_SOURCE);
}
