package io.schemadoc.output.markdown;

/** One section of a routine page; see {@link TableSection} and {@link RoutineSections#standard()}. */
@FunctionalInterface
public interface RoutineSection {
    void write(RoutinePage page, StringBuilder out);
}
