-- Customers change their billing details in the dashboard; the CRM sync reads updated_at.

CREATE FUNCTION touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION touch_updated_at() IS 'Sets updated_at on every update, so the CRM sync never misses a change.';

CREATE TRIGGER customer_touch_updated_at
    BEFORE UPDATE ON customer
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
