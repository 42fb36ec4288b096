DROP TABLE "interaction_track_attempts" CASCADE;--> statement-breakpoint
DROP TABLE "openness_track_attempts" CASCADE;