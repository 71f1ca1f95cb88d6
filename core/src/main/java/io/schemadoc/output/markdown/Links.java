package io.schemadoc.output.markdown;

import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.RoutineRef;
import io.schemadoc.output.PageNames;

/**
 * Markdown links to pages, relative to the page being written ({@code prefix} is {@code ""} at the top level,
 * {@code "../"} one folder down). Targets come only from {@link PageNames} (safe characters, no encoding needed);
 * an object without a page is written as plain text, so no link ever points nowhere.
 */
public record Links(PageNames pages, String prefix) {

    public String table(QualifiedName name) {
        String page = pages.table(name);
        return page == null ? Md.cell(name.toString()) : Md.link(name.toString(), prefix + page + ".md");
    }

    public String routine(RoutineRef ref, String text) {
        String page = pages.routine(ref);
        return page == null ? Md.cell(text) : Md.link(text, prefix + page + ".md");
    }

    public String readme() {
        return prefix + "README.md";
    }
}
