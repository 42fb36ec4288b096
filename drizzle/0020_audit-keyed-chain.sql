-- The keyed audit chain (HMAC-SM3). Records already written keep their plain SM3 hashes and stay
-- verifiable as they are; the keyed part of the chain starts after the last of them (the anchor).
-- A database whose log has records but no head row yet (restored from before 0014) gets its head here.
ALTER TABLE "audit_chain_head" ADD COLUMN "keyed_from" bigint;
--> statement-breakpoint
INSERT INTO "audit_chain_head" ("id", "seq", "hash")
  SELECT 1, "seq", "hash" FROM "audit_log" ORDER BY "seq" DESC LIMIT 1
  ON CONFLICT DO NOTHING;
--> statement-breakpoint
UPDATE "audit_chain_head" SET "keyed_from" = "seq" + 1;
--> statement-breakpoint
ALTER TABLE "audit_chain_head" ALTER COLUMN "keyed_from" SET NOT NULL;
