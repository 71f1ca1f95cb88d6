package io.schemadoc.output.markdown;

import io.schemadoc.model.Routine;
import io.schemadoc.model.Table;
import io.schemadoc.model.Trigger;
import java.util.List;
import java.util.Locale;

/**
 * The sections of a routine page. To add one (dependencies, "called by", findings), write a
 * {@link RoutineSection} and insert it into {@link #standard()}.
 */
public final class RoutineSections {
    private RoutineSections() {}

    public static List<RoutineSection> standard() {
        return List.of(RoutineSections::description, RoutineSections::properties, RoutineSections::triggers, DependencySections::dependencies,
            RoutineSections::definition);
    }

    static void description(RoutinePage page, StringBuilder out) {
        out.append("## Description\n\n");
        String c = page.routine().comment();
        if (c != null && !c.isBlank()) {
            out.append(Md.paragraph(c)).append("\n\n");
        }
    }

    /** Signature, language, volatility, security and settings: what tbls leaves out. */
    static void properties(RoutinePage page, StringBuilder out) {
        Routine r = page.routine();
        MdTable t = new MdTable("Property", "Value");
        t.row("Kind", kind(r));
        t.row("Arguments", Md.cell(r.argumentsText()));
        if (r.returns() != null) {
            t.row("Returns", Md.cell(r.returns()));
        }
        t.row("Language", Md.cell(r.language()));
        if (r.volatility() != null) {
            t.row("Volatility", r.volatility().name());
        }
        t.row("Strict", r.strict() ? "yes (returns NULL on NULL input)" : "no");
        t.row("Security", r.securityDefiner() ? "**SECURITY DEFINER** (runs with the owner's rights)" : "SECURITY INVOKER");
        if (r.leakproof()) {
            t.row("Leakproof", "yes");
        }
        if (!r.settings().isEmpty()) {
            t.row("Settings", Md.cell(String.join("\n", r.settings())));
        }
        if (r.owner() != null) {
            t.row("Owner", Md.cell(r.owner()));
        }
        if (r.extension() != null) {
            t.row("Extension", Md.cell(r.extension()));
        }
        if (r.source() != null) {
            t.row("Source", Md.cell(r.source().toString()));
        }
        out.append("## Properties\n\n");
        t.appendTo(out);
        out.append('\n');
    }

    private static String kind(Routine r) {
        return r.kind() == null ? "" : r.kind().name().toLowerCase(Locale.ROOT);
    }

    /** {@code ## Triggers}: the triggers that run this function (from the pages' shared trigger index). */
    static void triggers(RoutinePage page, StringBuilder out) {
        List<TriggerUse> uses = TriggerUse.of(page.input()).get(page.routine().signature());
        if (uses == null || uses.isEmpty()) {
            return;
        }
        MdTable t = new MdTable("Table", "Trigger", "Timing", "Events", "Level");
        for (TriggerUse u : uses) {
            Trigger tr = u.trigger();
            t.row(page.links().table(u.table().qualifiedName()), Md.cell(tr.name()), tr.timing() == null ? "" : tr.timing().sql(),
                String.join(" OR ", tr.events().stream().map(Enum::name).toList()), tr.level() == null ? "" : tr.level().name());
        }
        out.append("## Triggers\n\n");
        t.appendTo(out);
        out.append('\n');
    }

    /** {@code ## Definition}: the body in a fence longer than any backtick run inside it. */
    static void definition(RoutinePage page, StringBuilder out) {
        Routine r = page.routine();
        if (r.body() == null || r.body().isBlank()) {
            return;
        }
        out.append("## Definition\n\n");
        String lang = r.language() != null && (r.language().equals("sql") || r.language().equals("plpgsql")) ? "sql" : "";
        out.append(Md.codeBlock(lang, stripBlankEdges(r.body())));
        out.append('\n');
    }

    /** Bodies usually start and end with a newline inside the dollar quotes; keep the inner lines only. */
    private static String stripBlankEdges(String body) {
        String s = body.replace("\r\n", "\n");
        while (s.startsWith("\n")) {
            s = s.substring(1);
        }
        return s.stripTrailing();
    }

    /** A trigger and its table, indexed once per input by the function it executes. */
    record TriggerUse(Table table, Trigger trigger) {
        private static final java.util.Map<io.schemadoc.output.DocInput, java.util.Map<String, List<TriggerUse>>> CACHE =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

        static java.util.Map<String, List<TriggerUse>> of(io.schemadoc.output.DocInput input) {
            return CACHE.computeIfAbsent(input, in -> {
                java.util.Map<String, List<TriggerUse>> map = new java.util.HashMap<>();
                for (Table t : in.schema().tables()) {
                    for (Trigger tr : t.triggers()) {
                        if (tr.function() != null && !tr.inherited()) {
                            map.computeIfAbsent(tr.function().signature(), k -> new java.util.ArrayList<>()).add(new TriggerUse(t, tr));
                        }
                    }
                }
                return map;
            });
        }
    }
}
