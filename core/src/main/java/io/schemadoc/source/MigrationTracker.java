package io.schemadoc.source;

import io.schemadoc.model.SourceLocation;
import io.schemadoc.postgres.Provenance;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns which migration created each object, for any way of applying migrations (plain files, Flyway, Liquibase):
 * the documentable objects are listed before and after each migration, and each new one is placed on the statement of
 * that migration's SQL that created it. One bulk query per migration, never one per object.
 */
final class MigrationTracker {
    private final Map<String, SourceLocation> locations = new HashMap<>();
    private final ReadProgress progress;
    private Map<String, ObjectRow> known;

    private MigrationTracker(Map<String, ObjectRow> known, ReadProgress progress) {
        this.known = known;
        this.progress = progress;
    }

    /** Starts tracking on a database: what exists now was not created by any migration. */
    static MigrationTracker start(Connection c) throws SQLException {
        return new MigrationTracker(objects(c), ReadProgress.NONE);
    }

    /** As {@link #start(Connection)}, counting the migrations applied on {@code progress} ({@code total} 0: unknown). */
    static MigrationTracker start(Connection c, ReadProgress progress, long total) throws SQLException {
        progress.phase("applying migrations", total);
        return new MigrationTracker(objects(c), progress);
    }

    /**
     * Records the objects created since the last call as coming from {@code script} (its name is the file shown in the
     * docs, its text gives the line); {@code unit} names the migration when the file alone does not (a Flyway version,
     * a Liquibase changeSet), else null. A script without SQL text (a Liquibase YAML change) places objects on its
     * fallback line.
     */
    void applied(Connection c, Script script, String unit) throws SQLException {
        Map<String, ObjectRow> now = objects(c);
        for (Map.Entry<String, ObjectRow> e : now.entrySet()) {
            if (!known.containsKey(e.getKey())) {
                locations.put(e.getKey(), new SourceLocation(script.name(), script.lineOf(e.getValue()), unit));
            }
        }
        known = now;
        progress.advance(1);
    }

    Provenance provenance() {
        Map<String, SourceLocation> copy = Map.copyOf(locations);
        return (catalog, oid) -> copy.get(catalog + ":" + oid);
    }

    private static Map<String, ObjectRow> objects(Connection c) throws SQLException {
        Map<String, ObjectRow> rows = new HashMap<>();
        try (Statement s = c.createStatement(); var rs = s.executeQuery(ProvenanceQuery.TEXT)) {
            while (rs.next()) {
                String catalog = rs.getString("catalog");
                rows.put(catalog + ":" + rs.getLong("oid"),
                    new ObjectRow(catalog, rs.getString("kind"), rs.getString("schema"), rs.getString("name"), rs.getString("parent")));
            }
        }
        return rows;
    }

    private record ObjectRow(String catalog, String kind, String schema, String name, String parent) {
        /** The CREATE kinds that can make this catalog row. */
        boolean madeBy(String createKind) {
            return switch (catalog) {
                case "pg_class" -> switch (kind) {
                    case "r", "p", "f" -> createKind.equals("table");
                    case "v", "m" -> createKind.equals("view");
                    case "i", "I" -> createKind.equals("index");
                    case "S" -> createKind.equals("sequence");
                    case "c" -> createKind.equals("type");
                    default -> false;
                };
                case "pg_proc" -> createKind.equals("function") || createKind.equals("procedure") || createKind.equals("aggregate");
                case "pg_trigger" -> createKind.equals("trigger");
                case "pg_constraint" -> createKind.equals("constraint");
                case "pg_type" -> createKind.equals("type") || createKind.equals("domain");
                case "pg_policy" -> createKind.equals("policy");
                default -> false;
            };
        }
    }

    /** A migration's SQL, with lookups built once so that finding where each object was created stays linear. */
    static final class Script {
        private final String name;
        private final SqlScript sql;
        private final int fallbackLine;
        private Map<String, List<Head>> heads;
        private Map<String, Integer> firstMention;

        Script(String name, SqlScript sql) {
            this(name, sql, 0);
        }

        /**
         * {@code fallbackLine} is where an object goes when no statement of {@code sql} names it: a Liquibase changeSet
         * written in YAML, XML or JSON has no SQL of its own, so its objects point at the changeSet's line.
         */
        Script(String name, SqlScript sql, int fallbackLine) {
            this.name = name;
            this.sql = sql;
            this.fallbackLine = fallbackLine;
        }

        String name() {
            return name;
        }

        SqlScript sql() {
            return sql;
        }

        private record Head(SqlScript.Created created, int line) {}

        private void index() {
            if (heads != null) {
                return;
            }
            heads = new HashMap<>();
            firstMention = new HashMap<>();
            for (SqlScript.Statement st : sql.statements()) {
                SqlScript.Created created = SqlScript.created(st.text());
                if (created != null) {
                    heads.computeIfAbsent(created.name(), k -> new ArrayList<>()).add(new Head(created, st.line()));
                }
                for (String word : SqlScript.identifiers(st.text())) {
                    firstMention.putIfAbsent(word, st.line());
                }
            }
        }

        /**
         * The line of the statement that created the object: a CREATE of the same kind and name (and schema, when the
         * statement qualifies it; and table, for triggers, policies and constraints); else the first statement that
         * mentions the name; else the statement that created its table; else the fallback line (0 unless given).
         */
        int lineOf(ObjectRow row) {
            index();
            int unqualified = 0;
            for (Head h : heads.getOrDefault(row.name(), List.of())) {
                SqlScript.Created created = h.created();
                if (!row.madeBy(created.kind())) {
                    continue;
                }
                if (row.parent() != null && created.table() != null && !created.table().equals(row.parent())) {
                    continue;
                }
                if (created.schema() != null) {
                    if (created.schema().equals(row.schema())) {
                        return h.line();
                    }
                } else if (unqualified == 0) {
                    unqualified = h.line();
                }
            }
            if (unqualified > 0) {
                return unqualified;
            }
            Integer mention = firstMention.get(row.name());
            if (mention != null) {
                return mention;
            }
            if (row.parent() != null) {
                for (Head h : heads.getOrDefault(row.parent(), List.of())) {
                    String kind = h.created().kind();
                    if ((kind.equals("table") || kind.equals("alter table"))
                        && (h.created().schema() == null || h.created().schema().equals(row.schema()))) {
                        return h.line();
                    }
                }
            }
            return fallbackLine;
        }
    }
}
