-- Enforce the referral limit in the database, where concurrent requests cannot slip past it,
-- and keep updated_at current on "user" and "referral".

CREATE OR REPLACE FUNCTION "public"."check_referral_limit"() RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    max_referrals integer;
    completed_count integer;
BEGIN
    -- Lock the referrer so two referrals completing at once are counted one after the other.
    SELECT u.referral_limit INTO max_referrals
    FROM "public"."user" u
    WHERE u.id = NEW.referrer_id
    FOR UPDATE;

    IF NOT FOUND THEN
        RAISE EXCEPTION 'Referrer % does not exist', NEW.referrer_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;

    SELECT count(*) INTO completed_count
    FROM "public"."referral" r
    WHERE r.referrer_id = NEW.referrer_id
      AND r.status = 'completed'
      AND r.referred_id <> NEW.referred_id;

    IF completed_count >= max_referrals THEN
        RAISE EXCEPTION 'User % has reached the maximum of % successful referrals', NEW.referrer_id, max_referrals
            USING ERRCODE = 'check_violation',
                  HINT = 'Raise "user".referral_limit to allow more.';
    END IF;

    NEW.completed_at := COALESCE(NEW.completed_at, now());
    RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "referral_limit_check"
    BEFORE INSERT OR UPDATE OF "status" ON "referral"
    FOR EACH ROW
    WHEN (NEW.status = 'completed')
    EXECUTE FUNCTION "public"."check_referral_limit"();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "public"."set_updated_at"() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "user_set_updated_at"
    BEFORE UPDATE ON "user"
    FOR EACH ROW EXECUTE FUNCTION "public"."set_updated_at"();
--> statement-breakpoint
CREATE TRIGGER "referral_set_updated_at"
    BEFORE UPDATE ON "referral"
    FOR EACH ROW EXECUTE FUNCTION "public"."set_updated_at"();
--> statement-breakpoint
COMMENT ON FUNCTION "public"."check_referral_limit"() IS 'Rejects a referral that would give the referrer more successful referrals than "user".referral_limit.';
COMMENT ON TRIGGER "referral_limit_check" ON "referral" IS 'Maximum number of successful referrals per user is enforced here.';
COMMENT ON COLUMN "user"."referral_code" IS 'Unique referral code, ''ref-'' followed by a UUID.';
COMMENT ON COLUMN "user"."next_quota_reset" IS 'When the quota is reset next; quota queries return it as endDate.';
COMMENT ON COLUMN "user"."stripe_customer_id" IS 'Stripe customer id. Stripe is the source of truth for subscription data; kept in sync by webhooks.';
COMMENT ON COLUMN "message"."total_tokens" IS 'Input, cache and output tokens; computed by PostgreSQL.';
COMMENT ON COLUMN "message"."client_request_id" IS 'Request id sent by the client, to correlate client logs with this row.';
