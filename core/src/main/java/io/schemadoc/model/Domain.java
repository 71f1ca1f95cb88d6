package io.schemadoc.model;

import java.util.Comparator;
import java.util.List;

public record Domain(
    String schema,
    String name,
    String baseType,
    String defaultValue,
    boolean notNull,
    String collation,
    List<Check> checks,
    String owner,
    String comment,
    SourceLocation source) {

    public Domain {
        Lists.require(schema, "schema", "Domain");
        Lists.require(name, "name", "Domain");
        Lists.require(baseType, "baseType", "Domain");
        checks = Lists.sorted(checks, Comparator.comparing(Check::name, Names.BYTE_ORDER));
    }

    public record Check(String name, String definition, boolean validated) {}

    public QualifiedName qualifiedName() {
        return new QualifiedName(schema, name);
    }
}
