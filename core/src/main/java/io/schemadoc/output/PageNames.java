package io.schemadoc.output;

import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.RoutineRef;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Table;
import io.schemadoc.model.Routine;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * File names (without extension) for the pages of tables, views and routines, shared by every output format.
 * A name made only of safe characters keeps tbls' form {@code schema.table}; any other character is
 * encoded as {@code ~XX} (hex of its UTF-8 bytes; {@code ~} needs no escaping in a URL or a file name), so no name
 * can climb out of the output folder ({@code ../x} → {@code public.~2E~2E~2Fx}).
 * Names that would collide on a case-insensitive file system, or overloaded routines, get {@code ~2}, {@code ~3}
 * in sorted order, so the result is the same on every run.
 */
public final class PageNames {
    private final Map<QualifiedName, String> tables = new HashMap<>();
    private final Map<String, String> routines = new HashMap<>();

    public PageNames(Schema schema) {
        Set<String> taken = new HashSet<>();
        for (Table t : schema.tables()) {
            tables.put(t.qualifiedName(), claim(taken, bounded(encode(t.schema()) + "." + encode(t.name()))));
        }
        for (Routine r : schema.routines()) {
            routines.put(r.signature(), claim(taken, bounded(encode(r.schema()) + "." + encode(r.name()))));
        }
    }

    /** Longest page base name; with ~NN, the longest extension (.html) and room to spare, well under 255 bytes. */
    static final int MAX_BASE = 200;

    /**
     * Two 63-byte names encode to up to 379 characters, more than a file name may hold (255 bytes). A longer base
     * keeps its head (never cut inside a ~XX escape) and ends with a hash of the whole, so it stays unique and stable.
     */
    static String bounded(String base) {
        if (base.length() <= MAX_BASE) {
            return base;
        }
        int cut = MAX_BASE - 17;
        int tilde = base.lastIndexOf('~', cut - 1);
        if (tilde >= 0 && cut - tilde < 3) {
            cut = tilde;
        }
        byte[] digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256").digest(base.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return base.substring(0, cut) + "~" + java.util.HexFormat.of().formatHex(digest, 0, 8);
    }

    private static String claim(Set<String> taken, String base) {
        String candidate = base;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + "~" + n;
        }
        return candidate;
    }

    /** The page base name of a table or view; null when the table is not in the schema. */
    public String table(QualifiedName name) {
        return tables.get(name);
    }

    /** The page base name of a routine; null when the routine is not in the schema. */
    public String routine(RoutineRef ref) {
        return routines.get(ref.signature());
    }

    /**
     * Keeps ASCII letters, digits, {@code _} and {@code -} (and non-leading dots are never produced: dots are
     * encoded); everything else becomes {@code ~XX} of its UTF-8 bytes, non-ASCII letters included, so that
     * names survive every file system and URL unchanged.
     */
    public static String encode(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (byte b : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
                sb.append((char) c);
            } else {
                sb.append('~').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.isEmpty() ? "~00" : sb.toString();
    }
}
