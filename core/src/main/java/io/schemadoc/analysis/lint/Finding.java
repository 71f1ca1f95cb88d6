package io.schemadoc.analysis.lint;

import io.schemadoc.model.Names;
import io.schemadoc.model.SourceLocation;
import java.util.Comparator;

/**
 * One thing a rule found. {@code object} is the table, view, routine (with its signature) or sequence;
 * {@code member} the column, index, constraint, trigger or policy inside a table (null for the object itself).
 * {@code location} is where the object was created when the schema was read from SQL files, else null.
 */
public record Finding(
    String ruleId,
    Severity severity,
    ObjectKind kind,
    String schema,
    String object,
    String member,
    String message,
    SourceLocation location) {

    /** Stable order for every output: by object, then member, then rule, then message. */
    public static final Comparator<Finding> ORDER = Comparator
        .comparing(Finding::schema, Names.BYTE_ORDER)
        .thenComparing(Finding::object, Names.BYTE_ORDER)
        .thenComparing(f -> f.member() == null ? "" : f.member(), Names.BYTE_ORDER)
        .thenComparing(Finding::ruleId, Names.BYTE_ORDER)
        .thenComparing(Finding::message, Names.BYTE_ORDER);

    public Finding {
        if (ruleId == null || severity == null || kind == null || schema == null || object == null || message == null) {
            throw new IllegalArgumentException("a finding needs a rule, severity, kind, schema, object and message");
        }
    }

    /** {@code schema.object} or {@code schema.object.member}: the name a SARIF logical location and a glob see. */
    public String logicalName() {
        String base = Names.qualified(schema, object);
        return member == null ? base : base + "." + member;
    }

    Finding withSeverity(Severity s) {
        return new Finding(ruleId, s, kind, schema, object, member, message, location);
    }
}
