CREATE TABLE "supervision_extensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_name" text NOT NULL,
	"reason" text NOT NULL,
	"from_day" date NOT NULL,
	"to_day" date NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" uuid,
	"requested_by_name" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_by_name" text DEFAULT '' NOT NULL,
	"decided_at" timestamp with time zone,
	"decision_comment" text DEFAULT '' NOT NULL,
	"new_due_day" date
);
--> statement-breakpoint
ALTER TABLE "supervision_extensions" ADD CONSTRAINT "supervision_extensions_item_id_supervision_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."supervision_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervision_extensions_item_idx" ON "supervision_extensions" USING btree ("item_id","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_extensions_pending_idx" ON "supervision_extensions" USING btree ("item_id") WHERE "supervision_extensions"."status" = 'pending';