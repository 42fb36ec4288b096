-- Online services' case events move onto the platform's timeline (subject service_case): title
-- becomes the text, the public and internal notes the note and the staff note, visible the
-- visibility (public / staff), detail the data. Each case keeps its steps' order; they are numbered
-- after every event already on the timeline, and the sequence continues after them.
INSERT INTO "timeline_events" ("id", "seq", "subject_type", "subject_id", "at", "kind", "visibility", "text", "note", "staff_note", "actor_id", "actor_name", "data")
SELECT "id",
	coalesce((SELECT max("seq") FROM "timeline_events"), 0) + row_number() OVER (ORDER BY "case_id", "seq"),
	'service_case', "case_id", "at", "kind", CASE WHEN "visible" THEN 'public' ELSE 'staff' END,
	"title", "public_note", "internal_note", "actor_id", "actor_name", "detail"
FROM "service_case_events";
--> statement-breakpoint
SELECT setval(pg_get_serial_sequence('"timeline_events"', 'seq'), coalesce((SELECT max("seq") FROM "timeline_events"), 0) + 1, false);
--> statement-breakpoint
DROP TABLE "service_case_events" CASCADE;
