CREATE TABLE "stored_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"driver" text NOT NULL,
	"storage_key" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"owner_account_id" uuid,
	"purpose" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_case_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"public_note" text,
	"internal_note" text,
	"actor_id" uuid,
	"actor_name" text,
	"visible" boolean DEFAULT true NOT NULL,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "service_case_materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"spec_code" text NOT NULL,
	"spec_name" text NOT NULL,
	"source" text NOT NULL,
	"file_id" uuid,
	"file_name" text,
	"content_type" text,
	"size_bytes" integer,
	"copies" integer,
	"note" text,
	"round" integer DEFAULT 0 NOT NULL,
	"received_by" uuid,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_code" text NOT NULL,
	"receipt_code" text NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"stage" text NOT NULL,
	"queue_at" timestamp with time zone NOT NULL,
	"applicant_account_id" uuid,
	"applicant_kind" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_id_enc" text,
	"applicant_id_mask" text,
	"phone_enc" text,
	"phone_mask" text,
	"county_code" text,
	"county_unit_id" uuid,
	"county_path" text,
	"unit_id" uuid,
	"unit_path" text,
	"accept_unit_id" uuid,
	"accept_unit_path" text,
	"form" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"received_by" uuid,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"decision" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"closed_at" timestamp with time zone,
	"resume_status" text,
	"promised_workdays" integer NOT NULL,
	"classify_note" text,
	"acceptance_clock_id" uuid,
	"statutory_clock_id" uuid,
	"promised_clock_id" uuid,
	"certificate_clock_id" uuid,
	"acceptance_due_at" timestamp with time zone,
	"statutory_due_at" timestamp with time zone,
	"promised_due_at" timestamp with time zone,
	"extension_days" integer DEFAULT 0 NOT NULL,
	"notice_ends_at" timestamp with time zone,
	"notice_done" boolean DEFAULT false NOT NULL,
	"handler_approved" boolean DEFAULT false NOT NULL,
	"certificate_id" text,
	"certificate_number" text,
	"certificate_url" text,
	"used_workdays" integer,
	"on_time" boolean,
	"verify_failures" integer DEFAULT 0 NOT NULL,
	"verify_locked_until" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_counters" (
	"series" text NOT NULL,
	"year" integer NOT NULL,
	"value" integer NOT NULL,
	CONSTRAINT "service_counters_series_year_pk" PRIMARY KEY("series","year")
);
--> statement-breakpoint
CREATE TABLE "service_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by" uuid
);
--> statement-breakpoint
CREATE TABLE "service_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"item_code" text NOT NULL,
	"values" jsonb NOT NULL,
	"files" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_items" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"category" text DEFAULT '行政许可' NOT NULL,
	"legal_basis" jsonb NOT NULL,
	"conditions" text NOT NULL,
	"place" text NOT NULL,
	"hours" text NOT NULL,
	"phone" text NOT NULL,
	"procedure" jsonb NOT NULL,
	"statutory_workdays" integer NOT NULL,
	"promised_workdays" integer NOT NULL,
	"fees" jsonb NOT NULL,
	"topics" jsonb NOT NULL,
	"life_events" jsonb NOT NULL,
	"audiences" jsonb NOT NULL,
	"form" jsonb NOT NULL,
	"handling_unit_code" text NOT NULL,
	"issuing_levels" jsonb NOT NULL,
	"data_status" text NOT NULL,
	"verification_note" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "service_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"fee_code" text NOT NULL,
	"fee_name" text NOT NULL,
	"basis" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"status" text NOT NULL,
	"driver" text,
	"receipt_no" text,
	"reference" text,
	"assessed_by" uuid,
	"assessed_at" timestamp with time zone NOT NULL,
	"paid_at" timestamp with time zone,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "harvest_certificate_files" (
	"permit_id" uuid PRIMARY KEY NOT NULL,
	"content" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "harvest_certificate_serials" (
	"scheme" text DEFAULT 'LIC-01' NOT NULL,
	"year" integer NOT NULL,
	"last_serial" integer NOT NULL,
	CONSTRAINT "harvest_certificate_serials_scheme_year_pk" PRIMARY KEY("scheme","year")
);
--> statement-breakpoint
CREATE TABLE "harvest_permits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" text NOT NULL,
	"receipt_code" text NOT NULL,
	"applicant_account_id" uuid,
	"holder_kind" text NOT NULL,
	"holder_name" text NOT NULL,
	"county_code" text NOT NULL,
	"city_code" text NOT NULL,
	"township" text NOT NULL,
	"village" text NOT NULL,
	"compartment" text NOT NULL,
	"sub_compartment" text NOT NULL,
	"place_name" text NOT NULL,
	"forest_category" text NOT NULL,
	"harvest_type" text NOT NULL,
	"harvest_method" text,
	"species" text NOT NULL,
	"area_mu" numeric(14, 2) NOT NULL,
	"stock_volume" numeric(14, 2) NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"form" jsonb NOT NULL,
	"quota_id" uuid,
	"status" text DEFAULT 'approved' NOT NULL,
	"approved_at" timestamp with time zone NOT NULL,
	"number" text,
	"number_key" text,
	"year" integer,
	"serial" integer,
	"issued_at" timestamp with time zone,
	"issuing_authority" text,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text,
	"revoked_by" uuid,
	"released_volume" numeric(14, 2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "harvest_permits_caseId_unique" UNIQUE("case_id"),
	CONSTRAINT "harvest_permits_number_unique" UNIQUE("number"),
	CONSTRAINT "harvest_permits_numberKey_unique" UNIQUE("number_key")
);
--> statement-breakpoint
CREATE TABLE "harvest_quota_ledger" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"quota_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"remaining_after" numeric(14, 2) NOT NULL,
	"case_id" text,
	"receipt_code" text,
	"permit_id" uuid,
	"basis" text,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "harvest_quotas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_code" text NOT NULL,
	"city_code" text NOT NULL,
	"period_start" integer NOT NULL,
	"year" integer NOT NULL,
	"forest_category" text NOT NULL,
	"harvest_type" text NOT NULL,
	"allocated" numeric(14, 2) DEFAULT 0 NOT NULL,
	"consumed" numeric(14, 2) DEFAULT 0 NOT NULL,
	"remaining" numeric(14, 2) DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "harvest_quotas_remaining_nonneg" CHECK ("harvest_quotas"."remaining" >= 0),
	CONSTRAINT "harvest_quotas_balance" CHECK ("harvest_quotas"."remaining" = "harvest_quotas"."allocated" - "harvest_quotas"."consumed")
);
--> statement-breakpoint
ALTER TABLE "service_case_events" ADD CONSTRAINT "service_case_events_case_id_service_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_case_materials" ADD CONSTRAINT "service_case_materials_case_id_service_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_cases" ADD CONSTRAINT "service_cases_item_code_service_items_code_fk" FOREIGN KEY ("item_code") REFERENCES "public"."service_items"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_documents" ADD CONSTRAINT "service_documents_case_id_service_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_drafts" ADD CONSTRAINT "service_drafts_item_code_service_items_code_fk" FOREIGN KEY ("item_code") REFERENCES "public"."service_items"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_payments" ADD CONSTRAINT "service_payments_case_id_service_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."service_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "harvest_certificate_files" ADD CONSTRAINT "harvest_certificate_files_permit_id_harvest_permits_id_fk" FOREIGN KEY ("permit_id") REFERENCES "public"."harvest_permits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "harvest_quota_ledger" ADD CONSTRAINT "harvest_quota_ledger_quota_id_harvest_quotas_id_fk" FOREIGN KEY ("quota_id") REFERENCES "public"."harvest_quotas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stored_files_owner_idx" ON "stored_files" USING btree ("owner_account_id","created_at");--> statement-breakpoint
CREATE INDEX "service_case_events_at_idx" ON "service_case_events" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "service_case_events_seq_idx" ON "service_case_events" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "service_case_materials_case_idx" ON "service_case_materials" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_cases_receipt_idx" ON "service_cases" USING btree ("receipt_code");--> statement-breakpoint
CREATE INDEX "service_cases_stage_idx" ON "service_cases" USING btree ("stage","queue_at");--> statement-breakpoint
CREATE INDEX "service_cases_unit_stage_idx" ON "service_cases" USING btree ("unit_id","stage","queue_at");--> statement-breakpoint
CREATE INDEX "service_cases_accept_stage_idx" ON "service_cases" USING btree ("accept_unit_id","stage","queue_at");--> statement-breakpoint
CREATE INDEX "service_cases_county_path_idx" ON "service_cases" USING btree ("county_path" text_pattern_ops,"stage");--> statement-breakpoint
CREATE INDEX "service_cases_applicant_idx" ON "service_cases" USING btree ("applicant_account_id","submitted_at");--> statement-breakpoint
CREATE INDEX "service_cases_item_idx" ON "service_cases" USING btree ("item_code","submitted_at");--> statement-breakpoint
CREATE INDEX "service_cases_submitted_idx" ON "service_cases" USING btree ("submitted_at");--> statement-breakpoint
CREATE INDEX "service_cases_decided_idx" ON "service_cases" USING btree ("decided_at");--> statement-breakpoint
CREATE INDEX "service_documents_case_idx" ON "service_documents" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_documents_number_idx" ON "service_documents" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "service_drafts_owner_idx" ON "service_drafts" USING btree ("account_id","item_code");--> statement-breakpoint
CREATE INDEX "service_payments_case_idx" ON "service_payments" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "harvest_permits_serial_key" ON "harvest_permits" USING btree ("year","serial");--> statement-breakpoint
CREATE INDEX "harvest_permits_register_idx" ON "harvest_permits" USING btree ("status","issued_at");--> statement-breakpoint
CREATE INDEX "harvest_permits_county_idx" ON "harvest_permits" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "harvest_quota_ledger_quota_idx" ON "harvest_quota_ledger" USING btree ("quota_id","at");--> statement-breakpoint
CREATE INDEX "harvest_quota_ledger_case_idx" ON "harvest_quota_ledger" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "harvest_quotas_key" ON "harvest_quotas" USING btree ("county_code","year","forest_category","harvest_type");--> statement-breakpoint
CREATE INDEX "harvest_quotas_year_city_idx" ON "harvest_quotas" USING btree ("year","city_code");