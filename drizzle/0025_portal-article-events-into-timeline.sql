-- The portal's article events move onto the platform's timeline (subject portal_article): the
-- action becomes the kind, its Chinese label the text, the comment the note, the edition and
-- review step the data; staff only, as before. The old sequence numbers are kept (they were one
-- sequence across articles too), and the timeline's sequence continues after them.
INSERT INTO "timeline_events" ("id", "seq", "subject_type", "subject_id", "at", "kind", "visibility", "text", "note", "actor_id", "actor_name", "data")
SELECT "id", "seq", 'portal_article', "article_id", "at", "action", 'staff',
	CASE "action"
		WHEN 'create' THEN '新建' WHEN 'edit' THEN '修改' WHEN 'submit' THEN '送审'
		WHEN 'approve' THEN '审核通过' WHEN 'reject' THEN '退回修改' WHEN 'publish' THEN '发布'
		WHEN 'schedule' THEN '定时发布' WHEN 'unschedule' THEN '取消定时'
		WHEN 'publish_unreviewed' THEN '未经审核发布' WHEN 'unpublish' THEN '下线' WHEN 'withdraw' THEN '撤回'
		ELSE "action" END,
	"comment", "actor_id", "actor_name",
	CASE WHEN "step" IS NULL THEN jsonb_build_object('edition', "edition")
		ELSE jsonb_build_object('edition', "edition", 'step', "step") END
FROM "portal_article_events";
--> statement-breakpoint
SELECT setval(pg_get_serial_sequence('"timeline_events"', 'seq'), coalesce((SELECT max("seq") FROM "timeline_events"), 0) + 1, false);
--> statement-breakpoint
DROP TABLE "portal_article_events" CASCADE;
