CREATE TABLE "openness_laws" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"issuer" text NOT NULL,
	"doc_number" text DEFAULT '' NOT NULL,
	"adopted_on" date,
	"effective_on" date,
	"validity" text DEFAULT 'in_force' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"verify_note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "openness_laws_kind_idx" ON "openness_laws" USING btree ("kind","effective_on" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "openness_laws_effective_idx" ON "openness_laws" USING btree ("effective_on" DESC NULLS LAST,"id");