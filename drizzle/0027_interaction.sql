CREATE TABLE "interaction_experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"title" text NOT NULL,
	"field" text NOT NULL,
	"account_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interaction_letters" (
	"id" uuid PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"number" text NOT NULL,
	"receipt_code" text NOT NULL,
	"password_hash" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"category" text NOT NULL,
	"writer_enc" text NOT NULL,
	"writer_mask" text NOT NULL,
	"owner_key" text,
	"consent_publish" boolean DEFAULT false NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"service_item_code" text,
	"flagged_words" text[] DEFAULT '{}'::text[] NOT NULL,
	"source" text DEFAULT 'web' NOT NULL,
	"ip_key" text,
	"open311_client_id" uuid,
	"open311_token" text,
	"status" text DEFAULT 'received' NOT NULL,
	"unit_id" uuid,
	"unit_path" text,
	"unit_name" text,
	"expert_id" uuid,
	"expert_account_id" uuid,
	"complex" boolean DEFAULT false NOT NULL,
	"limit_workdays" integer NOT NULL,
	"clock_id" uuid,
	"accepted_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"reject_reason" text,
	"forwarded_to" text,
	"merged_into" uuid,
	"reply_draft" text,
	"drafted_by" text,
	"return_note" text,
	"reply_text" text,
	"publish_requested" boolean DEFAULT false NOT NULL,
	"public_question" text,
	"public_answer" text,
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"replier_name" text,
	"material_comments" jsonb,
	"rating" text,
	"rating_comment" text,
	"rated_at" timestamp with time zone,
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_on_time" boolean,
	"answer_workdays" integer,
	"closed_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interaction_open311_clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"contact" text NOT NULL,
	"key_hash" text NOT NULL,
	"key_prefix" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "interaction_track_attempts" (
	"code_key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"locked_until" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "interaction_letters_receipt_idx" ON "interaction_letters" USING btree ("receipt_code");--> statement-breakpoint
CREATE UNIQUE INDEX "interaction_letters_number_idx" ON "interaction_letters" USING btree ("number");--> statement-breakpoint
CREATE INDEX "interaction_letters_status_idx" ON "interaction_letters" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "interaction_letters_unit_idx" ON "interaction_letters" USING btree ("unit_id","status","submitted_at");--> statement-breakpoint
CREATE INDEX "interaction_letters_due_idx" ON "interaction_letters" USING btree ("due_at") WHERE status in ('received','assigned','drafted','office_review');--> statement-breakpoint
CREATE INDEX "interaction_letters_owner_idx" ON "interaction_letters" USING btree ("owner_key");--> statement-breakpoint
CREATE INDEX "interaction_letters_published_idx" ON "interaction_letters" USING btree ("published_at") WHERE published;--> statement-breakpoint
CREATE INDEX "interaction_letters_token_idx" ON "interaction_letters" USING btree ("open311_token");--> statement-breakpoint
CREATE INDEX "interaction_letters_ip_idx" ON "interaction_letters" USING btree ("ip_key","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "interaction_open311_clients_key_idx" ON "interaction_open311_clients" USING btree ("key_hash");