-- Billing service: customers subscribe to plans; everything the invoicing job reads starts here.

CREATE TABLE customer (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    external_id uuid        NOT NULL UNIQUE,
    name        text        NOT NULL,
    email       text        NOT NULL,
    country     char(2)     NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE customer IS 'A paying organisation; created by the sign-up flow, never deleted (closed accounts keep their invoices).';
COMMENT ON COLUMN customer.external_id IS 'The id the public API shows; the numeric id stays internal.';
COMMENT ON COLUMN customer.email IS 'Billing contact; invoices are sent here.';
COMMENT ON COLUMN customer.country IS 'ISO 3166-1 alpha-2 code; decides the VAT rate.';

CREATE TABLE plan (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            text    NOT NULL UNIQUE,
    name            text    NOT NULL,
    monthly_cents   integer NOT NULL CHECK (monthly_cents >= 0),
    currency        char(3) NOT NULL,
    active          boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE plan IS 'What a customer can subscribe to; prices in the smallest currency unit.';
COMMENT ON COLUMN plan.code IS 'Stable code the pricing page and the API use, e.g. team-monthly.';
COMMENT ON COLUMN plan.active IS 'Inactive plans keep their subscribers but cannot be chosen any more.';

CREATE TABLE subscription (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint      NOT NULL REFERENCES customer (id),
    plan_id      bigint      NOT NULL REFERENCES plan (id),
    status       text        NOT NULL DEFAULT 'trialing'
                 CHECK (status IN ('trialing', 'active', 'past_due', 'cancelled')),
    started_at   timestamptz NOT NULL DEFAULT now(),
    renews_at    timestamptz NOT NULL,
    cancelled_at timestamptz,
    CHECK (cancelled_at IS NULL OR status = 'cancelled')
);
COMMENT ON TABLE subscription IS 'A customer on a plan; the renewal job invoices every subscription whose renews_at has passed.';
COMMENT ON COLUMN subscription.renews_at IS 'Next time the renewal job invoices this subscription.';

CREATE INDEX subscription_customer_id_idx ON subscription (customer_id);
CREATE INDEX subscription_plan_id_idx ON subscription (plan_id);
