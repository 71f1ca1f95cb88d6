package io.schemadoc.output.svg;

import io.schemadoc.Parallel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Lays out and writes diagrams. Keeps the SVG of graphs it has drawn (an {@link ErGraph} is a record, so equal
 * content is an equal key): {@code serve} re-renders the site on every schema change and only the diagrams whose
 * tables changed cost a layout again. Thread-safe; {@link #drawAll} spreads the layouts over the cores.
 */
public final class SvgRenderer {
    private final int capacity;
    private final Map<ErGraph, String> cache;

    /** A renderer that remembers up to {@code capacity} diagrams (0: none). */
    public SvgRenderer(int capacity) {
        this.capacity = capacity;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<ErGraph, String> eldest) {
                return size() > SvgRenderer.this.capacity;
            }
        };
    }

    public SvgRenderer() {
        this(0);
    }

    public String render(ErGraph graph) {
        if (capacity > 0) {
            synchronized (cache) {
                String hit = cache.get(graph);
                if (hit != null) {
                    return hit;
                }
            }
        }
        String svg = SvgWriter.write(ElkLayout.layout(graph));
        if (capacity > 0) {
            synchronized (cache) {
                cache.put(graph, svg);
            }
        }
        return svg;
    }

    /** A flow diagram (a trace, see {@link FlowDiagrams}): laid out top-down, lines as arrows. Not cached. */
    public String renderFlow(ErGraph graph) {
        return SvgWriter.write(ElkLayout.layout(graph, org.eclipse.elk.core.options.Direction.DOWN), true);
    }

    /**
     * Lays out every diagram, in parallel a batch at a time, and hands each file and its SVG text to {@code written}
     * in the order given, on the calling thread: a site writes them as they come and never holds them all.
     */
    public void drawAll(List<ErDiagrams.Diagram> diagrams, BiConsumer<String, String> written) {
        Parallel.inBatches(diagrams, BATCH, d -> render(d.graph()), (d, text) -> written.accept(d.file(), text));
    }

    /** file → SVG text for every diagram, in the order given (see {@link #drawAll}). */
    public Map<String, String> renderAll(List<ErDiagrams.Diagram> diagrams) {
        Map<String, String> files = new LinkedHashMap<>();
        drawAll(diagrams, files::put);
        return files;
    }

    /** Diagrams laid out per batch: large enough that every core stays busy, small enough to hold little text. */
    static final int BATCH = 256;
}
