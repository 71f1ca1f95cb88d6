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
 * Puts an {@link OutputTree} on disk, and compares one with a folder. Writing goes to a temporary folder next to
 * DIR which then replaces DIR, so a failure never leaves half-written docs that look complete. A non-empty DIR
 * that does not look like schemadoc's output is refused rather than replaced.
 */
public final class DocWriter {
    private DocWriter() {}

    public static void write(Path dir, OutputTree tree) {
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
            try {
                writeFiles(tmp, tree);
                Path old = null;
                if (Files.exists(root)) {
                    old = parent.resolve("." + root.getFileName() + ".old-" + suffix);
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
                if (old != null) {
                    deleteTree(old);
                }
            } finally {
                if (Files.exists(tmp)) {
                    deleteTree(tmp);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new OutputException("cannot write docs to " + dir + ": " + e.getMessage() + " (check the folder is writable)", e);
        }
    }

    /**
     * Writes every file under {@code tmp}. Folders first, then the files on a few threads: thousands of small
     * files are bound by file-system calls, not by the CPU, and the content does not depend on the order.
     */
    private static void writeFiles(Path tmp, OutputTree tree) throws IOException {
        java.util.Set<Path> folders = new java.util.TreeSet<>();
        List<Map.Entry<Path, byte[]>> jobs = new ArrayList<>(tree.files().size());
        for (Map.Entry<String, byte[]> f : tree.files().entrySet()) {
            Path target = tmp.resolve(f.getKey()).normalize();
            if (!target.startsWith(tmp) || target.equals(tmp)) {
                throw new OutputException("refusing to write " + f.getKey() + " outside the output folder");
            }
            folders.add(target.getParent());
            jobs.add(Map.entry(target, f.getValue()));
        }
        for (Path folder : folders) {
            Files.createDirectories(folder);
        }
        int threads = jobs.size() < 64 ? 1 : 4;
        if (threads == 1) {
            for (Map.Entry<Path, byte[]> j : jobs) {
                Files.write(j.getKey(), j.getValue());
            }
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "schemadoc-write");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            int chunk = (jobs.size() + threads - 1) / threads;
            for (int start = 0; start < jobs.size(); start += chunk) {
                List<Map.Entry<Path, byte[]>> part = jobs.subList(start, Math.min(jobs.size(), start + chunk));
                done.add(pool.submit(() -> {
                    for (Map.Entry<Path, byte[]> j : part) {
                        Files.write(j.getKey(), j.getValue());
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while writing", e);
                }
            }
        } finally {
            pool.shutdownNow();
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
