package io.schemadoc.output;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files a renderer produces, held in memory by relative path ({@code /}-separated). Paths are checked
 * here, the first of two guards (the writer checks again), so nothing from the schema can name a file
 * outside the output folder, and two pages can never silently overwrite each other.
 */
public final class OutputTree {
    private final Map<String, byte[]> files = new TreeMap<>();

    public void write(String path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String path, byte[] bytes) {
        checkPath(path);
        if (files.putIfAbsent(path, bytes.clone()) != null) {
            throw new IllegalStateException("two outputs want the same file " + path);
        }
    }

    /**
     * A file several formats produce alike (the {@code er/} and {@code flow/} diagrams of {@code md} and
     * {@code html}): the first one written is kept, so both formats share one set of files. Their links point at the
     * first format's pages, which are there too.
     */
    public void writeShared(String path, String text) {
        checkPath(path);
        files.putIfAbsent(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every file, sorted by path. */
    public Map<String, byte[]> files() {
        return Collections.unmodifiableMap(files);
    }

    public boolean contains(String path) {
        return files.containsKey(path);
    }

    public String text(String path) {
        byte[] b = files.get(path);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    static void checkPath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.endsWith("/") || path.contains("\\") || path.contains("//")
            || path.indexOf(':') >= 0 || path.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("unsafe output path: " + path);
        }
        for (String part : path.split("/")) {
            if (part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("unsafe output path: " + path);
            }
        }
    }
}
