CREATE TABLE "portal_article_editions" (
	"article_id" uuid NOT NULL,
	"edition" integer NOT NULL,
	"title" text NOT NULL,
	"subtitle" text,
	"source" text,
	"author" text,
	"date" date,
	"body_html" text DEFAULT '' NOT NULL,
	"body_text" text DEFAULT '' NOT NULL,
	"summary" text,
	"cover_file_id" uuid,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"origin" text DEFAULT 'original' NOT NULL,
	"origin_name" text,
	"origin_url" text,
	"note" text,
	"created_by" uuid,
	"created_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "portal_article_editions_article_id_edition_pk" PRIMARY KEY("article_id","edition")
);
--> statement-breakpoint
CREATE TABLE "portal_article_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"action" text NOT NULL,
	"edition" integer NOT NULL,
	"step" integer,
	"comment" text,
	"actor_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_article_views" (
	"article_id" uuid NOT NULL,
	"day" date NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "portal_article_views_article_id_day_pk" PRIMARY KEY("article_id","day")
);
--> statement-breakpoint
CREATE TABLE "portal_articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"column_id" uuid NOT NULL,
	"title" text NOT NULL,
	"subtitle" text,
	"source" text,
	"author" text,
	"date" date,
	"body_html" text DEFAULT '' NOT NULL,
	"body_text" text DEFAULT '' NOT NULL,
	"summary" text,
	"cover_file_id" uuid,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"origin" text DEFAULT 'original' NOT NULL,
	"origin_name" text,
	"origin_url" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"edition" integer DEFAULT 1 NOT NULL,
	"live_edition" integer,
	"review_steps" integer DEFAULT 1 NOT NULL,
	"reviews_done" integer DEFAULT 0 NOT NULL,
	"unreviewed" boolean DEFAULT false NOT NULL,
	"unreviewed_reason" text,
	"publish_at" timestamp with time zone,
	"unpublish_at" timestamp with time zone,
	"first_published_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text,
	"external_key" text,
	"pinned" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_by_name" text,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_columns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parent_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" integer NOT NULL,
	"path" text NOT NULL,
	"kind" text DEFAULT 'list' NOT NULL,
	"target" text,
	"category" text DEFAULT 'general' NOT NULL,
	"responsible_unit_id" uuid NOT NULL,
	"update_days" integer,
	"review_steps" integer DEFAULT 1 NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"visible" boolean DEFAULT true NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "portal_columns_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "portal_site_version" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"ref_id" text NOT NULL,
	"title" text NOT NULL,
	"url" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"extra" text DEFAULT '' NOT NULL,
	"column_id" uuid,
	"column_path" text,
	"day" date,
	"tsv" "tsvector" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "portal_article_editions" ADD CONSTRAINT "portal_article_editions_article_id_portal_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."portal_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_article_events" ADD CONSTRAINT "portal_article_events_article_id_portal_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."portal_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_article_views" ADD CONSTRAINT "portal_article_views_article_id_portal_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."portal_articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_articles" ADD CONSTRAINT "portal_articles_column_id_portal_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."portal_columns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_columns" ADD CONSTRAINT "portal_columns_parent_id_portal_columns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."portal_columns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_columns" ADD CONSTRAINT "portal_columns_responsible_unit_id_units_id_fk" FOREIGN KEY ("responsible_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "portal_article_events_article_idx" ON "portal_article_events" USING btree ("article_id","at");--> statement-breakpoint
CREATE INDEX "portal_articles_column_idx" ON "portal_articles" USING btree ("column_id","status");--> statement-breakpoint
CREATE INDEX "portal_articles_live_idx" ON "portal_articles" USING btree ("column_id","published_at");--> statement-breakpoint
CREATE INDEX "portal_articles_status_idx" ON "portal_articles" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "portal_articles_external_idx" ON "portal_articles" USING btree ("external_key");--> statement-breakpoint
CREATE INDEX "portal_columns_parent_idx" ON "portal_columns" USING btree ("parent_id","sort");--> statement-breakpoint
CREATE INDEX "portal_columns_unit_idx" ON "portal_columns" USING btree ("responsible_unit_id");--> statement-breakpoint
CREATE INDEX "portal_columns_path_idx" ON "portal_columns" USING btree ("path");--> statement-breakpoint
CREATE UNIQUE INDEX "search_documents_ref_idx" ON "search_documents" USING btree ("source","ref_id");--> statement-breakpoint
CREATE INDEX "search_documents_tsv_idx" ON "search_documents" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "search_documents_day_idx" ON "search_documents" USING btree ("day");