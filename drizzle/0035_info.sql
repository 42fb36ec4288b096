CREATE TABLE "info_adoptions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"level" text NOT NULL,
	"points" integer NOT NULL,
	"note" text,
	"adopted_at" timestamp with time zone NOT NULL,
	"adopted_by" uuid
);
--> statement-breakpoint
CREATE TABLE "info_bulletin_items" (
	"bulletin_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "info_bulletins" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text,
	"year" integer,
	"serial" integer,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"report_to" text[] DEFAULT '{}'::text[] NOT NULL,
	"send_to" text[] DEFAULT '{}'::text[] NOT NULL,
	"issued_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "info_instructions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"bulletin_id" uuid NOT NULL,
	"item_id" uuid,
	"leader_name" text NOT NULL,
	"leader_title" text DEFAULT '' NOT NULL,
	"instructed_at" timestamp with time zone NOT NULL,
	"text" text NOT NULL,
	"scan" jsonb,
	"points" integer DEFAULT 0 NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "info_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"edited_body" text,
	"type" text NOT NULL,
	"depth" text NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"classified" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"review_note" text,
	"solicitation_id" uuid,
	"event_at" timestamp with time zone,
	"report_kind" text,
	"initial_id" uuid,
	"due_at" timestamp with time zone,
	"emergency" jsonb,
	"article_id" uuid,
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "info_points" (
	"id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"source" text NOT NULL,
	"source_id" uuid NOT NULL,
	"points" integer NOT NULL,
	"label" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "info_solicitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"guidance" text NOT NULL,
	"unit_ids" uuid[] NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "info_adoptions_item_level_uq" ON "info_adoptions" USING btree ("item_id","level");--> statement-breakpoint
CREATE INDEX "info_adoptions_unit_idx" ON "info_adoptions" USING btree ("unit_id","adopted_at");--> statement-breakpoint
CREATE INDEX "info_adoptions_at_idx" ON "info_adoptions" USING btree ("adopted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "info_bulletin_items_pk" ON "info_bulletin_items" USING btree ("bulletin_id","item_id");--> statement-breakpoint
CREATE INDEX "info_bulletin_items_item_idx" ON "info_bulletin_items" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "info_bulletins_number_uq" ON "info_bulletins" USING btree ("number");--> statement-breakpoint
CREATE INDEX "info_instructions_bulletin_idx" ON "info_instructions" USING btree ("bulletin_id");--> statement-breakpoint
CREATE INDEX "info_instructions_item_idx" ON "info_instructions" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "info_items_queue_idx" ON "info_items" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "info_items_unit_idx" ON "info_items" USING btree ("unit_id","submitted_at");--> statement-breakpoint
CREATE INDEX "info_items_submitted_idx" ON "info_items" USING btree ("submitted_at");--> statement-breakpoint
CREATE INDEX "info_items_initial_idx" ON "info_items" USING btree ("initial_id");--> statement-breakpoint
CREATE INDEX "info_points_unit_idx" ON "info_points" USING btree ("unit_id","at");--> statement-breakpoint
CREATE INDEX "info_points_author_idx" ON "info_points" USING btree ("author_id","at");