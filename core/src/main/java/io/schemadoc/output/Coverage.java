package io.schemadoc.output;

import io.schemadoc.model.Column;
import io.schemadoc.model.CompositeType;
import io.schemadoc.model.Domain;
import io.schemadoc.model.EnumType;
import io.schemadoc.model.Routine;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Sequence;
import io.schemadoc.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Comment coverage: how many tables, views, columns, routines and other objects (enums, domains, composite
 * types, free-standing sequences) carry a comment, in total, per schema and per table.
 */
public record Coverage(Counts total, Map<String, Counts> schemas, List<TableCoverage> tables) {

    /** One share: {@code commented} of {@code total}. */
    public record Share(int commented, int total) {
        Share add(boolean has) {
            return new Share(commented + (has ? 1 : 0), total + 1);
        }

        /** Percentage with one decimal, or null when there is nothing to count. */
        public Double percent() {
            return total == 0 ? null : Math.round(commented * 1000.0 / total) / 10.0;
        }
    }

    public record Counts(Share tables, Share views, Share columns, Share routines, Share other) {
        static final Counts ZERO = new Counts(new Share(0, 0), new Share(0, 0), new Share(0, 0), new Share(0, 0), new Share(0, 0));
    }

    public record TableCoverage(String schema, String name, String kind, boolean commented, Share columns) {}

    private static boolean has(String comment) {
        return comment != null && !comment.isBlank();
    }

    public static Coverage of(Schema schema) {
        Map<String, Counts> bySchema = new TreeMap<>(io.schemadoc.model.Names.BYTE_ORDER);
        schema.schemas().forEach(n -> bySchema.put(n.name(), Counts.ZERO));
        List<TableCoverage> tables = new ArrayList<>();
        for (Table t : schema.tables()) {
            Share cols = new Share(0, 0);
            for (Column c : t.columns()) {
                cols = cols.add(has(c.comment()));
            }
            tables.add(new TableCoverage(t.schema(), t.name(), t.kind().label(), has(t.comment()), cols));
            Counts c = bySchema.getOrDefault(t.schema(), Counts.ZERO);
            boolean view = t.kind().isView();
            c = new Counts(view ? c.tables() : c.tables().add(has(t.comment())), view ? c.views().add(has(t.comment())) : c.views(),
                new Share(c.columns().commented() + cols.commented(), c.columns().total() + cols.total()), c.routines(), c.other());
            bySchema.put(t.schema(), c);
        }
        for (Routine r : schema.routines()) {
            Counts c = bySchema.getOrDefault(r.schema(), Counts.ZERO);
            bySchema.put(r.schema(), new Counts(c.tables(), c.views(), c.columns(), c.routines().add(has(r.comment())), c.other()));
        }
        for (EnumType e : schema.enums()) {
            other(bySchema, e.schema(), e.comment());
        }
        for (Domain d : schema.domains()) {
            other(bySchema, d.schema(), d.comment());
        }
        for (CompositeType ct : schema.compositeTypes()) {
            other(bySchema, ct.schema(), ct.comment());
        }
        for (Sequence s : schema.sequences()) {
            if (s.ownedBy() == null) {
                other(bySchema, s.schema(), s.comment());
            }
        }
        Counts total = Counts.ZERO;
        for (Counts c : bySchema.values()) {
            total = new Counts(sum(total.tables(), c.tables()), sum(total.views(), c.views()), sum(total.columns(), c.columns()),
                sum(total.routines(), c.routines()), sum(total.other(), c.other()));
        }
        return new Coverage(total, bySchema, tables);
    }

    private static void other(Map<String, Counts> bySchema, String schema, String comment) {
        Counts c = bySchema.getOrDefault(schema, Counts.ZERO);
        bySchema.put(schema, new Counts(c.tables(), c.views(), c.columns(), c.routines(), c.other().add(has(comment))));
    }

    private static Share sum(Share a, Share b) {
        return new Share(a.commented() + b.commented(), a.total() + b.total());
    }

    /** A plain-text report: totals, then per schema, then per table, aligned in columns. */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append("Comment coverage\n\n");
        b.append(String.format("%-12s %10s %8s %7s%n", "", "commented", "total", "share"));
        line(b, "tables", total.tables());
        line(b, "views", total.views());
        line(b, "columns", total.columns());
        line(b, "routines", total.routines());
        line(b, "other", total.other());
        b.append("\nPer schema (commented/total)\n\n");
        b.append(String.format("%-24s %-12s %-12s %-12s %-12s %-12s%n", "schema", "tables", "views", "columns", "routines", "other"));
        for (Map.Entry<String, Counts> e : schemas.entrySet()) {
            Counts c = e.getValue();
            b.append(String.format("%-24s %-12s %-12s %-12s %-12s %-12s%n", e.getKey(), frac(c.tables()), frac(c.views()), frac(c.columns()),
                frac(c.routines()), frac(c.other())));
        }
        b.append("\nPer table\n\n");
        b.append(String.format("%-48s %-8s %-12s %s%n", "table", "comment", "columns", "share"));
        for (TableCoverage t : tables) {
            b.append(String.format("%-48s %-8s %-12s %s%n", t.schema() + "." + t.name(), t.commented() ? "yes" : "no", frac(t.columns()),
                pct(t.columns())));
        }
        return b.toString().replace("\r\n", "\n").replaceAll("(?m)[ \t]+$", "");
    }

    private static void line(StringBuilder b, String label, Share s) {
        b.append(String.format("%-12s %10d %8d %7s%n", label, s.commented(), s.total(), pct(s)));
    }

    private static String frac(Share s) {
        return s.commented() + "/" + s.total();
    }

    private static String pct(Share s) {
        Double p = s.percent();
        return p == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f%%", p);
    }
}
