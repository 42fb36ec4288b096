CREATE INDEX "service_cases_item_stage_idx" ON "service_cases" USING btree ("item_code","stage","queue_at");--> statement-breakpoint
CREATE INDEX "service_cases_county_stage_idx" ON "service_cases" USING btree ("county_code","stage","queue_at");--> statement-breakpoint
CREATE INDEX "service_cases_open_queue_idx" ON "service_cases" USING btree ("queue_at") WHERE "service_cases"."stage" <> 'closed';