package io.schemadoc.output.markdown;

import io.schemadoc.model.Routine;
import io.schemadoc.output.DocInput;

/** What a {@link RoutineSection} reads: the input, the routine, and links relative to the page. */
public record RoutinePage(DocInput input, Routine routine, Links links) {}
