-- updated_at was set by the API; keep it current in the database instead.

CREATE FUNCTION set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER trg_users_updated_at
    BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TRIGGER trg_codebases_updated_at
    BEFORE UPDATE ON codebases
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TRIGGER trg_spec_documents_updated_at
    BEFORE UPDATE ON spec_documents
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
