package io.schemadoc.output.html;

import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Table;
import io.schemadoc.output.DocInput;

/** What a {@link TableSection} writes about: the table, the whole input, and helpers for links and headings. */
public final class TablePage {
    private final SiteContext site;
    private final Table table;

    TablePage(SiteContext site, Table table) {
        this.site = site;
        this.table = table;
    }

    SiteContext site() {
        return site;
    }

    public DocInput input() {
        return site.input();
    }

    public Table table() {
        return table;
    }

    /**
     * Opens a section: {@code id} (letters, digits, dashes; not from the schema) anchors it and lists it in the
     * page's table of contents; {@code title} is escaped. Close it with {@code </section>}.
     */
    public void open(StringBuilder out, String id, String title) {
        TableSections.heading(out, id, Html.text(title));
    }

    /** A link to the page of a table or view, or its name in code when it has no page. */
    public String link(QualifiedName table) {
        return TableSections.tableLink(site, table, "");
    }
}
