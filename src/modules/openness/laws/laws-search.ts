// The laws library as a site search source (政策法规): a verified entry is found by everyone; an
// unverified one is not in the index at all, so the public search never shows it.
import type { Ctx } from '../../../platform/context.ts';
import {
  defineSearchSource,
  indexSearchDocuments,
  removeSearchDocuments,
  type SearchDocumentInput,
} from '../../../platform/search/index.ts';
import { VALIDITY_LABELS } from '../openness.vocab.ts';
import { LAW_KIND_LABELS } from './law-vocab.ts';
import { type LawRow, listAllLawRows } from './laws.repository.ts';

export function lawSearchDocument(l: LawRow): SearchDocumentInput {
  return {
    refId: l.id,
    title: l.title,
    url: `/openness/laws/${l.id}`,
    body: [l.note, l.body].filter(Boolean).join('\n'),
    extra: [LAW_KIND_LABELS[l.kind], l.issuer, l.docNumber, VALIDITY_LABELS[l.validity]]
      .filter(Boolean)
      .join('；'),
    day: l.effectiveOn ?? l.adoptedOn,
  };
}

export const LAWS_SEARCH_SOURCE = defineSearchSource({
  name: 'laws',
  label: '政策法规',
  async reindex(ctx) {
    return (await listAllLawRows(ctx.db)).filter((l) => l.verified).map(lawSearchDocument);
  },
});

/** After an entry changes: indexed when verified, taken out of the index when not. */
export async function indexLaw(ctx: Ctx, l: LawRow): Promise<void> {
  if (l.verified) await indexSearchDocuments(ctx, LAWS_SEARCH_SOURCE, [lawSearchDocument(l)]);
  else await removeSearchDocuments(ctx, LAWS_SEARCH_SOURCE, [l.id]);
}
