ALTER TABLE "portal_article_events" ADD COLUMN "seq" bigserial NOT NULL;
