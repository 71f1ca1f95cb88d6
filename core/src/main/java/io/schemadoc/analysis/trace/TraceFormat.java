package io.schemadoc.analysis.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link TraceResult} as numbered text (like seed 002's scenarios), a Markdown list (for the docs), a Mermaid
 * flowchart, or JSON. Deterministic: the same result gives the same bytes.
 */
public final class TraceFormat {
    private TraceFormat() {}

    public static String text(TraceResult r) {
        StringBuilder b = new StringBuilder();
        b.append(r.operation()).append(" on ").append(r.table());
        if (!r.columns().isEmpty()) {
            b.append(" (").append(String.join(", ", r.columns())).append(')');
        }
        b.append("\n\n");
        int width = String.valueOf(r.steps().size()).length();
        int n = 1;
        for (TraceStep s : r.steps()) {
            String number = String.valueOf(n++);
            b.append(" ".repeat(width - number.length())).append(number).append(". ")
                .append("  ".repeat(s.depth())).append(sentence(s, false)).append('\n');
        }
        return b.toString();
    }

    /** A flat numbered Markdown list, names in code spans; the depth shows as "↳" marks so the list stays flat. */
    public static String markdown(TraceResult r) {
        StringBuilder b = new StringBuilder();
        int n = 1;
        for (TraceStep s : r.steps()) {
            b.append(n++).append(". ").append(s.depth() > 0 ? "↳".repeat(Math.min(s.depth(), 8)) + " " : "")
                .append(sentence(s, true)).append('\n');
        }
        return b.toString();
    }

    /** One step as a sentence; {@code markdown} puts names in code spans and escapes the rest. */
    public static String sentence(TraceStep s, boolean markdown) {
        String table = name(s.table(), markdown);
        String fn = s.function() == null ? null : name(s.function() + "()", markdown);
        String cols = s.columns().isEmpty() ? "" : " (" + plain(String.join(", ", s.columns()), markdown) + ")";
        String note = s.note() == null ? "" : " — " + plain(s.note(), markdown);
        String op = s.operation() == null ? "" : s.operation();
        return switch (s.kind()) {
            case "operation" -> op + " " + preposition(op) + " " + table + cols + ".";
            case "trigger" -> s.timing() + " " + op + " trigger " + name(s.trigger(), markdown) + " (" + lower(s.level())
                + ") fires on " + table + " and executes " + fn + note + ".";
            case "skipped" -> s.timing() + " " + op + " trigger " + name(s.trigger(), markdown) + " on " + table
                + " does not fire" + note + ".";
            case "fk" -> "Foreign-key action: " + op + " " + preposition(op) + " " + table + cols + note + ".";
            case "default", "generated", "check" -> "On " + table + cols + ", " + fn + " runs" + note + ".";
            case "call" -> fn + " runs" + note + ".";
            case "write" -> (fn == null ? "The view" : fn) + " " + verb(op) + " " + table + cols + note + ".";
            case "unknown" -> "Unknown: " + (fn != null ? fn : table) + note + ".";
            case "cycle" -> "Cycle at " + (fn != null ? fn : table) + note + ".";
            default -> plain(s.note() == null ? s.kind() : s.note(), markdown) + ".";
        };
    }

    private static String preposition(String op) {
        return switch (op) {
            case "INSERT" -> "into";
            case "DELETE" -> "from";
            default -> "of";
        };
    }

    private static String verb(String op) {
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

    private static String name(String s, boolean markdown) {
        if (s == null) {
            return "?";
        }
        if (!markdown) {
            return s;
        }
        String fence = s.contains("`") ? "`` " : "`";
        String close = s.contains("`") ? " ``" : "`";
        return fence + s.replace("\n", " ") + close;
    }

    /** Markdown-escapes free text (notes, conditions from the schema). */
    private static String plain(String s, boolean markdown) {
        if (!markdown) {
            return s.replace('\n', ' ');
        }
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '!' -> b.append('\\').append(c);
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A top-down flowchart: one node per step, an edge from each step to the steps nested under it. */
    public static String mermaid(TraceResult r) {
        StringBuilder b = new StringBuilder("flowchart TD\n");
        for (int i = 0; i < r.steps().size(); i++) {
            TraceStep s = r.steps().get(i);
            String id = "s" + (i + 1);
            String label = mermaidEscape((i + 1) + ". " + sentence(s, false));
            String shape = switch (s.kind()) {
                case "trigger", "fk" -> "{{\"" + label + "\"}}";
                case "call", "default", "generated", "check" -> "([\"" + label + "\"])";
                case "unknown", "cycle", "limit", "skipped" -> ">\"" + label + "\"]";
                default -> "[\"" + label + "\"]";
            };
            b.append("  ").append(id).append(shape).append('\n');
            int parent = r.parents().get(i);
            if (parent >= 0) {
                b.append("  s").append(parent + 1).append(" --> ").append(id).append('\n');
            }
        }
        return b.toString();
    }

    /** Inside a quoted Mermaid label: quotes, angle brackets, ampersands and # become entity codes; no line breaks. */
    static String mermaidEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("#quot;");
                case '<' -> b.append("#lt;");
                case '>' -> b.append("#gt;");
                case '&' -> b.append("#amp;");
                case '#' -> b.append("#35;");
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * {@code {"table","operation","columns","steps":[{"depth","kind","table","operation","columns","trigger","timing","level","function","condition","note"}]}}.
     * Written with a streaming generator and Jackson's default pretty printer: the same text a tree of nodes printed
     * with INDENT_OUTPUT gave, without building the tree (trace --all writes some 200,000 steps on the routine-heavy
     * bench schema, and the tree was 40 % of its tracing time).
     */
    public static String json(TraceResult r) {
        StringWriter text = new StringWriter(256 + 320 * r.steps().size());
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeStringField("table", r.table());
            g.writeStringField("operation", r.operation());
            strings(g, "columns", r.columns());
            g.writeArrayFieldStart("steps");
            for (TraceStep s : r.steps()) {
                g.writeStartObject();
                g.writeNumberField("depth", s.depth());
                g.writeStringField("kind", s.kind());
                g.writeStringField("table", s.table());
                g.writeStringField("operation", s.operation());
                strings(g, "columns", s.columns());
                g.writeStringField("trigger", s.trigger());
                g.writeStringField("timing", s.timing());
                g.writeStringField("level", s.level());
                g.writeStringField("function", s.function());
                g.writeStringField("condition", s.condition());
                g.writeStringField("note", s.note());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write trace JSON", e);
        }
        return text + "\n";
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
