package io.schemadoc.output.svg;

import java.util.List;

/**
 * Writes a laid-out diagram as a standalone SVG file: its own style sheet (light and dark, following
 * {@code prefers-color-scheme}), no script, links with {@code target="_top"} so that a click inside an
 * {@code <object>} opens the page itself. Numbers are written by {@link Svg#num}: byte-stable.
 */
final class SvgWriter {
    private SvgWriter() {}

    private static final String STYLE = """
        <style>
        svg{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:12px}
        .bg{fill:#ffffff}
        .box rect.body{fill:#ffffff;stroke:#57606a;stroke-width:1}
        .box rect.head{fill:#ddf4ff;stroke:#57606a;stroke-width:1}
        .box.focus rect.body{stroke:#0969da;stroke-width:2}
        .box.focus rect.head{fill:#0969da}
        .box.focus text.title{fill:#ffffff}
        text{fill:#1f2328}
        text.title{font-weight:bold}
        text.key{fill:#9a6700;font-size:10px}
        text.type,text.more{fill:#656d76}
        a:hover rect.body,a:focus rect.body{stroke:#0969da;stroke-width:2}
        path.rel{fill:none;stroke:#57606a;stroke-width:1.2}
        path.rel.derived{stroke-dasharray:5 4}
        marker path{fill:none;stroke:#57606a;stroke-width:1.2}
        @media (prefers-color-scheme:dark){
        .bg{fill:#0d1117}
        .box rect.body{fill:#161b22;stroke:#8b949e}
        .box rect.head{fill:#1c2d41;stroke:#8b949e}
        .box.focus rect.body{stroke:#58a6ff}
        .box.focus rect.head{fill:#1f6feb}
        text{fill:#e6edf3}
        text.key{fill:#d29922}
        text.type,text.more{fill:#8b949e}
        path.rel,marker path{stroke:#8b949e}
        }
        </style>
        """;

    static String write(ElkLayout.Result layout) {
        return write(layout, false);
    }

    /** {@code flow}: lines are arrows in firing order (label shown as the step number), not crow's feet. */
    static String write(ElkLayout.Result layout, boolean flow) {
        StringBuilder sb = new StringBuilder(4096);
        String w = Svg.num(Math.ceil(layout.width()));
        String h = Svg.num(Math.ceil(layout.height()));
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"").append(w)
            .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
            .append("\" role=\"img\" aria-labelledby=\"t\">\n");
        sb.append("<title id=\"t\">").append(Svg.escape(layout.graph().title())).append("</title>\n");
        sb.append(STYLE);
        sb.append("<defs>")
            // "one" end at the referenced table, "many" end at the referencing one (crow's foot).
            .append("<marker id=\"one\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto\">")
            .append("<path d=\"M4 1 L4 9 M7 1 L7 9\"/></marker>")
            .append("<marker id=\"many\" viewBox=\"0 0 10 10\" refX=\"0\" refY=\"5\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto\">")
            .append("<path d=\"M0 1 L10 5 L0 9 M0 5 L10 5\"/></marker>")
            .append(flow ? "<marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">"
                + "<path d=\"M0 1 L10 5 L0 9\"/></marker>" : "")
            .append("</defs>\n");
        sb.append("<rect class=\"bg\" x=\"0\" y=\"0\" width=\"").append(w).append("\" height=\"").append(h).append("\"/>\n");
        sb.append("<g class=\"relations\">\n");
        for (ElkLayout.Line line : layout.lines()) {
            sb.append("<path class=\"rel").append(line.relation().derived() ? " derived" : "").append("\" d=\"");
            List<ElkLayout.Point> pts = line.points();
            for (int i = 0; i < pts.size(); i++) {
                sb.append(i == 0 ? "M" : " L").append(Svg.num(pts.get(i).x())).append(' ').append(Svg.num(pts.get(i).y()));
            }
            sb.append('"');
            if (flow) {
                sb.append(" marker-end=\"url(#arrow)\"");
            } else if (!line.relation().derived()) {
                sb.append(" marker-start=\"url(#many)\" marker-end=\"url(#one)\"");
            }
            sb.append('>');
            if (line.relation().label() != null) {
                sb.append("<title>").append(Svg.escape(line.relation().label())).append("</title>");
            }
            sb.append("</path>\n");
        }
        sb.append("</g>\n<g class=\"boxes\">\n");
        for (ElkLayout.Placed p : layout.boxes()) {
            box(sb, p);
        }
        sb.append("</g>\n</svg>\n");
        return sb.toString();
    }

    private static void box(StringBuilder sb, ElkLayout.Placed p) {
        ErGraph.Box box = p.box();
        String x = Svg.num(p.x());
        String y = Svg.num(p.y());
        if (box.href() != null) {
            sb.append("<a href=\"").append(Svg.escape(box.href())).append("\" xlink:href=\"").append(Svg.escape(box.href()))
                .append("\" target=\"_top\">");
        }
        sb.append("<g class=\"box").append(box.focus() ? " focus" : "").append("\">");
        sb.append("<title>").append(Svg.escape(box.title())).append("</title>");
        sb.append("<rect class=\"body\" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(Svg.num(p.width()))
            .append("\" height=\"").append(Svg.num(p.height())).append("\" rx=\"3\"/>");
        sb.append("<rect class=\"head\" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(Svg.num(p.width()))
            .append("\" height=\"").append(Svg.num(BoxMetrics.HEAD)).append("\" rx=\"3\"/>");
        sb.append("<text class=\"title\" x=\"").append(Svg.num(p.x() + BoxMetrics.PAD)).append("\" y=\"").append(Svg.num(p.y() + 16))
            .append("\">").append(Svg.escape(Svg.clip(box.title(), BoxMetrics.MAX_TITLE_CELLS))).append("</text>");
        double nameX = p.x() + BoxMetrics.PAD + BoxMetrics.KEY_CELLS * BoxMetrics.CELL;
        double typeX = nameX + (BoxMetrics.nameCells(box) + 2) * BoxMetrics.CELL;
        double rowY = p.y() + BoxMetrics.HEAD + 13;
        for (ErGraph.Row r : box.rows()) {
            String key = r.primaryKey() && r.foreignKey() ? "PK FK" : r.primaryKey() ? "PK" : r.foreignKey() ? "FK" : "";
            if (!key.isEmpty()) {
                sb.append("<text class=\"key\" x=\"").append(Svg.num(p.x() + BoxMetrics.PAD)).append("\" y=\"").append(Svg.num(rowY))
                    .append("\">").append(key).append("</text>");
            }
            sb.append("<text class=\"name\" x=\"").append(Svg.num(nameX)).append("\" y=\"").append(Svg.num(rowY)).append("\">")
                .append(Svg.escape(Svg.clip(r.name(), BoxMetrics.MAX_NAME_CELLS))).append("</text>");
            if (r.type() != null && !r.type().isEmpty()) {
                sb.append("<text class=\"type\" x=\"").append(Svg.num(typeX)).append("\" y=\"").append(Svg.num(rowY)).append("\">")
                    .append(Svg.escape(Svg.clip(r.type(), BoxMetrics.MAX_TYPE_CELLS))).append("</text>");
            }
            rowY += BoxMetrics.ROW;
        }
        if (box.more() > 0) {
            sb.append("<text class=\"more\" x=\"").append(Svg.num(nameX)).append("\" y=\"").append(Svg.num(rowY)).append("\">… ")
                .append(box.more()).append(" more</text>");
        }
        sb.append("</g>");
        if (box.href() != null) {
            sb.append("</a>");
        }
        sb.append('\n');
    }
}
