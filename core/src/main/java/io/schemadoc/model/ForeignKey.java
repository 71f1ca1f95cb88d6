package io.schemadoc.model;

import java.util.List;

/** The foreign-key half of a constraint, read from conkey/confkey, never parsed from its definition. */
public record ForeignKey(
    String referencedSchema,
    String referencedTable,
    List<String> referencedColumns,
    Action onDelete,
    Action onUpdate,
    List<String> onDeleteSetColumns,
    Match match) {

    public ForeignKey {
        referencedColumns = Lists.copy(referencedColumns);
        onDeleteSetColumns = Lists.copy(onDeleteSetColumns);
    }

    /** pg_constraint.confdeltype / confupdtype. */
    public enum Action {
        NO_ACTION("NO ACTION"), RESTRICT("RESTRICT"), CASCADE("CASCADE"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT");

        private final String sql;

        Action(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    public enum Match { SIMPLE, FULL, PARTIAL }

    public String referencedQualifiedName() {
        return Names.qualified(referencedSchema, referencedTable);
    }
}
