-- Referral programme: every user gets a unique code; a referral links a referrer and a referred user.
CREATE TYPE "public"."referral_status" AS ENUM('pending', 'completed');--> statement-breakpoint
ALTER TABLE "user" ADD COLUMN "referral_code" text DEFAULT ('ref-' || gen_random_uuid());--> statement-breakpoint
ALTER TABLE "user" ADD COLUMN "referral_limit" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "user" ADD CONSTRAINT "user_referral_code_unique" UNIQUE("referral_code");--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "referral" (
	"referrer_id" text NOT NULL,
	"referred_id" text NOT NULL,
	"status" "referral_status" DEFAULT 'pending' NOT NULL,
	"credits" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_referrer_id_referred_id_pk" PRIMARY KEY("referrer_id","referred_id"),
	CONSTRAINT "referral_no_self_referral" CHECK ("referrer_id" <> "referred_id"),
	CONSTRAINT "referral_credits_positive" CHECK ("credits" > 0)
);
--> statement-breakpoint
DO $$ BEGIN
 ALTER TABLE "referral" ADD CONSTRAINT "referral_referrer_id_user_id_fk" FOREIGN KEY ("referrer_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
--> statement-breakpoint
DO $$ BEGIN
 ALTER TABLE "referral" ADD CONSTRAINT "referral_referred_id_user_id_fk" FOREIGN KEY ("referred_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
