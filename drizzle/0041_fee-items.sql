CREATE TABLE "openness_fee_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"basis" text NOT NULL,
	"standard" text DEFAULT '' NOT NULL,
	"collector" text NOT NULL,
	"status" text NOT NULL,
	"abolished_on" date,
	"abolished_by" text DEFAULT '' NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"verify_note" text DEFAULT '' NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "openness_fee_items_code_idx" ON "openness_fee_items" USING btree ("code");