DROP INDEX "service_cases_item_stage_idx";--> statement-breakpoint
DROP INDEX "service_cases_county_stage_idx";--> statement-breakpoint
CREATE INDEX "service_cases_item_stage_idx" ON "service_cases" USING btree ("item_code","stage","queue_at","accept_unit_id","unit_id");--> statement-breakpoint
CREATE INDEX "service_cases_county_stage_idx" ON "service_cases" USING btree ("county_code","stage","queue_at","accept_unit_id","unit_id");