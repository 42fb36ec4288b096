CREATE TABLE "supervision_item_units" (
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "supervision_item_units_item_id_unit_id_pk" PRIMARY KEY("item_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "supervision_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"year" integer NOT NULL,
	"serial" integer NOT NULL,
	"source" text NOT NULL,
	"parent_id" uuid,
	"title" text NOT NULL,
	"source_doc" text DEFAULT '' NOT NULL,
	"source_text" text DEFAULT '' NOT NULL,
	"source_file" jsonb,
	"instructing_leader_id" uuid,
	"instructing_leader_name" text DEFAULT '' NOT NULL,
	"urgency" text DEFAULT 'ordinary' NOT NULL,
	"leader_in_charge_id" uuid,
	"leader_in_charge_name" text DEFAULT '' NOT NULL,
	"lead_unit_id" uuid,
	"lead_unit_name" text DEFAULT '' NOT NULL,
	"responsible_person" text DEFAULT '' NOT NULL,
	"target_label" text DEFAULT '' NOT NULL,
	"target_value" double precision,
	"target_unit" text DEFAULT '' NOT NULL,
	"reached_value" double precision,
	"percent" integer DEFAULT 0 NOT NULL,
	"milestones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"report_cycle" text DEFAULT 'none' NOT NULL,
	"status" text DEFAULT 'registered' NOT NULL,
	"registered_day" date NOT NULL,
	"due_day" date,
	"due_rule" text DEFAULT '' NOT NULL,
	"clock_id" uuid,
	"escalation" integer DEFAULT 0 NOT NULL,
	"returned_count" integer DEFAULT 0 NOT NULL,
	"extension_count" integer DEFAULT 0 NOT NULL,
	"reopened_count" integer DEFAULT 0 NOT NULL,
	"result" text DEFAULT '' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_on_time" boolean,
	"published" boolean DEFAULT false NOT NULL,
	"bulletin_id" uuid,
	"registered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_name" text NOT NULL,
	"progress" text NOT NULL,
	"reached_value" double precision,
	"percent" integer,
	"problems" text NOT NULL,
	"next_steps" text DEFAULT '' NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"public_note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"review_comment" text DEFAULT '' NOT NULL,
	"submitted_by" uuid,
	"submitted_by_name" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "supervision_item_units" ADD CONSTRAINT "supervision_item_units_item_id_supervision_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."supervision_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_reports" ADD CONSTRAINT "supervision_reports_item_id_supervision_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."supervision_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervision_item_units_unit_idx" ON "supervision_item_units" USING btree ("unit_id","item_id");--> statement-breakpoint
CREATE INDEX "supervision_item_units_path_idx" ON "supervision_item_units" USING btree ("unit_path");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_items_number_idx" ON "supervision_items" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_items_year_serial_idx" ON "supervision_items" USING btree ("year","serial");--> statement-breakpoint
CREATE INDEX "supervision_items_status_due_idx" ON "supervision_items" USING btree ("status","due_day","id");--> statement-breakpoint
CREATE INDEX "supervision_items_parent_idx" ON "supervision_items" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "supervision_items_leader_idx" ON "supervision_items" USING btree ("leader_in_charge_id","status");--> statement-breakpoint
CREATE INDEX "supervision_items_instructing_idx" ON "supervision_items" USING btree ("instructing_leader_id","status");--> statement-breakpoint
CREATE INDEX "supervision_items_bulletin_idx" ON "supervision_items" USING btree ("bulletin_id") WHERE "supervision_items"."bulletin_id" is not null;--> statement-breakpoint
CREATE INDEX "supervision_items_source_doc_idx" ON "supervision_items" USING btree ("source_doc");--> statement-breakpoint
CREATE INDEX "supervision_reports_item_idx" ON "supervision_reports" USING btree ("item_id","submitted_at");