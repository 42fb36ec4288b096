-- Site search (issue 3, performance): keep each document's tsvector inline in its row (STORAGE MAIN:
-- compressed or moved to TOAST only when the row would not fit a page), so ranking the candidates
-- does not fetch three TOAST pages per document; and add the month token ('ym202611') of every
-- dated document, which lets the GIN index narrow a common query to recent months by itself.
ALTER TABLE "search_documents" ALTER COLUMN "tsv" SET STORAGE MAIN;--> statement-breakpoint
UPDATE "search_documents" SET "tsv" = "tsv" || to_tsvector('simple', 'ym' || to_char("day", 'YYYYMM')) WHERE "day" IS NOT NULL;
