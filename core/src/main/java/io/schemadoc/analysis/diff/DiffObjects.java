package io.schemadoc.analysis.diff;

import io.schemadoc.model.Column;
import io.schemadoc.model.CompositeType;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.Domain;
import io.schemadoc.model.EnumType;
import io.schemadoc.model.Extension;
import io.schemadoc.model.Index;
import io.schemadoc.model.Namespace;
import io.schemadoc.model.Policy;
import io.schemadoc.model.Routine;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Sequence;
import io.schemadoc.model.Table;
import io.schemadoc.model.Trigger;
import java.util.HashMap;
import java.util.Map;

/** Every object of a schema by the {@link ObjectId} a {@link Change} names it with: how outputs find the full record. */
public final class DiffObjects {
    private final Map<ObjectId, Object> objects = new HashMap<>();

    public DiffObjects(Schema schema) {
        for (Namespace n : schema.schemas()) {
            objects.put(SchemaDiff.schemaId(n), n);
        }
        for (Extension e : schema.extensions()) {
            objects.put(SchemaDiff.extensionId(e), e);
        }
        for (EnumType e : schema.enums()) {
            objects.put(SchemaDiff.enumId(e), e);
        }
        for (Domain d : schema.domains()) {
            objects.put(SchemaDiff.domainId(d), d);
        }
        for (CompositeType c : schema.compositeTypes()) {
            objects.put(SchemaDiff.compositeId(c), c);
        }
        for (Sequence s : schema.sequences()) {
            objects.put(SchemaDiff.sequenceId(s), s);
        }
        for (Routine r : schema.routines()) {
            objects.put(SchemaDiff.routineId(r), r);
        }
        for (Table t : schema.tables()) {
            ObjectId id = SchemaDiff.tableId(t);
            objects.put(id, t);
            for (Column c : t.columns()) {
                objects.put(ObjectId.member(ObjectKind.COLUMN, id, c.name()), c);
            }
            for (Constraint c : t.constraints()) {
                objects.put(ObjectId.member(ObjectKind.CONSTRAINT, id, c.name()), c);
            }
            for (Index i : t.indexes()) {
                objects.put(ObjectId.member(ObjectKind.INDEX, id, i.name()), i);
            }
            for (Trigger x : t.triggers()) {
                objects.put(ObjectId.member(ObjectKind.TRIGGER, id, x.name()), x);
            }
            for (Policy p : t.policies()) {
                objects.put(ObjectId.member(ObjectKind.POLICY, id, p.name()), p);
            }
        }
    }

    /** The record ({@code Table}, {@code Column}, …) with this identity, or null. */
    public Object get(ObjectId id) {
        return objects.get(id);
    }

    public <T> T get(ObjectId id, Class<T> type) {
        Object o = objects.get(id);
        return type.isInstance(o) ? type.cast(o) : null;
    }

    /** The identity a {@link Change} gives to a table or view. */
    public static ObjectId idOf(Table table) {
        return SchemaDiff.tableId(table);
    }
}
