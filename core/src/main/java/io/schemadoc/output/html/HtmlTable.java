package io.schemadoc.output.html;

import java.util.ArrayList;
import java.util.List;

/** A table of already-escaped HTML cells; the first cell of a row is its header. Like the Markdown {@code MdTable}. */
final class HtmlTable {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    HtmlTable(String... headers) {
        this.headers = List.of(headers);
    }

    void row(String... cells) {
        rows.add(List.of(cells));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Leaves out the last column when no row has anything in it (e.g. "Source file" without migrations). */
    HtmlTable dropEmptyLastColumn() {
        int last = headers.size() - 1;
        if (last < 1 || rows.stream().anyMatch(r -> !r.get(last).isEmpty())) {
            return this;
        }
        HtmlTable t = new HtmlTable(headers.subList(0, last).toArray(String[]::new));
        rows.forEach(r -> t.rows.add(r.subList(0, last)));
        return t;
    }

    void appendTo(StringBuilder out) {
        out.append("<div class=\"wrap\"><table>\n<thead><tr>");
        for (String h : headers) {
            out.append("<th scope=\"col\">").append(Html.text(h)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            out.append("<tr><th scope=\"row\">").append(r.get(0)).append("</th>");
            for (int i = 1; i < r.size(); i++) {
                out.append("<td>").append(r.get(i)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
    }
}
