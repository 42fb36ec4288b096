-- The clocks of existing cases get their kinds, so their escalation ladders (提醒 → 催办 → 督办) apply.
UPDATE "clocks" SET "kind" = 'services.acceptance' FROM "service_cases" s WHERE "clocks"."id" = s."acceptance_clock_id";--> statement-breakpoint
UPDATE "clocks" SET "kind" = 'services.statutory' FROM "service_cases" s WHERE "clocks"."id" = s."statutory_clock_id";--> statement-breakpoint
UPDATE "clocks" SET "kind" = 'services.promised' FROM "service_cases" s WHERE "clocks"."id" = s."promised_clock_id";--> statement-breakpoint
UPDATE "clocks" SET "kind" = 'services.certificate' FROM "service_cases" s WHERE "clocks"."id" = s."certificate_clock_id";
