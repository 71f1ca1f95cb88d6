package io.schemadoc.output.html;

/**
 * One section of a table or view page. A page is the ordered list of its sections
 * ({@link TableSections#standard()}); another stage adds one by inserting into a copy of that list and handing it
 * to {@link HtmlRenderer#HtmlRenderer(java.util.List)}, reading its analysis from {@code page.input().analysis(…)}.
 * A section writes {@code <section id=…><h2>…</h2>…</section>} (see {@link TablePage#open}) or nothing.
 * Everything from the schema must pass through {@link Html#text}.
 */
@FunctionalInterface
public interface TableSection {
    void write(TablePage page, StringBuilder out);
}
