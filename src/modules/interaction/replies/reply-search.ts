// The published replies (答复公开) as a site search source: a letter whose writer consented and whose
// reply the department published is found by its subject, its redacted question and answer, its
// category and the replying unit, and links to /letters/<id>. Only the published, redacted text is
// indexed — never the letter as written, and never a writer. Kept current by the handling steps (a
// reply sent with publication adds it, a reopening takes it down), in their transactions.
import { chinaDay } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import {
  countSearchDocuments,
  defineSearchSource,
  indexSearchDocuments,
  rebuildSearchSource,
  removeSearchDocuments,
  type SearchDocumentInput,
} from '../../../platform/search/index.ts';
import { CHANNELS } from '../channels.ts';
import {
  countPublished,
  findPublished,
  listAllPublished,
  type PublishedRow,
} from '../letters/letters.repository.ts';

export function replySearchDocument(r: PublishedRow): SearchDocumentInput {
  return {
    refId: r.id,
    title: r.subject,
    url: `/letters/${r.id}`,
    body: [r.publicQuestion, r.publicAnswer].filter(Boolean).join('\n'),
    extra: [CHANNELS[r.channel].defaultName, r.category, r.number, r.replierName].filter(Boolean).join('；'),
    day: r.answeredAt ? chinaDay(r.answeredAt) : null,
  };
}

export const REPLY_SEARCH_SOURCE = defineSearchSource({
  name: 'replies',
  label: '答复公开',
  async reindex(ctx) {
    return (await listAllPublished(ctx.db)).map(replySearchDocument);
  },
});

/** After a step changed whether the letter is published: its reply findable, or gone. */
export async function indexReply(ctx: Ctx, id: string): Promise<void> {
  const row = await findPublished(ctx.db, id);
  if (row) await indexSearchDocuments(ctx, REPLY_SEARCH_SOURCE, [replySearchDocument(row)]);
  else await removeSearchDocuments(ctx, REPLY_SEARCH_SOURCE, [id]);
}

/** On start: a database whose published replies are not all in the index gets them rebuilt. */
export async function ensureRepliesIndexed(ctx: Ctx): Promise<void> {
  if ((await countSearchDocuments(ctx, REPLY_SEARCH_SOURCE)) !== (await countPublished(ctx.db)))
    await rebuildSearchSource(ctx, REPLY_SEARCH_SOURCE);
}
