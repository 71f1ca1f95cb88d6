package io.schemadoc.output.html;

import io.schemadoc.Parallel;
import io.schemadoc.config.Config;
import io.schemadoc.model.Namespace;
import io.schemadoc.model.Routine;
import io.schemadoc.model.Table;
import io.schemadoc.output.DocInput;
import io.schemadoc.output.OutputTree;
import io.schemadoc.output.Renderer;
import io.schemadoc.output.svg.ErDiagrams;
import io.schemadoc.output.svg.FlowDiagrams;
import io.schemadoc.output.svg.SvgRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The {@code html} format: a static site that works from {@code file://} and any static host. Layout:
 * {@code index.html}; {@code <page>.html} per table, view and routine ({@link io.schemadoc.output.PageNames});
 * {@code schemas/} and {@code viewpoints/} pages; {@code er/} SVG diagrams (also usable from Markdown);
 * {@code search-index.js}; {@code assets/} (CSS and JS, bundled). Every link is relative; nothing is fetched
 * from the network.
 */
public final class HtmlRenderer implements Renderer {
    static final List<String> ASSETS = List.of("schemadoc.css", "schemadoc.js", "live.js");

    private final SvgRenderer svg;
    private final String liveVersion;
    private final List<TableSection> sections;

    /** The static site. */
    public HtmlRenderer() {
        this(TableSections.standard());
    }

    /** The static site with these table-page sections (see {@link TableSection}). */
    public HtmlRenderer(List<TableSection> sections) {
        this(sections, new SvgRenderer(), null);
    }

    /**
     * A site whose pages poll {@code /__schemadoc/version} and reload when it differs from {@code liveVersion}
     * (serve mode; null for a static site). {@code svg} may keep diagrams between renders.
     */
    public HtmlRenderer(SvgRenderer svg, String liveVersion) {
        this(TableSections.standard(), svg, liveVersion);
    }

    public HtmlRenderer(List<TableSection> sections, SvgRenderer svg, String liveVersion) {
        this.sections = List.copyOf(sections);
        this.svg = svg;
        this.liveVersion = liveVersion;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void render(DocInput input, OutputTree out) {
        // The search index reads only the schema and the page names: built beside the diagrams and pages.
        DocInput searched = input;
        Parallel.Pending<String> search = Parallel.background(() -> SearchIndex.build(searched));
        // Each diagram is written as soon as it is drawn, and only its size is kept for the pages that show it: at
        // 10,000 tables the text of every diagram held until the pages were done was most of the heap.
        Map<String, String> sizes = new HashMap<>();
        BiConsumer<String, String> written = (file, text) -> {
            out.writeShared(file, text);
            sizes.put(file, SiteContext.sizeOf(text));
        };
        ErDiagrams diagrams = new ErDiagrams(input, ".html");
        svg.drawAll(diagrams.diagrams(), written);
        // The traces are computed once here and read back by the pages from the input.
        FlowDiagrams flows = FlowDiagrams.of(input, ".html");
        input = input.with(flows);
        flows.draw(svg, written);
        SiteContext site = new SiteContext(input, diagrams, sizes, liveVersion);
        out.write("index.html", OverviewPages.index(site));
        // Pages are independent of each other: build them in parallel, write them in a fixed order.
        List<Table> tables = input.schema().tables();
        List<String> pages = Parallel.map(tables, t -> tablePage(site, t));
        for (int i = 0; i < pages.size(); i++) {
            out.write(input.pages().table(tables.get(i).qualifiedName()) + ".html", pages.get(i));
        }
        List<Routine> routines = input.schema().routines();
        List<String> routinePages = Parallel.map(routines, r -> RoutinePage.render(site, r));
        for (int i = 0; i < routinePages.size(); i++) {
            out.write(input.pages().routine(routines.get(i).ref()) + ".html", routinePages.get(i));
        }
        for (Namespace ns : input.schema().schemas()) {
            out.write("schemas/" + Html.id(ns.name()) + ".html", OverviewPages.schema(site, ns));
        }
        for (Config.Viewpoint vp : input.config().viewpoints()) {
            out.write("viewpoints/" + Html.id(vp.name()) + ".html", OverviewPages.viewpoint(site, vp));
        }
        out.write("search-index.js", search.get());
        for (String asset : ASSETS) {
            if (liveVersion != null || !asset.equals("live.js")) {
                out.write("assets/" + asset, resource(asset));
            }
        }
    }

    private String tablePage(SiteContext site, Table t) {
        StringBuilder body = new StringBuilder(8192);
        body.append("<h1><code>").append(Html.text(t.qualifiedName().toString())).append("</code> <span class=\"kind\">")
            .append(Html.text(OverviewPages.kindLabel(t))).append("</span></h1>\n");
        TablePage page = new TablePage(site, t);
        StringBuilder sectionsHtml = new StringBuilder(8192);
        for (TableSection s : sections) {
            s.write(page, sectionsHtml);
        }
        body.append("<nav class=\"toc\" aria-label=\"On this page\"><ul>").append(page.toc()).append("</ul></nav>\n");
        body.append(sectionsHtml);
        return Page.frame(site, "", t.qualifiedName().toString(), body.toString());
    }

    private static byte[] resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("/io/schemadoc/html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/schemadoc/html/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
