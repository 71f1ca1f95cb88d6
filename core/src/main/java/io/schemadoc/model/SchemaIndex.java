package io.schemadoc.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lookups over a {@link Schema} that records cannot hold themselves: tables and routines by name,
 * and the foreign keys pointing at each table. Built once per use, read-only afterwards.
 */
public final class SchemaIndex {
    private final Schema schema;
    private final Map<QualifiedName, Table> tables = new HashMap<>();
    private final Map<String, Routine> routinesBySignature = new HashMap<>();
    private final Map<QualifiedName, List<Routine>> routinesByName = new HashMap<>();
    private final Map<QualifiedName, List<Incoming>> incoming = new HashMap<>();
    private final Map<QualifiedName, List<Table>> partitions = new LinkedHashMap<>();

    /** A foreign key of {@code child} that references some table. */
    public record Incoming(Table child, Constraint constraint) {}

    public SchemaIndex(Schema schema) {
        this.schema = schema;
        for (Table t : schema.tables()) {
            tables.put(t.qualifiedName(), t);
        }
        for (Routine r : schema.routines()) {
            routinesBySignature.put(r.signature(), r);
            routinesByName.computeIfAbsent(new QualifiedName(r.schema(), r.name()), k -> new ArrayList<>()).add(r);
        }
        for (Table t : schema.tables()) {
            for (Constraint c : t.foreignKeys()) {
                if (c.inherited()) {
                    continue;
                }
                QualifiedName parent = new QualifiedName(c.foreignKey().referencedSchema(), c.foreignKey().referencedTable());
                incoming.computeIfAbsent(parent, k -> new ArrayList<>()).add(new Incoming(t, c));
            }
            if (t.partitionOf() != null) {
                partitions.computeIfAbsent(t.partitionOf(), k -> new ArrayList<>()).add(t);
            }
        }
    }

    public Schema schema() {
        return schema;
    }

    public Table table(QualifiedName name) {
        return tables.get(name);
    }

    public Table table(String schemaName, String name) {
        return tables.get(new QualifiedName(schemaName, name));
    }

    public Routine routine(RoutineRef ref) {
        return ref == null ? null : routinesBySignature.get(ref.signature());
    }

    /** Every overload of {@code schema.name}. */
    public List<Routine> routines(String schemaName, String name) {
        return routinesByName.getOrDefault(new QualifiedName(schemaName, name), List.of());
    }

    /** Foreign keys (not inherited clones) of other tables that reference {@code parent}, in table order. */
    public List<Incoming> referencedBy(QualifiedName parent) {
        return Collections.unmodifiableList(incoming.getOrDefault(parent, List.of()));
    }

    /** Partitions whose parent is {@code parent}, in table order. */
    public List<Table> partitionsOf(QualifiedName parent) {
        return Collections.unmodifiableList(partitions.getOrDefault(parent, List.of()));
    }
}
