CREATE TABLE "portal_ops_board_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"product" text NOT NULL,
	"quantity" numeric(14, 2) NOT NULL,
	"unit" text NOT NULL,
	"region_code" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone_enc" text NOT NULL,
	"valid_until" date NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"author_id" uuid NOT NULL,
	"author_kind" text NOT NULL,
	"author_name" text NOT NULL,
	"moderated_by" uuid,
	"moderated_by_name" text,
	"moderated_at" timestamp with time zone,
	"moderation_note" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_ops_board_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"reporter_id" uuid,
	"reporter_mark" text,
	"status" text DEFAULT 'open' NOT NULL,
	"handled_by" uuid,
	"handled_by_name" text,
	"handled_at" timestamp with time zone,
	"note" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_ops_daily_salts" (
	"day" date PRIMARY KEY NOT NULL,
	"salt" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_ops_daily_stats" (
	"day" date NOT NULL,
	"scope" text NOT NULL,
	"target_id" text DEFAULT '' NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"visitors" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "portal_ops_daily_stats_day_scope_target_id_pk" PRIMARY KEY("day","scope","target_id")
);
--> statement-breakpoint
CREATE TABLE "portal_ops_feed_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"feed_id" uuid NOT NULL,
	"url" text NOT NULL,
	"title_hash" text NOT NULL,
	"title" text NOT NULL,
	"published_at" timestamp with time zone,
	"status" text NOT NULL,
	"article_id" uuid,
	"duplicate_of" uuid,
	"fetched_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_ops_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"column_id" uuid NOT NULL,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"interval_minutes" integer DEFAULT 360 NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"etag" text,
	"last_modified" text,
	"last_fetched_at" timestamp with time zone,
	"last_status" text,
	"last_error" text,
	"last_new" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_ops_link_refs" (
	"link_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text,
	CONSTRAINT "portal_ops_link_refs_link_id_article_id_kind_pk" PRIMARY KEY("link_id","article_id","kind")
);
--> statement-breakpoint
CREATE TABLE "portal_ops_link_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trigger" text NOT NULL,
	"started_by" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"articles" integer DEFAULT 0 NOT NULL,
	"links" integer DEFAULT 0 NOT NULL,
	"checked" integer DEFAULT 0 NOT NULL,
	"broken" integer DEFAULT 0 NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "portal_ops_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"url" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"http_status" integer,
	"final_url" text,
	"redirects" integer DEFAULT 0 NOT NULL,
	"error" text,
	"checked_at" timestamp with time zone,
	"failing_since" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_ops_visitor_marks" (
	"day" date NOT NULL,
	"scope_key" text NOT NULL,
	"visitor" text NOT NULL,
	CONSTRAINT "portal_ops_visitor_marks_day_scope_key_visitor_pk" PRIMARY KEY("day","scope_key","visitor")
);
--> statement-breakpoint
ALTER TABLE "portal_ops_board_reports" ADD CONSTRAINT "portal_ops_board_reports_post_id_portal_ops_board_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."portal_ops_board_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_ops_feed_items" ADD CONSTRAINT "portal_ops_feed_items_feed_id_portal_ops_feeds_id_fk" FOREIGN KEY ("feed_id") REFERENCES "public"."portal_ops_feeds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_ops_feed_items" ADD CONSTRAINT "portal_ops_feed_items_article_id_portal_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."portal_articles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_ops_feeds" ADD CONSTRAINT "portal_ops_feeds_column_id_portal_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."portal_columns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_ops_link_refs" ADD CONSTRAINT "portal_ops_link_refs_link_id_portal_ops_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."portal_ops_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_ops_link_refs" ADD CONSTRAINT "portal_ops_link_refs_article_id_portal_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."portal_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "portal_ops_board_posts_public_idx" ON "portal_ops_board_posts" USING btree ("status","valid_until");--> statement-breakpoint
CREATE INDEX "portal_ops_board_posts_author_idx" ON "portal_ops_board_posts" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE INDEX "portal_ops_board_reports_status_idx" ON "portal_ops_board_reports" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "portal_ops_board_reports_mark_idx" ON "portal_ops_board_reports" USING btree ("reporter_mark","created_at");--> statement-breakpoint
CREATE INDEX "portal_ops_daily_stats_target_idx" ON "portal_ops_daily_stats" USING btree ("scope","target_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "portal_ops_feed_items_url_idx" ON "portal_ops_feed_items" USING btree ("url");--> statement-breakpoint
CREATE INDEX "portal_ops_feed_items_title_idx" ON "portal_ops_feed_items" USING btree ("title_hash");--> statement-breakpoint
CREATE INDEX "portal_ops_feed_items_status_idx" ON "portal_ops_feed_items" USING btree ("status","fetched_at");--> statement-breakpoint
CREATE UNIQUE INDEX "portal_ops_feeds_column_url_idx" ON "portal_ops_feeds" USING btree ("column_id","url");--> statement-breakpoint
CREATE INDEX "portal_ops_link_refs_article_idx" ON "portal_ops_link_refs" USING btree ("article_id");--> statement-breakpoint
CREATE UNIQUE INDEX "portal_ops_links_url_idx" ON "portal_ops_links" USING btree ("url");--> statement-breakpoint
CREATE INDEX "portal_ops_links_status_idx" ON "portal_ops_links" USING btree ("status");