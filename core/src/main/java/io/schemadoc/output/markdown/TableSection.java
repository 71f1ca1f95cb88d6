package io.schemadoc.output.markdown;

/**
 * One section of a table or view page ({@code ## Columns}, {@code ## Triggers} …). A section writes its heading
 * and body, followed by one blank line, or nothing at all when it has nothing to say. Pages are an ordered list
 * of sections ({@link TableSections#standard()}), so a new section is a new class inserted into that list.
 */
@FunctionalInterface
public interface TableSection {
    void write(TablePage page, StringBuilder out);
}
