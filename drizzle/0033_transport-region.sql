ALTER TABLE "timber_transport_permits" ADD COLUMN "county_code" text;--> statement-breakpoint
ALTER TABLE "timber_transport_permits" ADD COLUMN "city_code" text;--> statement-breakpoint
CREATE INDEX "timber_transport_permits_region_idx" ON "timber_transport_permits" USING btree ("city_code","county_code");