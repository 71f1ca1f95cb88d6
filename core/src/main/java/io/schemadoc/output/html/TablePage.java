package io.schemadoc.output.html;

import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Table;
import io.schemadoc.output.DocInput;

/** What a {@link TableSection} writes about: the table, the whole input, and helpers for links and headings. */
public final class TablePage {
    private final SiteContext site;
    private final Table table;
    private final java.util.List<String> toc = new java.util.ArrayList<>();

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
        if (!id.matches("[A-Za-z][A-Za-z0-9-]*")) {
            throw new IllegalArgumentException("section id must be letters, digits and dashes: " + id);
        }
        TableSections.heading(out, id, Html.text(title));
        toc.add("<li><a href=\"#" + id + "\">" + Html.text(title) + "</a></li>");
    }

    /** The table of contents: one entry per section opened so far. */
    String toc() {
        return String.join("", toc);
    }

    /** A link to the page of a table or view, or its name in code when it has no page. */
    public String link(QualifiedName table) {
        return TableSections.tableLink(site, table, "");
    }
}
