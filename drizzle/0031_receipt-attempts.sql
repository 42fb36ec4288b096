CREATE TABLE "receipt_attempts" (
	"code_key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
-- The letters' and the applications' counters move here; their keys already carry the scope
-- ('letter-code:…', 'openness-code:…'), so they cannot collide and a lock in force stays in force.
INSERT INTO "receipt_attempts" ("code_key", "failures", "locked_until", "updated_at")
  SELECT "code_key", "failures", "locked_until", "updated_at" FROM "interaction_track_attempts";--> statement-breakpoint
INSERT INTO "receipt_attempts" ("code_key", "failures", "locked_until", "updated_at")
  SELECT "code_key", "failures", "locked_until", "updated_at" FROM "openness_track_attempts";
