CREATE TABLE "openness_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"audience" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "openness_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"index_no" text NOT NULL,
	"year" integer NOT NULL,
	"serial" integer NOT NULL,
	"category_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"made_on" date NOT NULL,
	"doc_number" text DEFAULT '' NOT NULL,
	"issuer" text NOT NULL,
	"published_on" date NOT NULL,
	"subject" text NOT NULL,
	"genre" text NOT NULL,
	"validity" text DEFAULT 'in_force' NOT NULL,
	"successor_id" uuid,
	"body" text DEFAULT '' NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"article_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "openness_guide_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"sections" jsonb NOT NULL,
	"office_address" text NOT NULL,
	"office_hours" text NOT NULL,
	"office_phone" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "openness_entries" ADD CONSTRAINT "openness_entries_category_id_openness_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."openness_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "openness_entries" ADD CONSTRAINT "openness_entries_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "openness_guide_versions" ADD CONSTRAINT "openness_guide_versions_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "openness_categories_code_idx" ON "openness_categories" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "openness_entries_index_no_idx" ON "openness_entries" USING btree ("index_no");--> statement-breakpoint
CREATE UNIQUE INDEX "openness_entries_year_serial_idx" ON "openness_entries" USING btree ("year","serial");--> statement-breakpoint
CREATE UNIQUE INDEX "openness_entries_article_idx" ON "openness_entries" USING btree ("article_id") WHERE "openness_entries"."article_id" is not null;--> statement-breakpoint
CREATE INDEX "openness_entries_category_idx" ON "openness_entries" USING btree ("category_id","published_on" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "openness_entries_published_idx" ON "openness_entries" USING btree ("published_on" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "openness_entries_successor_idx" ON "openness_entries" USING btree ("successor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "openness_guide_versions_version_idx" ON "openness_guide_versions" USING btree ("version");