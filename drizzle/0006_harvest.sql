CREATE TABLE "harvest_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" text NOT NULL,
	"receipt_code" text NOT NULL,
	"holder_kind" text NOT NULL,
	"holder_name" text NOT NULL,
	"county_code" text NOT NULL,
	"township" text NOT NULL,
	"village" text NOT NULL,
	"forest_category" text NOT NULL,
	"harvest_type" text NOT NULL,
	"harvest_method" text,
	"species" text NOT NULL,
	"area_mu" numeric(14, 2) NOT NULL,
	"stock_volume" numeric(14, 2) NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"workdays" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "harvest_notices_caseId_unique" UNIQUE("case_id")
);
--> statement-breakpoint
CREATE TABLE "harvest_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_id" uuid NOT NULL,
	"case_id" text NOT NULL,
	"name" text NOT NULL,
	"contact_enc" text,
	"contact_mask" text,
	"content" text NOT NULL,
	"account_id" uuid,
	"ip" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "timber_transport_permits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"issuer" text NOT NULL,
	"shipper" text NOT NULL,
	"origin" text NOT NULL,
	"destination" text NOT NULL,
	"species" text NOT NULL,
	"assortment" text NOT NULL,
	"volume" numeric(12, 3) NOT NULL,
	"pieces" integer,
	"vehicle" text,
	"note" text,
	"row_hash" text NOT NULL,
	"source_name" text,
	"imported_at" timestamp with time zone NOT NULL,
	"imported_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "timber_transport_permits_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "harvest_objections" ADD CONSTRAINT "harvest_objections_notice_id_harvest_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."harvest_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "harvest_notices_period_idx" ON "harvest_notices" USING btree ("status","ends_on");--> statement-breakpoint
CREATE INDEX "harvest_objections_case_idx" ON "harvest_objections" USING btree ("case_id");