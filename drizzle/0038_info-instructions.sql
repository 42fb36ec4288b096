ALTER TABLE "info_instructions" ADD COLUMN "leader_level" text DEFAULT 'provincial' NOT NULL;--> statement-breakpoint
ALTER TABLE "info_instructions" ADD COLUMN "supervision_item_id" uuid;--> statement-breakpoint
ALTER TABLE "info_instructions" ADD COLUMN "supervision_number" text;