-- Payments arrive from the payment provider's webhook; one invoice may take several attempts.

CREATE TABLE payment (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id   bigint      NOT NULL REFERENCES invoice (id),
    provider_ref text        NOT NULL UNIQUE,
    amount_cents integer     NOT NULL CHECK (amount_cents > 0),
    succeeded    boolean     NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE payment IS 'One attempt to pay an invoice, as the provider reported it.';
COMMENT ON COLUMN payment.provider_ref IS 'The provider''s id of the charge; the webhook is retried, so it must be unique.';

CREATE INDEX payment_invoice_id_idx ON payment (invoice_id);

CREATE FUNCTION payment_settles_invoice() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.succeeded THEN
        UPDATE invoice SET status = 'paid' WHERE id = NEW.invoice_id AND status = 'open';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION payment_settles_invoice() IS 'A successful payment marks its open invoice paid.';

CREATE TRIGGER payment_settles_invoice
    AFTER INSERT ON payment
    FOR EACH ROW EXECUTE FUNCTION payment_settles_invoice();
