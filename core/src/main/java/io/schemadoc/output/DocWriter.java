package io.schemadoc.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Puts docs on disk (an in-memory {@link OutputTree}, or files streamed through a {@link Session}), and compares a
 * tree with a folder. Writing goes to a temporary folder next to DIR which then replaces DIR, so a failure never leaves half-written docs that look complete. A non-empty DIR
 * that does not look like schemadoc's output is refused rather than replaced.
 */
public final class DocWriter {
    private DocWriter() {}

    /** Writes an in-memory tree: {@link #open}, every file, {@link Session#commit}. */
    public static void write(Path dir, OutputTree tree) {
        try (Session session = open(dir)) {
            tree.files().forEach(session::accept);
            session.commit();
        }
    }

    /**
     * Starts writing docs to {@code dir}: checks DIR may be replaced, makes the temporary folder beside it and starts
     * the writing thread. Hand it files (it is an {@link OutputTree.Sink}), then {@link Session#commit} puts the
     * folder in place; closing a session that was not committed removes everything it wrote.
     */
    public static Session open(Path dir) {
        return open(dir, path -> { });
    }

    /** As {@link #open(Path)}, calling {@code written} on the writing thread with the path of each file on disk. */
    public static Session open(Path dir, java.util.function.Consumer<String> written) {
        Path root = dir.toAbsolutePath().normalize();
        Path parent = root.getParent();
        if (parent == null) {
            throw new OutputException("cannot write docs to " + dir + ": choose a folder below the file system root");
        }
        try {
            if (Files.exists(root)) {
                if (!Files.isDirectory(root)) {
                    throw new OutputException(dir + " is a file, not a folder (choose a folder for --out)");
                }
                if (!isEmpty(root) && !looksGenerated(root)) {
                    throw new OutputException(dir + " is not empty and holds no schemadoc docs (README.md or schema.json); choose an empty or new folder");
                }
            }
            Files.createDirectories(parent);
            // Not createTempDirectory: that makes the folder rwx------, and the docs would keep those rights.
            String suffix = Long.toHexString(new java.security.SecureRandom().nextLong() & Long.MAX_VALUE);
            Path tmp = Files.createDirectory(parent.resolve("." + root.getFileName() + ".tmp-" + suffix));
            return new Session(dir, root, tmp, suffix, written);
        } catch (IOException | UncheckedIOException e) {
            throw new OutputException("cannot write docs to " + dir + ": " + e.getMessage() + " (check the folder is writable)", e);
        }
    }

    /**
     * One run of writing docs. Files go to a temporary folder on one background thread while the caller renders the
     * next pages: creating thousands of files costs the kernel about as much as rendering them costs us, and a
     * directory takes one new entry at a time, so more writing threads only wait on each other. The queue is
     * bounded, so a slow disk slows rendering down instead of filling the heap.
     */
    public static final class Session implements OutputTree.Sink, AutoCloseable {
        private static final int QUEUE = 256;
        private static final Job END = new Job(null, null, null);

        private record Job(String path, Path target, byte[] bytes) {}

        private final Path dir;
        private final Path root;
        private final Path tmp;
        private final String suffix;
        private final java.util.concurrent.BlockingQueue<Job> queue =
            new java.util.concurrent.ArrayBlockingQueue<>(QUEUE);
        private final Thread writer;
        private final java.util.function.Consumer<String> written;
        private volatile IOException failure;
        private boolean ended;
        private boolean committed;

        private Session(Path dir, Path root, Path tmp, String suffix, java.util.function.Consumer<String> written) {
            this.written = written;
            this.dir = dir;
            this.root = root;
            this.tmp = tmp;
            this.suffix = suffix;
            this.writer = new Thread(this::drain, "schemadoc-write");
            writer.setDaemon(true);
            writer.start();
        }

        /** Queues one file (path relative to DIR); fails at once when an earlier file could not be written. */
        @Override
        public void accept(String path, byte[] bytes) {
            if (ended) {
                throw new IllegalStateException("the docs of this session are already " + (committed ? "in place" : "closed"));
            }
            Path target = tmp.resolve(path).normalize();
            if (!target.startsWith(tmp) || target.equals(tmp)) {
                throw new OutputException("refusing to write " + path + " outside the output folder");
            }
            rethrow();
            try {
                queue.put(new Job(path, target, bytes));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OutputException("interrupted while writing docs to " + dir, e);
            }
        }

        /** Waits for every queued file, then replaces DIR with the new folder in one move. */
        public void commit() {
            finishWriting();
            rethrow();
            try {
                Path old = null;
                if (Files.exists(root)) {
                    old = root.getParent().resolve("." + root.getFileName() + ".old-" + suffix);
                    Files.move(root, old);
                }
                try {
                    Files.move(tmp, root, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    if (old != null) {
                        Files.move(old, root);
                    }
                    throw e;
                }
                committed = true;
                if (old != null) {
                    deleteTree(old);
                }
            } catch (IOException | UncheckedIOException e) {
                throw new OutputException("cannot write docs to " + dir + ": " + e.getMessage() + " (check the folder is writable)", e);
            }
        }

        /** Removes the temporary folder unless the session was committed. */
        @Override
        public void close() {
            finishWriting();
            if (!committed && Files.exists(tmp)) {
                try {
                    deleteTree(tmp);
                } catch (IOException | UncheckedIOException e) {
                    throw new OutputException("cannot remove " + tmp + ": " + e.getMessage(), e);
                }
            }
        }

        private void rethrow() {
            IOException e = failure;
            if (e != null) {
                throw new OutputException("cannot write docs to " + dir + ": " + e.getMessage() + " (check the folder is writable)", e);
            }
        }

        private void finishWriting() {
            if (ended) {
                return;
            }
            ended = true;
            boolean interrupted = false;
            while (true) {
                try {
                    queue.put(END);
                    writer.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the writer must stop before the folder is moved or removed
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** The writing thread: after a failure it keeps taking files, so the renderer never blocks, but drops them. */
        private void drain() {
            java.util.Set<Path> folders = new java.util.HashSet<>();
            folders.add(tmp);
            while (true) {
                Job job;
                try {
                    job = queue.take();
                } catch (InterruptedException e) {
                    failure = new IOException("interrupted", e);
                    return;
                }
                if (job == END) {
                    return;
                }
                if (failure != null) {
                    continue;
                }
                try {
                    Path folder = job.target().getParent();
                    if (folders.add(folder)) {
                        Files.createDirectories(folder);
                    }
                    Files.write(job.target(), job.bytes());
                    written.accept(job.path());
                } catch (IOException | RuntimeException e) {
                    failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                }
            }
        }
    }

    /**
     * The differences between {@code dir} and what {@code tree} holds, as unified diffs (missing and extra files
     * included); empty when DIR is exactly the tree, byte for byte.
     */
    public static String compare(Path dir, OutputTree tree) {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new OutputException(dir + " is not a folder (give the docs folder that `schemadoc doc --out` wrote)");
        }
        java.util.Set<String> present;
        try (Stream<Path> s = Files.walk(root)) {
            present = s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new OutputException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        TreeSet<String> all = new TreeSet<>(present);
        all.addAll(tree.files().keySet());
        StringBuilder out = new StringBuilder();
        String label = dir.toString().replace('\\', '/');
        for (String path : all) {
            byte[] expected = tree.files().get(path);
            byte[] actual = null;
            if (present.contains(path)) {
                try {
                    actual = Files.readAllBytes(root.resolve(path));
                } catch (IOException e) {
                    throw new OutputException("cannot read " + path + ": " + e.getMessage(), e);
                }
            }
            if (expected != null && actual != null && Arrays.equals(expected, actual)) {
                continue;
            }
            if (expected == null) {
                out.append("Only in ").append(label).append(" (doc would not write it): ").append(path).append('\n');
                continue;
            }
            String from = actual == null ? "/dev/null" : label + "/" + path;
            String to = "generated/" + path;
            String a = actual == null ? "" : text(actual);
            String b = text(expected);
            if (a == null || b == null) {
                out.append("Binary files ").append(from).append(" and ").append(to).append(" differ\n");
                continue;
            }
            String d = UnifiedDiff.diff(from, to, a, b);
            out.append(d.isEmpty() ? "Files " + from + " and " + to + " differ\n" : d);
        }
        return out.toString();
    }

    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** schemadoc's own output: a README.md with its footer, an index.html that says so, or a schema.json snapshot. */
    static boolean looksGenerated(Path dir) throws IOException {
        Path readme = dir.resolve("README.md");
        if (Files.isRegularFile(readme) && Files.readString(readme, StandardCharsets.UTF_8).endsWith("> Generated by schemadoc\n")) {
            return true;
        }
        Path html = dir.resolve("index.html");
        if (Files.isRegularFile(html) && Files.readString(html, StandardCharsets.UTF_8).contains("Generated by schemadoc")) {
            return true;
        }
        Path json = dir.resolve("schema.json");
        return Files.isRegularFile(json) && Files.readString(json, StandardCharsets.UTF_8).startsWith("{\n  \"format\"");
    }

    private static void deleteTree(Path dir) throws IOException {
        List<Path> paths;
        try (Stream<Path> s = Files.walk(dir)) {
            paths = new ArrayList<>(s.sorted(Comparator.reverseOrder()).toList());
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
