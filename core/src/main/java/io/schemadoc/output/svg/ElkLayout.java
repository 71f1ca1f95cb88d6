package io.schemadoc.output.svg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out an {@link ErGraph} with ELK's layered algorithm and orthogonal edge routing, which keeps relation
 * lines off the boxes. Runs in plain Java: ELK finds its layered algorithm through {@code ServiceLoader}.
 * ELK's layered algorithm uses a fixed random seed, so one graph always gets the same layout.
 */
final class ElkLayout {
    private ElkLayout() {}

    record Point(double x, double y) {}

    record Placed(ErGraph.Box box, double x, double y, double width, double height) {}

    record Line(ErGraph.Relation relation, List<Point> points) {}

    record Result(ErGraph graph, double width, double height, List<Placed> boxes, List<Line> lines) {}

    private static final int SMALL = 20;
    private static final double PADDING = 16;

    static Result layout(ErGraph graph) {
        return layout(graph, Direction.RIGHT);
    }

    /** {@code direction}: RIGHT for ER diagrams, DOWN for flow diagrams (firing order reads top to bottom). */
    static Result layout(ErGraph graph, Direction direction) {
        if (graph.boxes().size() == 1 && graph.relations().stream().noneMatch(r -> r.from().equals(r.to()))) {
            // One box and no line (a table on its own, a partition): nothing to lay out, so skip ELK.
            ErGraph.Box box = graph.boxes().get(0);
            double w = BoxMetrics.width(box);
            double h = BoxMetrics.height(box);
            return new Result(graph, w + 2 * PADDING, h + 2 * PADDING, List.of(new Placed(box, PADDING, PADDING, w, h)), List.of());
        }
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.DIRECTION, direction);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
        root.setProperty(CoreOptions.SPACING_EDGE_NODE, 14.0);
        root.setProperty(CoreOptions.SPACING_EDGE_EDGE, 8.0);
        root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 36.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
        if (graph.boxes().size() <= SMALL) {
            // A neighbourhood has few boxes: extra crossing-minimisation sweeps buy nothing there, and a site has
            // one such layout per table, so they are most of its time.
            root.setProperty(LayeredOptions.THOROUGHNESS, 2);
            // Brandes-Koepf computes four placements and balances them unless told which one to use.
            root.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, org.eclipse.elk.alg.layered.options.FixedAlignment.LEFTUP);
        }
        // Boxes have fixed sizes and no labels or ports: ELK's node micro layout has nothing to do.
        root.setProperty(CoreOptions.OMIT_NODE_MICRO_LAYOUT, true);

        Map<String, ElkNode> nodes = new HashMap<>();
        List<ElkNode> order = new ArrayList<>();
        for (ErGraph.Box box : graph.boxes()) {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setIdentifier(box.id());
            n.setDimensions(BoxMetrics.width(box), BoxMetrics.height(box));
            nodes.put(box.id(), n);
            order.add(n);
        }
        List<ElkEdge> edges = new ArrayList<>();
        List<ErGraph.Relation> kept = new ArrayList<>();
        for (ErGraph.Relation r : graph.relations()) {
            ElkNode from = nodes.get(r.from());
            ElkNode to = nodes.get(r.to());
            if (from == null || to == null) {
                continue;
            }
            edges.add(ElkGraphUtil.createSimpleEdge(from, to));
            kept.add(r);
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            ElkNode n = order.get(i);
            placed.add(new Placed(graph.boxes().get(i), n.getX(), n.getY(), n.getWidth(), n.getHeight()));
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            ElkEdge e = edges.get(i);
            // Edge coordinates are relative to the edge's container; for a flat graph that is the root too,
            // but offset them by the container's position in case ELK chose a different one.
            ElkNode container = e.getContainingNode();
            double dx = container == root || container == null ? 0 : container.getX();
            double dy = container == root || container == null ? 0 : container.getY();
            for (ElkEdgeSection s : e.getSections()) {
                List<Point> points = new ArrayList<>();
                points.add(new Point(s.getStartX() + dx, s.getStartY() + dy));
                for (ElkBendPoint b : s.getBendPoints()) {
                    points.add(new Point(b.getX() + dx, b.getY() + dy));
                }
                points.add(new Point(s.getEndX() + dx, s.getEndY() + dy));
                lines.add(new Line(kept.get(i), points));
            }
        }
        return new Result(graph, root.getWidth(), root.getHeight(), placed, lines);
    }
}
