package io.schemadoc.output.html;

import io.schemadoc.output.DocInput;
import io.schemadoc.output.svg.ErDiagrams;
import io.schemadoc.model.Table;
import io.schemadoc.model.Trigger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every page of one site render shares: the input, the planned diagrams and their rendered sizes, and
 * whether the site is served live ({@code liveVersion} non-null: pages poll for changes).
 */
record SiteContext(DocInput input, ErDiagrams diagrams, Map<String, String> sizes, String liveVersion,
                   Map<String, List<TriggerUse>> triggersByFunction) {

    /** A trigger and its table, found by the signature of the function it calls. */
    record TriggerUse(Table table, Trigger trigger) {}

    /** {@code sizes}: file → {@link #sizeOf} of the diagram written there. */
    SiteContext(DocInput input, ErDiagrams diagrams, Map<String, String> sizes, String liveVersion) {
        this(input, diagrams, sizes, liveVersion, triggersByFunction(input));
    }

    private static Map<String, List<TriggerUse>> triggersByFunction(DocInput input) {
        Map<String, List<TriggerUse>> out = new HashMap<>();
        for (Table t : input.schema().tables()) {
            for (Trigger tr : t.triggers()) {
                if (tr.function() != null && !tr.inherited()) {
                    out.computeIfAbsent(tr.function().signature(), k -> new ArrayList<>()).add(new TriggerUse(t, tr));
                }
            }
        }
        return out;
    }

    private static final Pattern SIZE = Pattern.compile("<svg [^>]*?width=\"([0-9.]+)\" height=\"([0-9.]+)\"");

    String title() {
        String name = input.config().name();
        if (name != null && !name.isBlank()) {
            return name;
        }
        return input.schema().database() == null ? "schema" : input.schema().database();
    }

    /** {@code width="…" height="…"} of a rendered diagram, so the page reserves its space before it loads. */
    String sizeAttributes(String file) {
        return sizes.getOrDefault(file, "");
    }

    /** The {@code width="…" height="…"} attributes of an SVG text (empty when it has none), as pages repeat them. */
    static String sizeOf(String svg) {
        Matcher m = SIZE.matcher(svg);
        return m.find() ? " width=\"" + m.group(1) + "\" height=\"" + m.group(2) + "\"" : "";
    }
}
