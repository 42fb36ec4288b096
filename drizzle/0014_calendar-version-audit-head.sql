CREATE TABLE "audit_chain_head" (
	"id" integer PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_version" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" uuid NOT NULL
);
