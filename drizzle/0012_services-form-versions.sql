CREATE TABLE "service_item_form_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_code" text NOT NULL,
	"version" integer NOT NULL,
	"form" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"saved_at" timestamp with time zone NOT NULL,
	"saved_by" uuid,
	"saved_by_name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "service_item_form_versions" ADD CONSTRAINT "service_item_form_versions_item_code_service_items_code_fk" FOREIGN KEY ("item_code") REFERENCES "public"."service_items"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "service_item_form_versions_item_version_idx" ON "service_item_form_versions" USING btree ("item_code","version");--> statement-breakpoint
CREATE INDEX "service_item_form_versions_item_saved_idx" ON "service_item_form_versions" USING btree ("item_code","saved_at");