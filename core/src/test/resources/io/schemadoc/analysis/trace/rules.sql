-- A fixture covering every rule of `schemadoc trace`: firing order, UPDATE OF, WHEN, disabled and replica triggers,
-- transition tables, INSTEAD OF on a view, TRUNCATE, FK actions (CASCADE, SET NULL, SET NULL (cols), SET DEFAULT,
-- ON UPDATE CASCADE), writes continuing the cascade through calls, ON CONFLICT DO UPDATE, MERGE, a cycle, dynamic SQL,
-- column defaults / CHECK / generated columns calling routines, partitions, a routine's own search_path, BEGIN ATOMIC.
-- Every routine is PL/pgSQL or not inlinable, so pg_stat_xact_user_functions sees it run.
CREATE SCHEMA app;

CREATE TABLE app.log (id bigserial PRIMARY KEY, what text NOT NULL, at timestamptz DEFAULT now());

CREATE FUNCTION app.fn_helper(what text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- a comment with INSERT INTO app.parent VALUES (1) must not count
  RAISE DEBUG 'helper %', what;
END $$;

CREATE FUNCTION app.fn_log_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM app.fn_helper(NEW.what);
  RETURN NULL;
END $$;
CREATE TRIGGER log_after_insert AFTER INSERT ON app.log FOR EACH ROW EXECUTE FUNCTION app.fn_log_inserted();

CREATE FUNCTION app.fn_truncate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER log_before_truncate BEFORE TRUNCATE ON app.log FOR EACH STATEMENT EXECUTE FUNCTION app.fn_truncate();

CREATE FUNCTION app.fn_default_code() RETURNS text LANGUAGE plpgsql VOLATILE AS $$ BEGIN RETURN 'c' || floor(random() * 1000)::text; END $$;
CREATE FUNCTION app.fn_check(v text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN v IS NULL OR length(v) < 100; END $$;
CREATE FUNCTION app.fn_gen(v text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN upper(v); END $$;

CREATE TABLE app.parent (
  id integer PRIMARY KEY,
  name text CHECK (app.fn_check(name)),
  note text,
  code text DEFAULT app.fn_default_code(),
  loud text GENERATED ALWAYS AS (app.fn_gen(name)) STORED
);

CREATE FUNCTION app.fn_stmt_before() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE FUNCTION app.fn_before_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := coalesce(NEW.note, 'set'); RETURN NEW; END $$;
CREATE FUNCTION app.fn_a_after() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE FUNCTION app.fn_b_after() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO app.log(what) VALUES ('parent ' || TG_OP);
  RETURN NULL;
END $$;
CREATE FUNCTION app.fn_after_stmt() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  SELECT count(*) INTO n FROM newrows;
  RETURN NULL;
END $$;
CREATE FUNCTION app.fn_note_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION app.fn_when() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION app.fn_disabled() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION app.fn_replica() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;

CREATE TRIGGER parent_stmt_before BEFORE INSERT OR UPDATE OR DELETE ON app.parent FOR EACH STATEMENT EXECUTE FUNCTION app.fn_stmt_before();
CREATE TRIGGER parent_before_row BEFORE INSERT OR UPDATE ON app.parent FOR EACH ROW EXECUTE FUNCTION app.fn_before_row();
CREATE TRIGGER a_after AFTER INSERT OR UPDATE OR DELETE ON app.parent FOR EACH ROW EXECUTE FUNCTION app.fn_a_after();
CREATE TRIGGER b_after AFTER INSERT OR DELETE ON app.parent FOR EACH ROW EXECUTE FUNCTION app.fn_b_after();
CREATE TRIGGER parent_after_stmt AFTER INSERT ON app.parent REFERENCING NEW TABLE AS newrows FOR EACH STATEMENT EXECUTE FUNCTION app.fn_after_stmt();
CREATE TRIGGER parent_note_changed BEFORE UPDATE OF note ON app.parent FOR EACH ROW EXECUTE FUNCTION app.fn_note_changed();
CREATE TRIGGER parent_when BEFORE INSERT ON app.parent FOR EACH ROW WHEN (NEW.name = 'special') EXECUTE FUNCTION app.fn_when();
CREATE TRIGGER parent_disabled BEFORE INSERT OR UPDATE OR DELETE ON app.parent FOR EACH ROW EXECUTE FUNCTION app.fn_disabled();
ALTER TABLE app.parent DISABLE TRIGGER parent_disabled;
CREATE TRIGGER parent_replica BEFORE INSERT OR UPDATE OR DELETE ON app.parent FOR EACH ROW EXECUTE FUNCTION app.fn_replica();
ALTER TABLE app.parent ENABLE REPLICA TRIGGER parent_replica;

-- FK actions
CREATE TABLE app.child (id integer PRIMARY KEY, parent_id integer REFERENCES app.parent ON DELETE CASCADE ON UPDATE CASCADE);
CREATE FUNCTION app.fn_child_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO app.log(what) VALUES ('child deleted');
  RETURN OLD;
END $$;
CREATE FUNCTION app.fn_child_updated() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER child_after_delete AFTER DELETE ON app.child FOR EACH ROW EXECUTE FUNCTION app.fn_child_deleted();
CREATE TRIGGER child_before_update BEFORE UPDATE OF parent_id ON app.child FOR EACH ROW EXECUTE FUNCTION app.fn_child_updated();

CREATE TABLE app.nullchild (id integer PRIMARY KEY, parent_id integer REFERENCES app.parent ON DELETE SET NULL);
CREATE FUNCTION app.fn_nullchild_updated() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER nullchild_after_update AFTER UPDATE ON app.nullchild FOR EACH ROW EXECUTE FUNCTION app.fn_nullchild_updated();

CREATE TABLE app.colchild (id integer PRIMARY KEY, tenant integer NOT NULL, parent_id integer,
  FOREIGN KEY (parent_id) REFERENCES app.parent ON DELETE SET NULL (parent_id));
CREATE FUNCTION app.fn_colchild_updated() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER colchild_before_update BEFORE UPDATE OF parent_id ON app.colchild FOR EACH ROW EXECUTE FUNCTION app.fn_colchild_updated();

CREATE FUNCTION app.fn_default_parent() RETURNS integer LANGUAGE plpgsql VOLATILE AS $$ BEGIN RETURN 0; END $$;
CREATE TABLE app.defchild (id integer PRIMARY KEY, parent_id integer DEFAULT app.fn_default_parent() REFERENCES app.parent ON DELETE SET DEFAULT);
CREATE FUNCTION app.fn_defchild_updated() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER defchild_after_update AFTER UPDATE ON app.defchild FOR EACH ROW EXECUTE FUNCTION app.fn_defchild_updated();

-- A view with INSTEAD OF
CREATE VIEW app.v_parent AS SELECT id, name FROM app.parent;
CREATE FUNCTION app.fn_view_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO app.parent(id, name) VALUES (NEW.id, NEW.name);
  RETURN NEW;
END $$;
CREATE TRIGGER v_parent_insert INSTEAD OF INSERT ON app.v_parent FOR EACH ROW EXECUTE FUNCTION app.fn_view_insert();

-- ON CONFLICT DO UPDATE, MERGE, search_path, BEGIN ATOMIC
CREATE TABLE app.counter (k text PRIMARY KEY, n integer NOT NULL DEFAULT 0);
CREATE FUNCTION app.fn_counter_ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION app.fn_counter_upd() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER counter_ins BEFORE INSERT ON app.counter FOR EACH ROW EXECUTE FUNCTION app.fn_counter_ins();
CREATE TRIGGER counter_upd BEFORE UPDATE OF n ON app.counter FOR EACH ROW EXECUTE FUNCTION app.fn_counter_upd();

CREATE TABLE app.events (id serial PRIMARY KEY, k text NOT NULL);
CREATE FUNCTION app.fn_count_event() RETURNS trigger LANGUAGE plpgsql SET search_path = app, pg_temp AS $$
BEGIN
  INSERT INTO counter AS c (k, n) VALUES (NEW.k, 1)
    ON CONFLICT (k) DO UPDATE SET n = c.n + 1;
  RETURN NULL;
END $$;
CREATE TRIGGER events_count AFTER INSERT ON app.events FOR EACH ROW EXECUTE FUNCTION app.fn_count_event();

CREATE TABLE app.totals (k text PRIMARY KEY, total integer NOT NULL);
CREATE FUNCTION app.fn_totals_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER totals_changed BEFORE INSERT OR UPDATE ON app.totals FOR EACH ROW EXECUTE FUNCTION app.fn_totals_changed();
CREATE PROCEDURE app.note_total(key text) LANGUAGE sql
BEGIN ATOMIC
  INSERT INTO app.log (what) VALUES ('total for ' || key);
END;
CREATE FUNCTION app.fn_merge_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  MERGE INTO app.totals t USING (SELECT NEW.k AS k) s ON t.k = s.k
    WHEN MATCHED THEN UPDATE SET total = t.total + 1
    WHEN NOT MATCHED THEN INSERT (k, total) VALUES (s.k, 1);
  CALL app.note_total(NEW.k);
  RETURN NULL;
END $$;
CREATE TRIGGER counter_merge AFTER INSERT OR UPDATE ON app.counter FOR EACH ROW EXECUTE FUNCTION app.fn_merge_totals();

-- A cycle: ping updates pong, pong updates ping (stopped at run time by pg_trigger_depth)
CREATE TABLE app.ping (id integer PRIMARY KEY, n integer NOT NULL DEFAULT 0);
CREATE TABLE app.pong (id integer PRIMARY KEY, n integer NOT NULL DEFAULT 0);
CREATE FUNCTION app.fn_ping() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() < 4 THEN
    UPDATE app.pong SET n = n + 1 WHERE id = NEW.id;
  END IF;
  RETURN NULL;
END $$;
CREATE FUNCTION app.fn_pong() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() < 4 THEN
    UPDATE app.ping SET n = n + 1 WHERE id = NEW.id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER ping_after_update AFTER UPDATE ON app.ping FOR EACH ROW EXECUTE FUNCTION app.fn_ping();
CREATE TRIGGER pong_after_update AFTER UPDATE ON app.pong FOR EACH ROW EXECUTE FUNCTION app.fn_pong();

-- Dynamic SQL ends a branch (the text here sets off nothing of ours, so what runs is still known)
CREATE TABLE app.dyn (id integer PRIMARY KEY);
CREATE FUNCTION app.fn_dyn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('SELECT %s', NEW.id);
  RETURN NULL;
END $$;
CREATE TRIGGER dyn_after_insert AFTER INSERT ON app.dyn FOR EACH ROW EXECUTE FUNCTION app.fn_dyn();

-- Partitions: a row trigger on the parent (cloned onto partitions) and one of a partition's own
CREATE TABLE app.measure (id integer NOT NULL, at date NOT NULL, v integer) PARTITION BY RANGE (at);
CREATE TABLE app.measure_2024 PARTITION OF app.measure FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE app.measure_2025 PARTITION OF app.measure FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE FUNCTION app.fn_measure() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION app.fn_measure_2025() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER measure_before BEFORE INSERT ON app.measure FOR EACH ROW EXECUTE FUNCTION app.fn_measure();
CREATE TRIGGER measure_2025_only BEFORE INSERT ON app.measure_2025 FOR EACH ROW EXECUTE FUNCTION app.fn_measure_2025();

-- Committed rows the operations work on
INSERT INTO app.parent (id, name) VALUES (0, 'default parent'), (1, 'one'), (2, 'two');
INSERT INTO app.child VALUES (10, 1), (11, 2);
INSERT INTO app.nullchild VALUES (20, 1);
INSERT INTO app.colchild VALUES (30, 7, 1);
INSERT INTO app.defchild VALUES (40, 1);
INSERT INTO app.counter VALUES ('seen', 1);
INSERT INTO app.ping VALUES (1, 0);
INSERT INTO app.pong VALUES (1, 0);

-- Firing order: every trigger here logs its name; the log's order is PostgreSQL's firing order.
CREATE TABLE app.fired (n serial PRIMARY KEY, what text NOT NULL);
CREATE FUNCTION app.fn_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO app.fired (what) VALUES (TG_NAME);
  RETURN CASE WHEN TG_LEVEL = 'ROW' AND TG_OP = 'DELETE' THEN OLD WHEN TG_LEVEL = 'ROW' THEN NEW ELSE NULL END;
END $$;
CREATE TABLE app.ord_parent (id integer PRIMARY KEY, v integer);
CREATE TABLE app.ord_child (id integer PRIMARY KEY, parent_id integer REFERENCES app.ord_parent ON DELETE CASCADE ON UPDATE CASCADE);
CREATE TRIGGER s_before BEFORE DELETE OR UPDATE ON app.ord_parent FOR EACH STATEMENT EXECUTE FUNCTION app.fn_order();
CREATE TRIGGER "Zeta_before" BEFORE DELETE OR UPDATE ON app.ord_parent FOR EACH ROW EXECUTE FUNCTION app.fn_order();
CREATE TRIGGER alpha_before BEFORE DELETE OR UPDATE ON app.ord_parent FOR EACH ROW EXECUTE FUNCTION app.fn_order();
CREATE TRIGGER "AA_after" AFTER DELETE OR UPDATE ON app.ord_parent FOR EACH ROW EXECUTE FUNCTION app.fn_order();
CREATE TRIGGER b_after AFTER DELETE OR UPDATE ON app.ord_parent FOR EACH ROW EXECUTE FUNCTION app.fn_order();
CREATE TRIGGER a_after AFTER DELETE OR UPDATE ON app.ord_parent FOR EACH ROW EXECUTE FUNCTION app.fn_order();
CREATE TRIGGER z_after_statement AFTER DELETE OR UPDATE ON app.ord_parent FOR EACH STATEMENT EXECUTE FUNCTION app.fn_order();
CREATE TRIGGER child_before BEFORE DELETE OR UPDATE ON app.ord_child FOR EACH ROW EXECUTE FUNCTION app.fn_order();
CREATE TRIGGER child_after AFTER DELETE OR UPDATE ON app.ord_child FOR EACH ROW EXECUTE FUNCTION app.fn_order();
INSERT INTO app.ord_parent VALUES (1, 0);
INSERT INTO app.ord_child VALUES (1, 1);
