package io.schemadoc.output;

import io.schemadoc.output.html.HtmlRenderer;
import io.schemadoc.output.json.JsonRenderer;
import io.schemadoc.output.markdown.MarkdownRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The formats {@code doc --format} knows, by name.
 */
public final class Renderers {
    private Renderers() {}

    private static final Map<String, Supplier<Renderer>> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("md", MarkdownRenderer::new);
        KNOWN.put("json", JsonRenderer::new);
        KNOWN.put("html", HtmlRenderer::new);
    }

    public static List<String> names() {
        return List.copyOf(KNOWN.keySet());
    }

    /** Renderers for a comma list such as {@code md,json}, in the order given, duplicates ignored. */
    public static List<Renderer> forFormats(List<String> formats) {
        List<Renderer> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String f : formats) {
            for (String part : f.split(",")) {
                String name = part.strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty() || seen.contains(name)) {
                    continue;
                }
                Supplier<Renderer> r = KNOWN.get(name);
                if (r == null) {
                    throw new OutputException("unknown format '" + part.strip() + "' (known: " + String.join(", ", KNOWN.keySet()) + ")");
                }
                seen.add(name);
                out.add(r.get());
            }
        }
        if (out.isEmpty()) {
            throw new OutputException("no format given (use --format " + String.join(",", KNOWN.keySet()) + ")");
        }
        return out;
    }

    /** Renders every format into one tree. */
    public static OutputTree render(DocInput input, List<Renderer> renderers) {
        OutputTree tree = new OutputTree();
        for (Renderer r : renderers) {
            r.render(input, tree);
        }
        return tree;
    }
}
