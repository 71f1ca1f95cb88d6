package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;

/** Reads {@code format_type} text: the base type without its modifier, and the type families rules ask about. */
final class Types {
    private Types() {}

    /** {@code character varying(255)} → {@code character varying}; {@code timestamp(3) without time zone} → {@code timestamp without time zone}. */
    static String base(String type) {
        if (type == null) {
            return "";
        }
        // Every rule asks about every column: a schema has few distinct type texts, so each is reduced once.
        String known = BASES.get(type);
        if (known != null) {
            return known;
        }
        String b = MODIFIER.matcher(type).replaceAll("");
        b = SPACES.matcher(b).replaceAll(" ").strip();
        if (BASES.size() < 10_000) {
            BASES.put(type, b);
        }
        return b;
    }

    private static final java.util.regex.Pattern MODIFIER = java.util.regex.Pattern.compile("\\(\\s*\\d+(\\s*,\\s*\\d+)?\\s*\\)");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.Map<String, String> BASES = new java.util.concurrent.ConcurrentHashMap<>();

    static boolean isArray(Column c) {
        return c.type() != null && c.type().endsWith("[]");
    }

    static boolean isTimestampWithoutTimeZone(Column c) {
        return base(c.type()).equals("timestamp without time zone");
    }

    static boolean isTimestamp(Column c) {
        String b = base(c.type());
        return b.equals("timestamp without time zone") || b.equals("timestamp with time zone");
    }

    static boolean isTimeWithTimeZone(Column c) {
        return base(c.type()).equals("time with time zone");
    }

    static boolean isBoolean(Column c) {
        return base(c.type()).equals("boolean");
    }

    static boolean isVarchar(Column c) {
        return base(c.type()).equals("character varying");
    }

    /** {@code varchar(n)}: a length limit that is part of the type (not plain {@code varchar}). */
    static boolean isVarcharWithLength(Column c) {
        return c.type() != null && c.type().startsWith("character varying(");
    }

    static boolean isChar(Column c) {
        String b = base(c.type());
        return b.equals("character");
    }

    /** A default that draws from a sequence: the mark of {@code serial}, {@code bigserial} and hand-made equivalents. */
    static boolean hasSequenceDefault(Column c) {
        return c.defaultValue() != null && c.defaultValue().startsWith("nextval(") && !c.hasIdentity();
    }
}
