package io.schemadoc.output.markdown;

import io.schemadoc.model.Table;
import io.schemadoc.output.DocInput;

/** What a {@link TableSection} reads: the input, the table, and links relative to the page. */
public record TablePage(DocInput input, Table table, Links links) {}
