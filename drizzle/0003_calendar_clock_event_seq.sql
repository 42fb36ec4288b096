ALTER TABLE "clock_events" ADD COLUMN "seq" integer NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "clock_events_seq_idx" ON "clock_events" USING btree ("clock_id","seq");