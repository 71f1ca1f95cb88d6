package io.schemadoc.output;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files a renderer produces, by relative path ({@code /}-separated). Paths are checked here, the first of two
 * guards (the writer checks again), so nothing from the schema can name a file outside the output folder, and two
 * pages can never silently overwrite each other.
 *
 * <p>A tree is held in memory ({@link #OutputTree()}: for {@code check}, {@code serve} and tests), or streams each
 * file to a {@link Sink} as it is written ({@link #streaming}: {@code doc}, so that 10,000 pages are on their way to
 * disk while the next ones render, and never all in the heap at once). A streaming tree knows only its paths.
 */
public final class OutputTree {
    /** Where a streaming tree sends each file, once, in the order the renderers write them. */
    @FunctionalInterface
    public interface Sink {
        void accept(String path, byte[] bytes);
    }

    private final Map<String, byte[]> files = new TreeMap<>();
    private final Sink sink;
    private final java.util.Set<String> streamed;

    public OutputTree() {
        this.sink = null;
        this.streamed = null;
    }

    private OutputTree(Sink sink) {
        this.sink = sink;
        this.streamed = new java.util.HashSet<>();
    }

    /** A tree that hands every file to {@code sink} instead of keeping it. */
    public static OutputTree streaming(Sink sink) {
        return new OutputTree(java.util.Objects.requireNonNull(sink));
    }

    public void write(String path, String text) {
        put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String path, byte[] bytes) {
        put(path, bytes.clone());
    }

    private void put(String path, byte[] owned) {
        checkPath(path);
        if (!add(path, owned)) {
            throw new IllegalStateException("two outputs want the same file " + path);
        }
    }

    /** Adds the file unless the path is taken; false when it was. */
    private boolean add(String path, byte[] owned) {
        if (sink == null) {
            return files.putIfAbsent(path, owned) == null;
        }
        if (!streamed.add(path)) {
            return false;
        }
        sink.accept(path, owned);
        return true;
    }

    /**
     * A file several formats produce alike (the {@code er/} and {@code flow/} diagrams of {@code md} and
     * {@code html}): the first one written is kept, so both formats share one set of files. Their links point at the
     * first format's pages, which are there too.
     */
    public void writeShared(String path, String text) {
        checkPath(path);
        if (sink == null ? !files.containsKey(path) : !streamed.contains(path)) {
            add(path, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Every file, sorted by path; a streaming tree has sent them on and cannot say. */
    public Map<String, byte[]> files() {
        if (sink != null) {
            throw new IllegalStateException("a streaming tree keeps no files");
        }
        return Collections.unmodifiableMap(files);
    }

    /** How many files were written. */
    public int size() {
        return sink == null ? files.size() : streamed.size();
    }

    public boolean contains(String path) {
        return sink == null ? files.containsKey(path) : streamed.contains(path);
    }

    /** The text of a file of an in-memory tree, or null when there is none. */
    public String text(String path) {
        byte[] b = files().get(path);
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
