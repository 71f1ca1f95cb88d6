package io.schemadoc.output;

/** Type names as documentation shows them: tbls writes {@code character varying} as {@code varchar}, and so do we. */
public final class TypeNames {
    private TypeNames() {}

    public static String display(String type) {
        return type == null ? null : type.replace("character varying", "varchar");
    }
}
