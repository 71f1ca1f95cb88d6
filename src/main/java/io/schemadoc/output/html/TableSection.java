package io.schemadoc.output.html;

import io.schemadoc.model.Table;

/**
 * One section of a table or view page. The page is the list of its sections in order; later stages
 * (analysis, scenarios, findings) add theirs to {@link TableSections#standard()} without touching the others.
 * A section that has nothing to say writes nothing.
 */
interface TableSection {
    void write(SiteContext site, Table table, StringBuilder out);
}
