CREATE FUNCTION lending.close_loan() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.status = 'returned' AND NEW.returned_at IS NULL THEN
        NEW.returned_at := now();
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION lending.close_loan() IS 'Stamps returned_at when a loan is returned.';

CREATE TRIGGER loans_close BEFORE UPDATE OF status ON lending.loans
    FOR EACH ROW EXECUTE FUNCTION lending.close_loan();
