package io.schemadoc.cli;

import io.schemadoc.SchemadocException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a single output file so that a failure never leaves a half-written file looking complete. */
final class OutputFiles {
    private OutputFiles() {}

    static void writeAtomically(Path target, String text) {
        writeAtomically(target, writer -> {
            try {
                writer.write(text);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Streams into a temporary file beside {@code target}, then moves it into place; the file is readable by all, as any output. */
    static void writeAtomically(Path target, java.util.function.Consumer<java.io.Writer> content) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            try {
                try (java.io.Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    content.accept(writer);
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause();
                }
                try {
                    Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the default rights stand
                }
                try {
                    Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new SchemadocException("cannot write " + target + ": " + e.getMessage() + " (check the folder exists and is writable)", e);
        }
    }
}
