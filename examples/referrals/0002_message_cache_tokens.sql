-- Prompt caching: record cache writes and reads separately; total_tokens is computed by PostgreSQL.
ALTER TABLE "message" ADD COLUMN "cache_creation_input_tokens" integer;--> statement-breakpoint
ALTER TABLE "message" ADD COLUMN "cache_read_input_tokens" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "message" ADD COLUMN "total_tokens" integer GENERATED ALWAYS AS ("input_tokens" + COALESCE("cache_creation_input_tokens", 0) + "cache_read_input_tokens" + "output_tokens") STORED;--> statement-breakpoint
ALTER TABLE "user" ADD COLUMN "subscription_active" boolean GENERATED ALWAYS AS (COALESCE("subscription_status" IN ('active', 'trialing'), false)) STORED;
