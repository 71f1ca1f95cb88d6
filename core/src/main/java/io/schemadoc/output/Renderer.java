package io.schemadoc.output;

/**
 * One documentation format ({@code md}, {@code html}, {@code json}): reads a {@link DocInput} and writes files
 * into an {@link OutputTree}. Renderers never touch the file system themselves, so {@code doc} can write
 * everything atomically and {@code check} can compare without writing at all.
 */
public interface Renderer {

    /** The name used in {@code --format}. */
    String format();

    void render(DocInput input, OutputTree out);
}
