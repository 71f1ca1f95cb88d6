-- Invoicing: one invoice per renewal, its lines, and the sequence their numbers come from.

CREATE TYPE invoice_status AS ENUM ('draft', 'open', 'paid', 'void');

CREATE SEQUENCE invoice_number_seq;

CREATE TABLE invoice (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number          text           NOT NULL UNIQUE DEFAULT 'INV-' || lpad(nextval('invoice_number_seq')::text, 6, '0'),
    subscription_id bigint         NOT NULL REFERENCES subscription (id),
    status          invoice_status NOT NULL DEFAULT 'draft',
    issued_at       timestamptz,
    due_at          timestamptz,
    total_cents     integer        NOT NULL DEFAULT 0 CHECK (total_cents >= 0),
    currency        char(3)        NOT NULL,
    CHECK (status = 'draft' OR issued_at IS NOT NULL)
);
COMMENT ON TABLE invoice IS 'What a customer owes for one period of a subscription; immutable once open.';
COMMENT ON COLUMN invoice.number IS 'Gap-free enough for accounting: numbers are never reused, drafts keep theirs when voided.';
COMMENT ON COLUMN invoice.total_cents IS 'Sum of the lines, kept by the invoice_line trigger.';

CREATE TABLE invoice_line (
    invoice_id   bigint  NOT NULL REFERENCES invoice (id) ON DELETE CASCADE,
    position     integer NOT NULL,
    description  text    NOT NULL,
    quantity     integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
    unit_cents   integer NOT NULL,
    PRIMARY KEY (invoice_id, position)
);
COMMENT ON TABLE invoice_line IS 'One charge on an invoice: the plan fee, a proration, a credit (negative unit_cents).';

CREATE INDEX invoice_subscription_id_idx ON invoice (subscription_id);
CREATE INDEX invoice_open_due_idx ON invoice (due_at) WHERE status = 'open';

CREATE FUNCTION invoice_line_total() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE invoice
       SET total_cents = (SELECT coalesce(sum(quantity * unit_cents), 0)
                            FROM invoice_line
                           WHERE invoice_id = coalesce(NEW.invoice_id, OLD.invoice_id))
     WHERE id = coalesce(NEW.invoice_id, OLD.invoice_id);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION invoice_line_total() IS 'Keeps invoice.total_cents equal to the sum of its lines.';

CREATE TRIGGER invoice_line_total
    AFTER INSERT OR UPDATE OR DELETE ON invoice_line
    FOR EACH ROW EXECUTE FUNCTION invoice_line_total();
