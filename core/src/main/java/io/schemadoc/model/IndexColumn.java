package io.schemadoc.model;

/**
 * One key of an index: a column ({@code column} set) or an expression ({@code expression} set).
 * {@code opclass} and {@code collation} are given only when they are not the defaults for the type.
 */
public record IndexColumn(String column, String expression, boolean descending, boolean nullsFirst, String opclass, String collation) {

    /** The column name, or the expression text, as it reads in the index definition. */
    public String text() {
        return column != null ? column : expression;
    }
}
