CREATE TABLE "request_keys" (
	"actor_id" uuid NOT NULL,
	"key" text NOT NULL,
	"scope" text NOT NULL,
	"result_id" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "request_keys_actor_id_key_pk" PRIMARY KEY("actor_id","key")
);
--> statement-breakpoint
CREATE INDEX "request_keys_created_idx" ON "request_keys" USING btree ("created_at");