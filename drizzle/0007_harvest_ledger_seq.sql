DROP TABLE "harvest_certificate_files" CASCADE;--> statement-breakpoint
ALTER TABLE "harvest_permits" ADD COLUMN "certificate_file_id" uuid;--> statement-breakpoint
ALTER TABLE "harvest_quota_ledger" ADD COLUMN "seq" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "harvest_quota_ledger_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);