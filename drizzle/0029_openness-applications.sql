CREATE TABLE "openness_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"year" integer NOT NULL,
	"receipt_code" text NOT NULL,
	"password_key" text NOT NULL,
	"submitted_via" text NOT NULL,
	"applicant_type" text NOT NULL,
	"applicant_name" text NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_kind" text NOT NULL,
	"contact_person" text DEFAULT '' NOT NULL,
	"phone_enc" text NOT NULL,
	"email_enc" text,
	"address_enc" text,
	"description" text NOT NULL,
	"doc_number" text DEFAULT '' NOT NULL,
	"form_wanted" text NOT NULL,
	"channel_wanted" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"clock_started_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone,
	"due_kind" text,
	"handler_id" uuid,
	"supplement_request" text,
	"supplement_requested_at" timestamp with time zone,
	"supplement_text" text,
	"supplemented_at" timestamp with time zone,
	"consult_party" text,
	"consult_started_at" timestamp with time zone,
	"extended_days" integer DEFAULT 0 NOT NULL,
	"reply_type" text,
	"reply_reason" text,
	"reply_text" text,
	"reply_where" text,
	"reply_number" text,
	"answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "openness_track_attempts" (
	"code_key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "openness_applications" ADD CONSTRAINT "openness_applications_handler_id_accounts_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "openness_applications_number_idx" ON "openness_applications" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "openness_applications_receipt_idx" ON "openness_applications" USING btree ("receipt_code");--> statement-breakpoint
CREATE INDEX "openness_applications_open_idx" ON "openness_applications" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "openness_applications_year_idx" ON "openness_applications" USING btree ("year","applicant_type");