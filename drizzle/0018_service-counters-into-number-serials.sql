-- Service counters move into platform numbering: series doc:受 becomes services.doc:受 (any other
-- series services.<series>). Each counter starts from the larger of its old value and the highest
-- serial a document of its kind already carries (…〔2026〕00012号 → 12), so no number is reused.
INSERT INTO "number_serials" ("series", "year", "last_value")
SELECT "series", "year", max("last_value") FROM (
	SELECT 'services.' || "series" AS "series", "year", "value" AS "last_value"
	FROM "service_counters"
	UNION ALL
	SELECT 'services.doc:' || CASE "kind"
			WHEN 'acceptance_notice' THEN '受'
			WHEN 'not_accepted_notice' THEN '不受'
			WHEN 'completion_notice' THEN '补'
			WHEN 'approval_decision' THEN '准'
			WHEN 'refusal_decision' THEN '不准'
		END,
		(regexp_match("number", '〔(\d{4})〕(\d+)号$'))[1]::integer,
		max((regexp_match("number", '〔(\d{4})〕(\d+)号$'))[2]::integer)
	FROM "service_documents"
	WHERE "number" ~ '〔\d{4}〕\d+号$'
		AND "kind" IN ('acceptance_notice', 'not_accepted_notice', 'completion_notice', 'approval_decision', 'refusal_decision')
	GROUP BY 1, 2
) AS "counters"
GROUP BY "series", "year"
ON CONFLICT ("series", "year") DO UPDATE SET "last_value" = greatest("number_serials"."last_value", excluded."last_value");
--> statement-breakpoint
DROP TABLE "service_counters" CASCADE;
