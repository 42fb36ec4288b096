ALTER TABLE "service_cases" ADD COLUMN "not_counted" jsonb;--> statement-breakpoint
ALTER TABLE "service_items" ADD COLUMN "not_counted" jsonb DEFAULT '[]'::jsonb NOT NULL;