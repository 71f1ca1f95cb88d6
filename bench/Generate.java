import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a synthetic PostgreSQL schema of N tables to standard output, for bench/run.sh.
 *
 * <pre>
 *   java bench/Generate.java N [--routines] [--functions F] [--triggers T] [--schema NAME] [--batch B]
 * </pre>
 *
 * Every table has 8 columns, a primary key, one or two foreign keys to tables created before it (the first table
 * references itself), two secondary indexes and comments on the table and two columns. With {@code --routines}
 * the schema also gets F PL/pgSQL functions (default 2,000) of which T (default 1,000, at most N) are trigger
 * functions, each fired by one AFTER row trigger and writing two other tables; the other functions update and
 * insert into tables and call each other, so that trace and analysis have real work to do.
 *
 * Output is deterministic: the same arguments give byte-identical SQL (a fixed linear congruential generator, no
 * clock). Statements are grouped in transactions of B tables (default 500): one transaction for everything would
 * need a lock slot per relation, more than a default server has.
 */
public final class Generate {

    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        new Schema(options, out).write();
        out.flush();
    }

    record Options(int tables, boolean routines, int functions, int triggers, String schema, int batch) {
        static Options parse(String[] args) {
            Integer tables = null;
            boolean routines = false;
            int functions = 2000;
            Integer triggers = null;
            String schema = "app";
            int batch = 500;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--routines" -> routines = true;
                    case "--functions" -> functions = positive(args, ++i);
                    case "--triggers" -> triggers = positive(args, ++i);
                    case "--schema" -> schema = value(args, ++i);
                    case "--batch" -> batch = positive(args, ++i);
                    case "-h", "--help" -> usage(null);
                    default -> {
                        if (tables != null) {
                            usage("unexpected argument: " + args[i]);
                        }
                        tables = positive(args, i);
                    }
                }
            }
            if (tables == null) {
                usage("give the number of tables");
            }
            if (!schema.matches("[a-z_][a-z0-9_]*")) {
                usage("--schema must be a plain lower-case identifier");
            }
            int t = Math.min(triggers == null ? 1000 : triggers, tables);
            if (routines && t > functions) {
                usage("--triggers must not exceed --functions (each trigger has its own function)");
            }
            return new Options(tables, routines, functions, t, schema, batch);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                usage("missing value after " + args[i - 1]);
            }
            return args[i];
        }

        private static int positive(String[] args, int i) {
            String v = value(args, i);
            try {
                int n = Integer.parseInt(v.replace("_", "").replace(",", ""));
                if (n > 0 && n <= 1_000_000) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // falls through to the usage line
            }
            usage("not a number between 1 and 1,000,000: " + v);
            return 0;
        }

        private static void usage(String problem) {
            if (problem != null) {
                System.err.println("Generate: " + problem);
            }
            System.err.println("usage: java bench/Generate.java N [--routines] [--functions F] [--triggers T] [--schema NAME] [--batch B] > schema.sql");
            System.exit(problem == null ? 0 : 2);
        }
    }

    /** Emits the SQL; all choices come from {@link #next(int)}, so output depends on the options only. */
    static final class Schema {
        private final Options o;
        private final Writer out;
        private final String s;
        private long seed = 0x5eed_0001L;

        Schema(Options options, Writer out) {
            this.o = options;
            this.out = out;
            this.s = options.schema();
        }

        /** A number in [0, bound), from a 48-bit LCG (the constants of java.util.Random), reproducible everywhere. */
        int next(int bound) {
            seed = (seed * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
            return (int) ((seed >>> 17) % bound);
        }

        String table(int i) {
            return s + ".t" + String.format("%05d", i);
        }

        String bare(int i) {
            return "t" + String.format("%05d", i);
        }

        /** A table created before table i (or i itself for the first), preferring near neighbours like real schemas. */
        int earlier(int i) {
            if (i == 1) {
                return 1;
            }
            int span = Math.min(i - 1, 64);
            return i - 1 - next(span);
        }

        void write() throws IOException {
            line("-- Synthetic schema for schemadoc's bench: " + o.tables() + " tables"
                + (o.routines() ? ", " + o.functions() + " PL/pgSQL functions, " + o.triggers() + " triggers" : "")
                + ". Generated by bench/Generate.java; deterministic.");
            line("SET client_min_messages = warning;");
            line("CREATE SCHEMA " + s + ";");
            line("COMMENT ON SCHEMA " + s + " IS 'Synthetic schema for benchmarks';");
            for (int i = 1; i <= o.tables(); i++) {
                if ((i - 1) % o.batch() == 0) {
                    line("BEGIN;");
                }
                createTable(i);
                if (i % o.batch() == 0 || i == o.tables()) {
                    line("COMMIT;");
                }
            }
            if (o.routines()) {
                routines();
            }
        }

        void createTable(int i) throws IOException {
            String t = table(i);
            String name = bare(i);
            int parent = earlier(i);
            boolean twoFks = i % 2 == 0 && i > 1;
            int other = twoFks ? earlier(i) : 0;
            line("CREATE TABLE " + t + " (");
            line("  id bigint GENERATED BY DEFAULT AS IDENTITY,");
            line("  parent_id bigint,");
            line("  other_id bigint,");
            line("  name text NOT NULL,");
            line("  code varchar(40),");
            line("  amount numeric(12,2) NOT NULL DEFAULT 0,");
            line("  created_at timestamptz NOT NULL DEFAULT now(),");
            line("  active boolean NOT NULL DEFAULT true,");
            line("  CONSTRAINT " + name + "_pkey PRIMARY KEY (id),");
            line("  CONSTRAINT " + name + "_parent_fk FOREIGN KEY (parent_id) REFERENCES " + table(parent)
                + " (id) ON DELETE " + (i % 3 == 0 ? "CASCADE" : "SET NULL") + (twoFks ? "," : ""));
            if (twoFks) {
                line("  CONSTRAINT " + name + "_other_fk FOREIGN KEY (other_id) REFERENCES " + table(other) + " (id)");
            }
            line(");");
            line("CREATE INDEX " + name + "_parent_idx ON " + t + " (parent_id);");
            if (i % 4 == 0) {
                line("CREATE UNIQUE INDEX " + name + "_code_key ON " + t + " (code) WHERE active;");
            } else {
                line("CREATE INDEX " + name + "_name_created_idx ON " + t + " (name, created_at DESC);");
            }
            line("COMMENT ON TABLE " + t + " IS 'Table " + i + " of the synthetic bench schema; it''s child of " + bare(parent) + "';");
            line("COMMENT ON COLUMN " + t + ".parent_id IS 'The parent row in " + bare(parent) + "';");
            line("COMMENT ON COLUMN " + t + ".amount IS 'Running total, in cents / 100';");
        }

        void routines() throws IOException {
            int plain = o.functions() - o.triggers();
            line("BEGIN;");
            // Plain functions first, so that trigger functions can call them; f_k only calls f_j with j < k.
            for (int k = 1; k <= plain; k++) {
                int a = 1 + next(o.tables());
                int b = 1 + next(o.tables());
                line("CREATE FUNCTION " + s + ".f" + String.format("%05d", k) + "(p_id bigint, p_amount numeric DEFAULT 1)");
                line("RETURNS bigint LANGUAGE plpgsql AS $fn$");
                line("DECLARE");
                line("  v_id bigint;");
                line("BEGIN");
                line("  UPDATE " + table(a) + " SET amount = amount + p_amount WHERE id = p_id;");
                line("  INSERT INTO " + table(b) + " (name, parent_id) VALUES ('from f" + k + "', NULL) RETURNING id INTO v_id;");
                if (k > 1 && k % 3 != 0) {
                    line("  PERFORM " + s + ".f" + String.format("%05d", 1 + next(k - 1)) + "(v_id, p_amount);");
                }
                if (k % 5 == 0) {
                    line("  DELETE FROM " + table(1 + next(o.tables())) + " WHERE id = p_id AND NOT active;");
                }
                line("  RETURN v_id;");
                line("END");
                line("$fn$;");
                line("COMMENT ON FUNCTION " + s + ".f" + String.format("%05d", k) + "(bigint, numeric) IS 'Moves an amount between two tables';");
                if (k % 500 == 0) {
                    line("COMMIT;");
                    line("BEGIN;");
                }
            }
            line("COMMIT;");
            line("BEGIN;");
            // Each trigger sits on its own table (tables 1..T) and writes two other tables.
            for (int k = 1; k <= o.triggers(); k++) {
                String fn = s + ".trg" + String.format("%05d", k);
                int target = 1 + next(o.tables());
                int audit = 1 + next(o.tables());
                line("CREATE FUNCTION " + fn + "() RETURNS trigger LANGUAGE plpgsql AS $fn$");
                line("BEGIN");
                line("  UPDATE " + table(target) + " SET amount = amount + NEW.amount WHERE id = NEW.parent_id;");
                line("  INSERT INTO " + table(audit) + " (name, parent_id) VALUES (TG_TABLE_NAME || ':' || TG_OP, NULL);");
                if (plain > 0 && k % 2 == 0) {
                    line("  PERFORM " + s + ".f" + String.format("%05d", 1 + next(plain)) + "(NEW.id);");
                }
                line("  RETURN NEW;");
                line("END");
                line("$fn$;");
                String events = switch (k % 3) {
                    case 0 -> "INSERT";
                    case 1 -> "INSERT OR UPDATE OF amount";
                    default -> "UPDATE";
                };
                line("CREATE TRIGGER " + bare(k) + "_audit AFTER " + events + " ON " + table(k)
                    + " FOR EACH ROW" + (k % 4 == 0 ? " WHEN (NEW.active)" : "") + " EXECUTE FUNCTION " + fn + "();");
                if (k % 500 == 0) {
                    line("COMMIT;");
                    line("BEGIN;");
                }
            }
            line("COMMIT;");
        }

        private void line(String text) throws IOException {
            out.write(text);
            out.write('\n');
        }
    }
}
