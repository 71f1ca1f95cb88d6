package io.schemadoc.output;

import io.schemadoc.analysis.body.Operation;
import io.schemadoc.analysis.deps.DependencyGraph;
import io.schemadoc.analysis.trace.TraceStep;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.RoutineRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The wording the Markdown and HTML pages share for the analysis sections: a sentence is a list of {@link Part}s
 * (fixed words, schema text, code, links) that each format renders with its own escaping and link syntax, so the
 * two formats say the same thing without either parsing the other's output.
 */
public final class Wording {
    private Wording() {}

    /** A piece of a sentence. */
    public sealed interface Part {}

    /** Fixed wording (keywords, punctuation) written by schemadoc, never from the schema. */
    public record Words(String text) implements Part {}

    /** Text from the schema (names, notes, comments): escaped by the renderer. */
    public record Text(String text) implements Part {}

    /** Text from the schema shown as code. */
    public record Code(String text) implements Part {}

    /** A table or view, linked where it has a page. */
    public record TableLink(QualifiedName table) implements Part {}

    /** A routine, linked where it has a page, labelled {@code schema.name(types)}. */
    public record RoutineLink(RoutineRef routine) implements Part {}

    /** How one format writes each kind of part. */
    public interface Format {
        String words(String text);

        String text(String text);

        String code(String text);

        String table(QualifiedName table);

        String routine(RoutineRef routine);
    }

    /** The parts written one after the other in {@code format}. */
    public static String render(List<Part> parts, Format format) {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Words w) {
                b.append(format.words(w.text()));
            } else if (p instanceof Text t) {
                b.append(format.text(t.text()));
            } else if (p instanceof Code c) {
                b.append(format.code(c.text()));
            } else if (p instanceof TableLink t) {
                b.append(format.table(t.table()));
            } else if (p instanceof RoutineLink r) {
                b.append(format.routine(r.routine()));
            }
        }
        return b.toString();
    }

    /**
     * The graph attached to the input (the doc command attaches it); computed here when a caller did not, and kept
     * for the last schema seen so that pages rendered one after the other share it.
     */
    public static DependencyGraph graph(DocInput input) {
        DependencyGraph g = input.analysis(DependencyGraph.class);
        if (g != null) {
            return g;
        }
        synchronized (Wording.class) {
            if (lastGraph == null || lastGraph.schema() != input.schema()) {
                lastGraph = DependencyGraph.of(input.schema());
            }
            return lastGraph;
        }
    }

    private static DependencyGraph lastGraph;

    /** One step of a trace as a sentence (seed 002's scenario style). */
    public static List<Part> sentence(TraceStep s) {
        List<Part> p = new ArrayList<>();
        Part table = s.table() == null ? new Words("") : new TableLink(qualified(s.table()));
        Part fn = s.function() == null ? new Words("") : new Code(s.function() + "()");
        List<Part> cols = s.columns().isEmpty() ? List.of() : List.of(new Words(" ("), new Text(String.join(", ", s.columns())), new Words(")"));
        List<Part> note = s.note() == null ? List.of() : List.of(new Words(" — "), new Text(s.note()));
        String op = s.operation() == null ? "" : s.operation();
        switch (s.kind()) {
            case "operation" -> {
                add(p, new Words(op + " " + prep(op) + " "), table);
                p.addAll(cols);
            }
            case "trigger" -> {
                add(p, new Words(s.timing() + " " + op + " trigger "), new Code(s.trigger()), new Words(" (" + lower(s.level()) + ") fires on "), table,
                    new Words(" and executes "), fn);
                p.addAll(note);
            }
            case "skipped" -> {
                add(p, new Words(s.timing() + " " + op + " trigger "), new Code(s.trigger()), new Words(" on "), table, new Words(" does not fire"));
                p.addAll(note);
            }
            case "fk" -> {
                add(p, new Words("Foreign-key action: " + op + " " + prep(op) + " "), table);
                p.addAll(cols);
                p.addAll(note);
            }
            case "default", "generated", "check" -> {
                add(p, new Words("On "), table);
                p.addAll(cols);
                add(p, new Words(", "), fn, new Words(" runs"));
                p.addAll(note);
            }
            case "call" -> {
                add(p, fn, new Words(" runs"));
                p.addAll(note);
            }
            case "write" -> {
                add(p, s.function() == null ? new Words("The view") : fn, new Words(" " + verb(op) + " "), table);
                p.addAll(cols);
                p.addAll(note);
            }
            case "unknown", "cycle" -> {
                add(p, new Words(s.kind().equals("unknown") ? "Unknown: " : "Cycle at "), s.function() == null ? table : fn);
                p.addAll(note);
            }
            default -> p.add(new Text(s.note() == null ? s.kind() : s.note()));
        }
        p.add(new Words("."));
        return p;
    }

    private static void add(List<Part> p, Part... parts) {
        p.addAll(List.of(parts));
    }

    public static QualifiedName qualified(String dotted) {
        int dot = dotted.indexOf('.');
        return dot < 0 ? new QualifiedName("", dotted) : new QualifiedName(dotted.substring(0, dot), dotted.substring(dot + 1));
    }

    static String prep(String op) {
        return switch (op) {
            case "INSERT" -> "into";
            case "DELETE" -> "from";
            default -> "of";
        };
    }

    static String verb(String op) {
        return switch (op) {
            case "INSERT" -> "inserts into";
            case "UPDATE" -> "updates";
            case "DELETE" -> "deletes from";
            case "TRUNCATE" -> "truncates";
            default -> op.toLowerCase(Locale.ROOT) + "s";
        };
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /** {@code INSERT, UPDATE}. */
    public static String ops(List<Operation> ops) {
        return ops.stream().map(Operation::name).collect(Collectors.joining(", "));
    }

    /** One line, cut at {@code max} characters. */
    public static String abbreviate(String s, int max) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max) + "…";
    }
}
