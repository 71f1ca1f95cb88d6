package io.schemadoc.postgres;

import io.schemadoc.model.Column;
import io.schemadoc.model.CompositeType;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.Domain;
import io.schemadoc.model.EnumType;
import io.schemadoc.model.Extension;
import io.schemadoc.model.ForeignKey;
import io.schemadoc.model.Index;
import io.schemadoc.model.IndexColumn;
import io.schemadoc.model.Namespace;
import io.schemadoc.model.ObjectRef;
import io.schemadoc.model.Policy;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Routine;
import io.schemadoc.model.RoutineRef;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Sequence;
import io.schemadoc.model.Table;
import io.schemadoc.model.TableKind;
import io.schemadoc.model.Trigger;
import io.schemadoc.source.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a whole schema from PostgreSQL 13–18 into the model with a fixed number of bulk catalog queries
 * (one per object kind, {@code src/main/resources/io/schemadoc/postgres/*.sql}), inside one read-only,
 * repeatable-read transaction that is rolled back: a consistent snapshot, as pg_dump reads, and nothing written.
 * The search_path is left as the database configured it, so definitions print as the database's users see them.
 */
public final class CatalogReader {
    /**
     * The catalog queries, in the order they run. {@code server} comes first: the others are chosen by its version.
     * Routines come right after the small ones, so that their bodies can be parsed while the rest is read.
     */
    private static final List<String> QUERIES = List.of(
        "server", "schemas", "extensions", "routines", "relations", "columns", "constraints", "lookups", "indexes",
        "triggers", "policies", "types", "sequences", "view_dependencies");

    /** How many results the pipeline may hold unread: one mapped while the next is computed, one spare. */
    private static final int AHEAD = 2;

    private static final int OLDEST = 130000;

    /** A CHECK may read a system column (conkey then holds its negative attnum); these are fixed since PostgreSQL 12. */
    private static final Map<Integer, String> SYSTEM_COLUMNS = Map.of(
        -1, "ctid", -2, "xmin", -3, "cmin", -4, "xmax", -5, "cmax", -6, "tableoid");

    private CatalogReader() {}

    /** The number of catalog queries {@link #read} runs, whatever the size of the schema (besides BEGIN, three SET LOCAL and ROLLBACK). */
    public static int queryCount() {
        return QUERIES.size();
    }

    /**
     * Reads the whole schema over {@code c}. Runs its own transaction: BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY,
     * SET LOCAL statement_timeout and lock_timeout, the catalog queries, then ROLLBACK; restores autocommit as it found it.
     * A connection handed over with autocommit off is switched to autocommit for the read, which (per JDBC) commits
     * whatever the caller had pending on it.
     */
    public static Schema read(Connection c, ReadOptions options, Provenance provenance) throws SQLException {
        Provenance where = provenance == null ? Provenance.NONE : provenance;
        boolean autoCommit = c.getAutoCommit();
        if (!autoCommit) {
            // The explicit BEGIN below needs a connection that is not inside a JDBC-managed transaction.
            c.setAutoCommit(true);
        }
        try {
            execute(c, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
            Schema schema;
            try {
                execute(c, "SET LOCAL statement_timeout = " + Math.max(0, options.statementTimeout().toMillis()));
                execute(c, "SET LOCAL lock_timeout = '5s'");
                // The catalog queries run once each: JIT-compiling them costs more than it saves (~190 ms a query at 10,000 tables).
                execute(c, "SET LOCAL jit = off");
                schema = new Reading(c, options, where).run();
            } catch (Throwable failure) {
                try {
                    execute(c, "ROLLBACK");
                } catch (SQLException e) {
                    failure.addSuppressed(e);
                }
                throw failure;
            }
            execute(c, "ROLLBACK");
            return schema;
        } finally {
            if (!c.isClosed() && c.getAutoCommit() != autoCommit) {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Refuses servers older than PostgreSQL 13, whose catalogs lack columns the queries read (tgparentid, …). */
    static void checkVersion(int serverVersionNum, String serverVersion) {
        if (serverVersionNum < OLDEST) {
            String major = serverVersionNum >= 100000 ? String.valueOf(serverVersionNum / 10000) : serverVersion;
            throw new CatalogException("PostgreSQL " + major + " is not supported (13–18 are)");
        }
    }

    /** One read: the query results, joined in memory by oid. */
    private static final class Reading {
        private final Connection c;
        private final Provenance provenance;
        private final Array includeSchemas;
        private final Array exclude;
        private final boolean withExtensions;
        private final io.schemadoc.source.ReadProgress progress;
        private int versionNum;
        private Identifiers identifiers;

        private final List<Namespace> namespaces = new ArrayList<>();
        private final List<Extension> extensions = new ArrayList<>();
        private final Map<Long, TableParts> tables = new HashMap<>();
        /** Column names of every relation and composite type read, by relid then attnum. */
        private final Map<Long, Map<Integer, String>> attnames = new HashMap<>();
        /** Column collation oids, by relid then attnum, to tell an index key's own collation from the column's. */
        private final Map<Long, Map<Integer, Long>> attcollations = new HashMap<>();
        /** Operator classes that are not the default for their type, and all collations, by oid. */
        private final Map<Long, String> opclassNames = new HashMap<>();
        private final Map<Long, String> collationNames = new HashMap<>();
        private final Map<Long, List<CompositeType.Attribute>> compositeAttributes = new HashMap<>();
        private final Map<Long, List<Domain.Check>> domainChecks = new HashMap<>();
        private final List<Routine> routines = new ArrayList<>();
        private final List<EnumType> enums = new ArrayList<>();
        private final List<Domain> domains = new ArrayList<>();
        private final List<CompositeType> composites = new ArrayList<>();
        private final List<Sequence> sequences = new ArrayList<>();

        private final java.util.function.Consumer<List<Routine>> routinesRead;

        Reading(Connection c, ReadOptions options, Provenance provenance) throws SQLException {
            this.c = c;
            this.provenance = provenance;
            this.includeSchemas = c.createArrayOf("text", Globs.toRegexes(options.schemas()).toArray());
            this.exclude = c.createArrayOf("text", Globs.toRegexes(options.exclude()).toArray());
            this.withExtensions = options.includeExtensionObjects();
            this.progress = options.progress();
            this.routinesRead = options.routinesRead();
        }

        private QueryPipeline pipeline;

        Schema run() throws SQLException {
            progress.phase("reading the catalog (queries run)", QUERIES.size());
            String[] server = new String[3];
            query("server", rs -> {
                server[0] = rs.getString("database");
                server[1] = rs.getString("server_version");
                server[2] = rs.getString("search_path");
                versionNum = rs.getInt("server_version_num");
                identifiers = new Identifiers(strings(rs, "quoted_keywords"), rs.getBoolean("quote_all_identifiers"));
            });
            checkVersion(versionNum, server[1]);
            try (QueryPipeline ahead = new QueryPipeline(QUERIES.subList(1, QUERIES.size()), AHEAD, this::fetch)) {
                pipeline = ahead;
                return readRest(server);
            } finally {
                pipeline = null;
            }
        }

        /** Every query after {@code server}, in the order of {@link #QUERIES}. */
        private Schema readRest(String[] server) throws SQLException {
            query("schemas", rs -> namespaces.add(new Namespace(rs.getString("name"), rs.getString("owner"), rs.getString("comment"))));
            query("extensions", rs -> extensions.add(new Extension(rs.getString("name"), rs.getString("version"),
                rs.getString("schema"), rs.getString("comment"))));
            query("routines", this::routine);
            routinesRead.accept(List.copyOf(routines));
            query("relations", this::relation);
            query("columns", this::column);
            query("constraints", this::constraint);
            query("lookups", rs -> (rs.getString("kind").equals("opclass") ? opclassNames : collationNames)
                .put(rs.getLong("oid"), rs.getString("name")));
            query("indexes", this::index);
            query("triggers", this::trigger);
            query("policies", this::policy);
            query("types", this::type);
            query("sequences", this::sequence);
            query("view_dependencies", this::viewDependency);

            List<Table> built = new ArrayList<>(tables.size());
            for (TableParts t : tables.values()) {
                built.add(t.build());
            }
            return new Schema(server[0], server[1], versionNum, SearchPath.split(server[2]), namespaces, extensions,
                built, routines, enums, domains, composites, sequences);
        }

        private interface RowHandler {
            void row(ResultSet rs) throws SQLException;
        }

        private void query(String name, RowHandler handler) throws SQLException {
            try (QueryPipeline.Fetched fetched = pipeline == null ? fetch(name) : pipeline.take(name)) {
                ResultSet rs = fetched.rows();
                while (rs.next()) {
                    handler.row(rs);
                }
            }
            progress.advance(1);
        }

        /** Runs one catalog query; its rows are in memory when this returns, so the connection is free for the next. */
        private QueryPipeline.Fetched fetch(String name) throws SQLException {
            SqlResource.Query q = SqlResource.load(name, versionNum);
            PreparedStatement ps = c.prepareStatement(q.sql());
            try {
                // All rows at once. pgjdbc uses no cursor with autocommit on, as here, anyway; a cursor would tie the
                // result to the connection while the next query runs, so this says it outright.
                ps.setFetchSize(0);
                if (q.scoped()) {
                    ps.setArray(1, includeSchemas);
                    ps.setArray(2, exclude);
                    ps.setBoolean(3, withExtensions);
                }
                return new QueryPipeline.Fetched(ps, ps.executeQuery());
            } catch (SQLException | RuntimeException e) {
                try {
                    ps.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }

        private void relation(ResultSet rs) throws SQLException {
            long oid = rs.getLong("oid");
            TableParts t = new TableParts();
            t.schema = rs.getString("schema");
            t.name = rs.getString("name");
            t.kind = tableKind(rs.getString("relkind"));
            t.owner = rs.getString("owner");
            t.comment = rs.getString("comment");
            t.rlsEnabled = rs.getBoolean("rls_enabled");
            t.rlsForced = rs.getBoolean("rls_forced");
            t.unlogged = rs.getBoolean("unlogged");
            t.estimatedRows = rs.getLong("estimated_rows");
            t.viewDefinition = rs.getString("view_definition");
            t.partitionKey = rs.getString("partition_key");
            t.partitionBound = rs.getString("partition_bound");
            List<String> parentSchemas = strings(rs, "parent_schemas");
            List<String> parentNames = strings(rs, "parent_names");
            List<QualifiedName> parents = new ArrayList<>();
            for (int i = 0; i < parentNames.size(); i++) {
                parents.add(new QualifiedName(parentSchemas.get(i), parentNames.get(i)));
            }
            if (rs.getBoolean("is_partition") && !parents.isEmpty()) {
                t.partitionOf = parents.get(0);
            } else {
                t.inherits = parents;
            }
            t.source = provenance.locate("pg_class", oid);
            tables.put(oid, t);
        }

        private void column(ResultSet rs) throws SQLException {
            long relid = rs.getLong("relid");
            String name = rs.getString("name");
            int position = rs.getInt("position");
            attnames.computeIfAbsent(relid, k -> new HashMap<>()).put(position, name);
            attcollations.computeIfAbsent(relid, k -> new HashMap<>()).put(position, rs.getLong("collation_oid"));
            TableParts t = tables.get(relid);
            String comment = rs.getString("comment");
            String collation = rs.getString("collation");
            if (t == null) {
                compositeAttributes.computeIfAbsent(relid, k -> new ArrayList<>())
                    .add(new CompositeType.Attribute(name, position, rs.getString("type"), collation, comment));
                return;
            }
            Column.Generated generated = switch (rs.getString("generated")) {
                case "s" -> Column.Generated.STORED;
                case "v" -> Column.Generated.VIRTUAL;
                default -> null;
            };
            Column.Identity identity = switch (rs.getString("identity")) {
                case "a" -> Column.Identity.ALWAYS;
                case "d" -> Column.Identity.BY_DEFAULT;
                default -> null;
            };
            String expression = rs.getString("expression");
            t.columns.add(new Column(name, position, rs.getString("type"), rs.getString("type_schema"), rs.getString("type_name"),
                generated == null ? expression : null, !rs.getBoolean("not_null"), identity, generated,
                generated == null ? null : expression, collation, comment));
        }

        private void constraint(ResultSet rs) throws SQLException {
            long oid = rs.getLong("oid");
            long relid = rs.getLong("relid");
            String name = rs.getString("name");
            String type = rs.getString("type");
            String definition = rs.getString("definition");
            boolean validated = rs.getBoolean("validated");
            if (relid == 0) {
                if (type.equals("c")) {
                    domainChecks.computeIfAbsent(rs.getLong("typid"), k -> new ArrayList<>()).add(new Domain.Check(name, definition, validated));
                }
                return;
            }
            TableParts t = tables.get(relid);
            if (t == null) {
                return;
            }
            List<String> columns = attnames(relid, shorts(rs, "columns"));
            ForeignKey fk = null;
            if (type.equals("f")) {
                fk = new ForeignKey(rs.getString("referenced_schema"), rs.getString("referenced_table"),
                    strings(rs, "referenced_columns"), action(rs.getString("on_delete")), action(rs.getString("on_update")),
                    attnames(relid, shorts(rs, "on_delete_set_columns")), match(rs.getString("match")));
            }
            t.constraints.add(new Constraint(name, constraintType(type), definition, columns, fk, rs.getBoolean("deferrable"),
                rs.getBoolean("initially_deferred"), validated, rs.getBoolean("inherited"), rs.getString("comment"),
                provenance.locate("pg_constraint", oid)));
        }

        private void index(ResultSet rs) throws SQLException {
            long oid = rs.getLong("oid");
            long relid = rs.getLong("relid");
            TableParts t = tables.get(relid);
            if (t == null) {
                return;
            }
            int keyCount = rs.getInt("key_count");
            List<Integer> attnums = shorts(rs, "attnums");
            List<Integer> options = shorts(rs, "options");
            List<String> expressions = strings(rs, "expressions");
            List<Long> opclasses = longs(rs, "opclasses");
            List<Long> collations = longs(rs, "collations");
            Map<Integer, String> names = attnames.getOrDefault(relid, Map.of());
            Map<Integer, Long> columnCollations = attcollations.getOrDefault(relid, Map.of());
            List<IndexColumn> keys = new ArrayList<>();
            List<String> include = new ArrayList<>();
            for (int k = 0; k < attnums.size(); k++) {
                int attnum = attnums.get(k);
                if (k >= keyCount) {
                    include.add(names.get(attnum));
                    continue;
                }
                int option = k < options.size() ? options.get(k) : 0;
                long opclass = k < opclasses.size() ? opclasses.get(k) : 0;
                long collation = k < collations.size() ? collations.get(k) : 0;
                boolean ownCollation = attnum != 0 && collation != 0 && collation != columnCollations.getOrDefault(attnum, 0L);
                keys.add(new IndexColumn(attnum == 0 ? null : names.get(attnum), attnum == 0 ? at(expressions, k) : null,
                    (option & 1) != 0, (option & 2) != 0, opclassNames.get(opclass), ownCollation ? collationNames.get(collation) : null));
            }
            String definition = rs.getString("definition");
            if (definition == null) {
                definition = plainIndexDefinition(rs.getString("name"), rs.getBoolean("is_unique"), t, rs.getString("method"), keys, include);
            }
            t.indexes.add(new Index(rs.getString("name"), definition, rs.getString("method"),
                rs.getBoolean("is_unique"), rs.getBoolean("is_primary"), keys, include, rs.getString("predicate"),
                rs.getBoolean("valid"), rs.getString("constraint_name"), rs.getBoolean("inherited"), rs.getString("comment"),
                provenance.locate("pg_class", oid)));
        }

        /**
         * What {@code pg_get_indexdef} writes for a plain index (indexes.sql says which ones are plain, and leaves their
         * definition null): {@code CREATE [UNIQUE ]INDEX name ON schema.table USING method (keys)[ INCLUDE (columns)]}, each
         * key a column with {@code DESC}, {@code DESC NULLS LAST} or {@code NULLS FIRST} where it is not in the default order.
         */
        private String plainIndexDefinition(String name, boolean unique, TableParts t, String method, List<IndexColumn> keys, List<String> include) {
            StringBuilder b = new StringBuilder("CREATE ");
            if (unique) {
                b.append("UNIQUE ");
            }
            b.append("INDEX ").append(identifiers.quote(name)).append(" ON ").append(identifiers.quote(t.schema)).append('.')
                .append(identifiers.quote(t.name)).append(" USING ").append(identifiers.quote(method)).append(" (");
            for (int k = 0; k < keys.size(); k++) {
                IndexColumn key = keys.get(k);
                b.append(k == 0 ? "" : ", ").append(identifiers.quote(key.column()));
                // As pg_get_indexdef words a B-tree key's order (indexes.sql keeps other methods with options out).
                if (key.descending()) {
                    b.append(key.nullsFirst() ? " DESC" : " DESC NULLS LAST");
                } else if (key.nullsFirst()) {
                    b.append(" NULLS FIRST");
                }
            }
            if (!include.isEmpty()) {
                b.append(") INCLUDE (");
                for (int k = 0; k < include.size(); k++) {
                    b.append(k == 0 ? "" : ", ").append(identifiers.quote(include.get(k)));
                }
            }
            return b.append(')').toString();
        }

        private void trigger(ResultSet rs) throws SQLException {
            long oid = rs.getLong("oid");
            long relid = rs.getLong("relid");
            TableParts t = tables.get(relid);
            if (t == null) {
                return;
            }
            int bits = rs.getInt("type_bits");
            Trigger.Timing timing = (bits & 2) != 0 ? Trigger.Timing.BEFORE
                : (bits & 64) != 0 ? Trigger.Timing.INSTEAD_OF : Trigger.Timing.AFTER;
            List<Trigger.Event> events = new ArrayList<>();
            if ((bits & 4) != 0) {
                events.add(Trigger.Event.INSERT);
            }
            if ((bits & 8) != 0) {
                events.add(Trigger.Event.DELETE);
            }
            if ((bits & 16) != 0) {
                events.add(Trigger.Event.UPDATE);
            }
            if ((bits & 32) != 0) {
                events.add(Trigger.Event.TRUNCATE);
            }
            Trigger.Enabled enabled = switch (rs.getString("enabled")) {
                case "D" -> Trigger.Enabled.DISABLED;
                case "R" -> Trigger.Enabled.REPLICA;
                case "A" -> Trigger.Enabled.ALWAYS;
                default -> Trigger.Enabled.ORIGIN;
            };
            RoutineRef function = new RoutineRef(rs.getString("function_schema"), rs.getString("function_name"),
                rs.getString("function_argument_types"));
            t.triggers.add(new Trigger(rs.getString("name"), timing, events, attnames(relid, shorts(rs, "update_columns")),
                (bits & 1) != 0 ? Trigger.Level.ROW : Trigger.Level.STATEMENT, TriggerWhen.extract(rs.getString("pretty_definition")),
                rs.getString("old_table"), rs.getString("new_table"), enabled, rs.getBoolean("is_constraint"),
                rs.getBoolean("deferrable"), rs.getBoolean("initially_deferred"), function,
                triggerArguments(rs.getBytes("arguments"), rs.getInt("argument_count")), rs.getString("definition"),
                rs.getBoolean("inherited"), rs.getString("comment"), provenance.locate("pg_trigger", oid)));
        }

        private void policy(ResultSet rs) throws SQLException {
            long oid = rs.getLong("oid");
            TableParts t = tables.get(rs.getLong("relid"));
            if (t == null) {
                return;
            }
            Policy.Command command = switch (rs.getString("command")) {
                case "r" -> Policy.Command.SELECT;
                case "a" -> Policy.Command.INSERT;
                case "w" -> Policy.Command.UPDATE;
                case "d" -> Policy.Command.DELETE;
                default -> Policy.Command.ALL;
            };
            t.policies.add(new Policy(rs.getString("name"), command, rs.getBoolean("permissive"), strings(rs, "roles"),
                rs.getString("using_expression"), rs.getString("with_check"), rs.getString("comment"),
                provenance.locate("pg_policy", oid)));
        }

        private void routine(ResultSet rs) throws SQLException {
            long oid = rs.getLong("oid");
            Routine.Kind kind = switch (rs.getString("kind")) {
                case "p" -> Routine.Kind.PROCEDURE;
                case "a" -> Routine.Kind.AGGREGATE;
                case "w" -> Routine.Kind.WINDOW;
                default -> Routine.Kind.FUNCTION;
            };
            List<String> types = strings(rs, "argument_type_names");
            List<String> names = strings(rs, "argument_names");
            List<String> modes = strings(rs, "argument_modes");
            List<String> defaults = strings(rs, "argument_defaults");
            List<Routine.Argument> arguments = new ArrayList<>(types.size());
            for (int k = 0; k < types.size(); k++) {
                String argName = at(names, k);
                arguments.add(new Routine.Argument(argName == null || argName.isEmpty() ? null : argName,
                    argumentMode(at(modes, k)), types.get(k), at(defaults, k)));
            }
            Routine.Volatility volatility = switch (rs.getString("volatility")) {
                case "i" -> Routine.Volatility.IMMUTABLE;
                case "s" -> Routine.Volatility.STABLE;
                default -> Routine.Volatility.VOLATILE;
            };
            String sqlBody = rs.getString("sql_body");
            routines.add(new Routine(rs.getString("schema"), rs.getString("name"), kind, rs.getString("argument_types"),
                rs.getString("arguments_text"), arguments, rs.getString("returns"), rs.getBoolean("returns_set"),
                rs.getString("language"), volatility, rs.getBoolean("strict"), rs.getBoolean("security_definer"),
                rs.getBoolean("leakproof"), strings(rs, "settings"), sqlBody != null ? sqlBody : rs.getString("source"),
                sqlBody != null, rs.getString("owner"), rs.getString("comment"), rs.getString("extension"),
                provenance.locate("pg_proc", oid)));
        }

        private void type(ResultSet rs) throws SQLException {
            long oid = rs.getLong("oid");
            String schema = rs.getString("schema");
            String name = rs.getString("name");
            String owner = rs.getString("owner");
            String comment = rs.getString("comment");
            switch (rs.getString("kind")) {
                case "e" -> enums.add(new EnumType(schema, name, strings(rs, "labels"), owner, comment, provenance.locate("pg_type", oid)));
                case "d" -> domains.add(new Domain(schema, name, rs.getString("base_type"), rs.getString("default_value"),
                    rs.getBoolean("not_null"), rs.getString("collation"), domainChecks.getOrDefault(oid, List.of()), owner, comment,
                    provenance.locate("pg_type", oid)));
                default -> composites.add(new CompositeType(schema, name, compositeAttributes.getOrDefault(rs.getLong("relid"), List.of()),
                    owner, comment, provenance.locate("pg_type", oid)));
            }
        }

        private void sequence(ResultSet rs) throws SQLException {
            long oid = rs.getLong("oid");
            String ownedTable = rs.getString("owned_table");
            Sequence.ColumnRef ownedBy = ownedTable == null ? null
                : new Sequence.ColumnRef(rs.getString("owned_schema"), ownedTable, rs.getString("owned_column"));
            sequences.add(new Sequence(rs.getString("schema"), rs.getString("name"), rs.getString("data_type"),
                rs.getLong("start"), rs.getLong("increment"), rs.getLong("min_value"), rs.getLong("max_value"),
                rs.getLong("cache"), rs.getBoolean("cycle"), ownedBy, ownedBy != null && rs.getBoolean("owned_by_identity"),
                rs.getString("owner"), rs.getString("comment"), provenance.locate("pg_class", oid)));
        }

        private void viewDependency(ResultSet rs) throws SQLException {
            TableParts t = tables.get(rs.getLong("relid"));
            if (t == null) {
                return;
            }
            String kind = rs.getString("kind");
            ObjectRef.Kind refKind = switch (rs.getString("catalog")) {
                case "pg_proc" -> ObjectRef.Kind.ROUTINE;
                case "pg_type" -> ObjectRef.Kind.TYPE;
                default -> kind.equals("S") ? ObjectRef.Kind.SEQUENCE : tableKind(kind).refKind();
            };
            t.dependsOn.add(new ObjectRef(refKind, rs.getString("schema"), rs.getString("name"), rs.getString("argument_types")));
        }

        private List<String> attnames(long relid, List<Integer> attnums) {
            if (attnums.isEmpty()) {
                return List.of();
            }
            Map<Integer, String> names = attnames.getOrDefault(relid, Map.of());
            List<String> out = new ArrayList<>(attnums.size());
            for (int attnum : attnums) {
                String name = attnum > 0 ? names.get(attnum) : SYSTEM_COLUMNS.get(attnum);
                if (name != null) {
                    out.add(name);
                }
            }
            return out;
        }
    }

    /** The mutable parts of one table while the queries come in. */
    private static final class TableParts {
        String schema;
        String name;
        TableKind kind;
        String owner;
        String comment;
        boolean rlsEnabled;
        boolean rlsForced;
        boolean unlogged;
        long estimatedRows;
        String viewDefinition;
        String partitionKey;
        QualifiedName partitionOf;
        String partitionBound;
        List<QualifiedName> inherits = List.of();
        io.schemadoc.model.SourceLocation source;
        final List<Column> columns = new ArrayList<>();
        final List<Constraint> constraints = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<Trigger> triggers = new ArrayList<>();
        final List<Policy> policies = new ArrayList<>();
        final List<ObjectRef> dependsOn = new ArrayList<>();

        Table build() {
            return new Table(schema, name, kind, owner, comment, columns, constraints, indexes, triggers, policies,
                rlsEnabled, rlsForced, unlogged, estimatedRows, viewDefinition, dependsOn, partitionKey, partitionOf,
                partitionBound, inherits, source);
        }
    }

    static TableKind tableKind(String relkind) {
        return switch (relkind) {
            case "r" -> TableKind.TABLE;
            case "p" -> TableKind.PARTITIONED_TABLE;
            case "v" -> TableKind.VIEW;
            case "m" -> TableKind.MATERIALIZED_VIEW;
            case "f" -> TableKind.FOREIGN_TABLE;
            default -> throw new IllegalStateException("unexpected relkind " + relkind);
        };
    }

    private static Constraint.Type constraintType(String contype) {
        return switch (contype) {
            case "p" -> Constraint.Type.PRIMARY_KEY;
            case "f" -> Constraint.Type.FOREIGN_KEY;
            case "u" -> Constraint.Type.UNIQUE;
            case "c" -> Constraint.Type.CHECK;
            case "x" -> Constraint.Type.EXCLUDE;
            case "n" -> Constraint.Type.NOT_NULL;
            case "t" -> Constraint.Type.TRIGGER;
            default -> throw new IllegalStateException("unexpected contype " + contype);
        };
    }

    private static ForeignKey.Action action(String code) {
        return switch (code) {
            case "r" -> ForeignKey.Action.RESTRICT;
            case "c" -> ForeignKey.Action.CASCADE;
            case "n" -> ForeignKey.Action.SET_NULL;
            case "d" -> ForeignKey.Action.SET_DEFAULT;
            default -> ForeignKey.Action.NO_ACTION;
        };
    }

    private static ForeignKey.Match match(String code) {
        return switch (code) {
            case "f" -> ForeignKey.Match.FULL;
            case "p" -> ForeignKey.Match.PARTIAL;
            default -> ForeignKey.Match.SIMPLE;
        };
    }

    private static Routine.Argument.Mode argumentMode(String code) {
        if (code == null) {
            return Routine.Argument.Mode.IN;
        }
        return switch (code) {
            case "o" -> Routine.Argument.Mode.OUT;
            case "b" -> Routine.Argument.Mode.INOUT;
            case "v" -> Routine.Argument.Mode.VARIADIC;
            case "t" -> Routine.Argument.Mode.TABLE;
            default -> Routine.Argument.Mode.IN;
        };
    }

    /** tgargs holds tgnargs strings, each ended by a zero byte, in the server encoding (UTF-8 assumed). */
    static List<String> triggerArguments(byte[] raw, int count) {
        List<String> out = new ArrayList<>(count);
        int start = 0;
        for (int i = 0; raw != null && i < raw.length && out.size() < count; i++) {
            if (raw[i] == 0) {
                out.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return out;
    }

    private static <T> T at(List<T> list, int k) {
        return k < list.size() ? list.get(k) : null;
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        if (a == null) {
            return List.of();
        }
        Object[] values = (Object[]) a.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add(v == null ? null : v.toString());
        }
        return out;
    }

    private static List<Long> longs(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        if (a == null) {
            return List.of();
        }
        Object[] values = (Object[]) a.getArray();
        List<Long> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add(((Number) v).longValue());
        }
        return out;
    }

    private static List<Integer> shorts(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        if (a == null) {
            return List.of();
        }
        Object[] values = (Object[]) a.getArray();
        List<Integer> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add(((Number) v).intValue());
        }
        return out;
    }
}
