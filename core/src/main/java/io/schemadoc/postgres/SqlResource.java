package io.schemadoc.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads a catalog query from {@code io/schemadoc/postgres/<name>.sql}. Two small preprocessing steps keep one
 * file per object kind working on every supported server: {@code {{scope}}} is replaced by the shared scope CTEs
 * ({@code scope.sql}, which takes three parameters), and lines between {@code -- @if NUM}, {@code -- @else} and
 * {@code -- @end} are kept only when {@code server_version_num >= NUM} (or, for the else part, when not).
 */
final class SqlResource {
    private static final String SCOPE = "{{scope}}";

    private SqlResource() {}

    record Query(String name, String sql, boolean scoped) {}

    static Query load(String name, int serverVersionNum) {
        String text = select(read(name), serverVersionNum, name);
        boolean scoped = text.contains(SCOPE);
        if (scoped) {
            text = text.replace(SCOPE, select(read("scope"), serverVersionNum, "scope"));
        }
        return new Query(name, text, scoped);
    }

    static String read(String name) {
        String path = name + ".sql";
        try (InputStream in = SqlResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing catalog query resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies the version blocks; blocks do not nest. */
    static String select(String text, int serverVersionNum, String name) {
        StringBuilder out = new StringBuilder(text.length());
        Boolean keep = null; // null: outside a block
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("-- @if ")) {
                if (keep != null) {
                    throw new IllegalStateException(name + ".sql: nested -- @if");
                }
                keep = serverVersionNum >= Integer.parseInt(t.substring("-- @if ".length()).strip());
            } else if (t.equals("-- @else")) {
                if (keep == null) {
                    throw new IllegalStateException(name + ".sql: -- @else outside -- @if");
                }
                keep = !keep;
            } else if (t.equals("-- @end")) {
                if (keep == null) {
                    throw new IllegalStateException(name + ".sql: -- @end outside -- @if");
                }
                keep = null;
            } else if (keep == null || keep) {
                out.append(line).append('\n');
            }
        }
        if (keep != null) {
            throw new IllegalStateException(name + ".sql: -- @if without -- @end");
        }
        return out.toString();
    }
}
