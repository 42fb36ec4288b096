import { sql } from 'drizzle-orm';
import { customType, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A PostgreSQL tsvector, written from the application's own segmentation (see segment.ts). */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Who may find a document: everyone, or staff holding the source's permission. */
export const SEARCH_AUDIENCES = ['public', 'staff'] as const;
export type SearchAudience = (typeof SEARCH_AUDIENCES)[number];

/**
 * The site search index: one row per searchable thing of any registered source — published
 * articles, service guides, and what later modules register (laws, catalogue entries, letters).
 * Tokens come from jieba in the application, so PGlite and PostgreSQL search identically
 * ('simple' configuration, no extensions).
 */
export const searchDocuments = pgTable(
  'search_documents',
  {
    id: uuid().primaryKey().defaultRandom(),
    // Who owns the row: a registered source's name ('article', 'guide', 'laws', …).
    source: text().notNull(),
    refId: text().notNull(),
    title: text().notNull(),
    // The public address of the thing (a same-site path).
    url: text().notNull(),
    // Plain text shown in snippets (the start of a long body is enough).
    body: text().notNull().default(''),
    // Attachment titles and other short texts searched with the title's weight lowered one step.
    extra: text().notNull().default(''),
    // 'public', or 'staff': found only by staff holding the source's permission (an unpublished
    // letter, an internal catalogue entry). Checked in the search's WHERE, never after it.
    audience: text().$type<SearchAudience>().notNull().default('public'),
    // The site column (栏目) a document is filed under, and its materialized path, for "in this
    // column and below"; null for documents outside the column tree.
    columnId: uuid(),
    columnPath: text(),
    day: date({ mode: 'string' }),
    tsv: tsvector().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    uniqueIndex('search_documents_ref_idx').on(t.source, t.refId),
    index('search_documents_tsv_idx').using('gin', t.tsv),
    index('search_documents_day_idx').on(t.day),
  ],
);
