CREATE TABLE "timeline_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"visibility" text NOT NULL,
	"text" text NOT NULL,
	"note" text,
	"staff_note" text,
	"actor_id" uuid,
	"actor_name" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE INDEX "timeline_events_subject_idx" ON "timeline_events" USING btree ("subject_type","subject_id","seq");--> statement-breakpoint
CREATE INDEX "timeline_events_kind_at_idx" ON "timeline_events" USING btree ("subject_type","kind","at");