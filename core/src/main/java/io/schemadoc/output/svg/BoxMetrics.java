package io.schemadoc.output.svg;

/**
 * Sizes of a box, from text lengths in a monospace font (12px, 0.6em per cell): the SVG asks for a
 * monospace font, so the estimate holds without measuring glyphs, and layout needs no AWT.
 */
final class BoxMetrics {
    static final double CELL = 7.2;
    static final double ROW = 18;
    static final double HEAD = 24;
    static final double PAD = 8;
    static final double KEY_CELLS = 6;
    static final int MAX_NAME_CELLS = 32;
    static final int MAX_TYPE_CELLS = 24;
    static final int MAX_TITLE_CELLS = 48;

    private BoxMetrics() {}

    static int nameCells(ErGraph.Box box) {
        int n = 4;
        for (ErGraph.Row r : box.rows()) {
            n = Math.max(n, Svg.cells(Svg.clip(r.name(), MAX_NAME_CELLS)));
        }
        return n;
    }

    static int typeCells(ErGraph.Box box) {
        int n = 0;
        for (ErGraph.Row r : box.rows()) {
            n = Math.max(n, Svg.cells(Svg.clip(r.type(), MAX_TYPE_CELLS)));
        }
        return n;
    }

    static double width(ErGraph.Box box) {
        double title = Svg.cells(Svg.clip(box.title(), MAX_TITLE_CELLS)) * CELL * 1.1;
        double body = (KEY_CELLS + nameCells(box) + 2 + typeCells(box)) * CELL;
        return Math.ceil(Math.max(title, body) + 2 * PAD);
    }

    static double height(ErGraph.Box box) {
        int lines = box.rows().size() + (box.more() > 0 ? 1 : 0);
        return HEAD + lines * ROW + (lines > 0 ? PAD / 2 : 0);
    }
}
