package io.schemadoc.model;

import java.util.Comparator;
import java.util.List;

/**
 * A relation schemadoc documents: table, partitioned table, view, materialized view or foreign table.
 * Views carry {@code viewDefinition} and {@code dependsOn} (what they read, from pg_depend via pg_rewrite).
 * A partitioned table carries {@code partitionKey} ({@code pg_get_partkeydef}); a partition carries
 * {@code partitionOf} and {@code partitionBound}. {@code inherits} lists classic INHERITS parents.
 * {@code estimatedRows} is {@code reltuples}, -1 when never analyzed.
 */
public record Table(
    String schema,
    String name,
    TableKind kind,
    String owner,
    String comment,
    List<Column> columns,
    List<Constraint> constraints,
    List<Index> indexes,
    List<Trigger> triggers,
    List<Policy> policies,
    boolean rlsEnabled,
    boolean rlsForced,
    boolean unlogged,
    long estimatedRows,
    String viewDefinition,
    List<ObjectRef> dependsOn,
    String partitionKey,
    QualifiedName partitionOf,
    String partitionBound,
    List<QualifiedName> inherits,
    SourceLocation source) {

    public Table {
        Lists.require(schema, "schema", "Table");
        Lists.require(name, "name", "Table");
        Lists.require(kind, "kind", "Table");
        columns = Lists.sorted(columns, Comparator.comparingInt(Column::position));
        constraints = Lists.sorted(constraints, Comparator.comparing(Constraint::name, Names.BYTE_ORDER));
        indexes = Lists.sorted(indexes, Comparator.comparing(Index::name, Names.BYTE_ORDER));
        triggers = Lists.sorted(triggers, Comparator.comparing(Trigger::name, Names.BYTE_ORDER));
        policies = Lists.sorted(policies, Comparator.comparing(Policy::name, Names.BYTE_ORDER));
        dependsOn = Lists.sorted(dependsOn, Comparator.comparing(ObjectRef::kind)
            .thenComparing(ObjectRef::schema, Names.BYTE_ORDER)
            .thenComparing(ObjectRef::name, Names.BYTE_ORDER)
            .thenComparing(r -> r.argumentTypes() == null ? "" : r.argumentTypes(), Names.BYTE_ORDER));
        inherits = Lists.copy(inherits);
    }

    public QualifiedName qualifiedName() {
        return new QualifiedName(schema, name);
    }

    public Column column(String columnName) {
        for (Column c : columns) {
            if (c.name().equals(columnName)) {
                return c;
            }
        }
        return null;
    }

    public List<Constraint> foreignKeys() {
        return constraints.stream().filter(c -> c.type() == Constraint.Type.FOREIGN_KEY).toList();
    }

    public Constraint primaryKey() {
        return constraints.stream().filter(c -> c.type() == Constraint.Type.PRIMARY_KEY).findFirst().orElse(null);
    }
}
