ALTER TABLE "clocks" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "clocks" ADD COLUMN "due_provisional" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "clocks_kind_due_idx" ON "clocks" USING btree ("kind","status","due_at");