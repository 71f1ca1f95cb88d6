package io.schemadoc.analysis.lint;

import java.util.Locale;

/** What a finding is about; the finding's {@code member} names the column, index, constraint, trigger or policy. */
public enum ObjectKind {
    TABLE, COLUMN, INDEX, CONSTRAINT, TRIGGER, POLICY, ROUTINE, SEQUENCE;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
