CREATE TABLE "openness_notice_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_id" uuid NOT NULL,
	"name" text NOT NULL,
	"phone_enc" text NOT NULL,
	"body" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "openness_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"contact" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "openness_notice_objections" ADD CONSTRAINT "openness_notice_objections_notice_id_openness_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."openness_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "openness_notices" ADD CONSTRAINT "openness_notices_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "openness_notice_objections_notice_idx" ON "openness_notice_objections" USING btree ("notice_id","received_at");--> statement-breakpoint
CREATE INDEX "openness_notices_period_idx" ON "openness_notices" USING btree ("ends_on","starts_on");