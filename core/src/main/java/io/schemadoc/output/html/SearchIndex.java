package io.schemadoc.output.html;

import io.schemadoc.model.Column;
import io.schemadoc.model.Routine;
import io.schemadoc.model.Table;
import io.schemadoc.output.DocInput;

/**
 * The search index as a script ({@code search-index.js}) that assigns a global: a page opened from
 * {@code file://} may not fetch JSON, but it may load a script of its own site. One entry per table, view,
 * column and routine: {@code [kind, name, href, detail]}, with long comments cut, every string escaped for a
 * JavaScript string literal (so {@code </script>}, {@code <!--}, U+2028/U+2029 in a comment are inert).
 */
final class SearchIndex {
    private SearchIndex() {}

    private static final int MAX_DETAIL = 160;

    static String build(DocInput input) {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("window.SCHEMADOC_SEARCH=[\n");
        for (Table t : input.schema().tables()) {
            String page = input.pages().table(t.qualifiedName()) + ".html";
            entry(sb, t.kind().isView() ? "view" : "table", t.qualifiedName().toString(), page, t.comment());
            for (Column c : t.columns()) {
                String detail = c.type() + (c.comment() == null ? "" : " — " + c.comment());
                entry(sb, "column", t.qualifiedName() + "." + c.name(), page + "#c-" + Html.id(c.name()), detail);
            }
        }
        for (Routine r : input.schema().routines()) {
            String detail = (r.returns() == null ? "procedure" : "returns " + r.returns()) + (r.comment() == null ? "" : " — " + r.comment());
            entry(sb, "routine", r.signature(), input.pages().routine(r.ref()) + ".html", detail);
        }
        sb.append("];\n");
        return sb.toString();
    }

    private static void entry(StringBuilder sb, String kind, String name, String href, String detail) {
        sb.append('[').append(Html.jsString(kind)).append(',').append(Html.jsString(name)).append(',').append(Html.jsString(href))
            .append(',').append(Html.jsString(cut(detail))).append("],\n");
    }

    private static String cut(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ").strip();
        if (one.length() <= MAX_DETAIL) {
            return one;
        }
        int end = MAX_DETAIL;
        if (Character.isHighSurrogate(one.charAt(end - 1))) {
            end--;
        }
        return one.substring(0, end) + "…";
    }
}
