package io.schemadoc.model;

import java.util.Comparator;

/** Orders catalog names the way PostgreSQL compares them in the "C" collation: by UTF-8 bytes. */
public final class Names {
    private Names() {}

    /** UTF-16 order equals UTF-8 byte order except for supplementary planes; compare code points to stay exact. */
    public static final Comparator<String> BYTE_ORDER = Names::compareCodePoints;

    public static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** {@code schema.name}, for display and lookups; not an SQL identifier (see {@link #quoteIdent}). */
    public static String qualified(String schema, String name) {
        return schema + "." + name;
    }

    /** Quotes an identifier exactly when PostgreSQL would need it (quote_ident without the keyword list). */
    public static String quoteIdent(String ident) {
        boolean safe = !ident.isEmpty() && (Character.isLowerCase(ident.charAt(0)) && ident.charAt(0) < 128 || ident.charAt(0) == '_');
        for (int k = 0; safe && k < ident.length(); k++) {
            char c = ident.charAt(k);
            safe = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '$';
        }
        if (safe && !Keywords.isReserved(ident)) {
            return ident;
        }
        return '"' + ident.replace("\"", "\"\"") + '"';
    }
}
