package io.schemadoc.output.svg;

import java.util.List;

/**
 * What one ER diagram shows, before layout: boxes (tables, or groups of tables in an overview) and the
 * relations between them. Built by {@link ErDiagrams}; laid out by ELK and written as SVG. Lists are in the
 * order they are drawn, which is the order they were given, so the same graph always gives the same picture.
 * Nothing here is specific to tables: trace scenarios can be drawn as flow diagrams by building boxes for the
 * steps (rows for what each touches) and relations for "fires" / "calls", then {@link SvgRenderer#render}.
 */
public record ErGraph(String title, List<Box> boxes, List<Relation> relations) {
    public ErGraph {
        boxes = List.copyOf(boxes);
        relations = List.copyOf(relations);
    }

    /**
     * A box: {@code id} is unique within the graph, {@code href} (relative to the SVG file, may be null) is
     * where a click goes, {@code focus} marks the table a neighbourhood diagram is about, {@code more} counts
     * rows left out to keep the box small.
     */
    public record Box(String id, String title, String href, List<Row> rows, boolean focus, int more) {
        public Box {
            rows = List.copyOf(rows);
        }
    }

    /** One line of a box: a column (with its key marks) or, in an overview, a count. */
    public record Row(String name, String type, boolean primaryKey, boolean foreignKey) {}

    /**
     * A line from {@code from} (the referencing side) to {@code to}; {@code derived} lines (a view reading a
     * table, several FKs summarised in an overview) are drawn dashed.
     */
    public record Relation(String from, String to, String label, boolean derived) {}
}
