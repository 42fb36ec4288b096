-- Certificate serials move into platform numbering (series harvest.certificate). The counter
-- starts from the larger of the old counter and the highest serial any permit carries, so no
-- number ever issued can be issued again.
INSERT INTO "number_serials" ("series", "year", "last_value")
SELECT "series", "year", max("last_value") FROM (
	SELECT CASE WHEN "scheme" = 'LIC-01' THEN 'harvest.certificate' ELSE 'harvest.certificate:' || "scheme" END AS "series",
		"year", "last_serial" AS "last_value"
	FROM "harvest_certificate_serials"
	UNION ALL
	SELECT 'harvest.certificate', "year", max("serial") FROM "harvest_permits"
	WHERE "year" IS NOT NULL AND "serial" IS NOT NULL GROUP BY "year"
) AS "counters"
GROUP BY "series", "year"
ON CONFLICT ("series", "year") DO UPDATE SET "last_value" = greatest("number_serials"."last_value", excluded."last_value");
--> statement-breakpoint
DROP TABLE "harvest_certificate_serials" CASCADE;
