import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns bench/run.sh's raw.tsv into Markdown tables: one per size (median wall time, peak RSS, statements sent,
 * peak heap, ratios to pg_dump and SchemaCrawler) and one on growth (a least-squares line t = a + b·N per tool).
 *
 * <pre>java bench/Report.java bench/work/results/STAMP/raw.tsv</pre>
 */
public final class Report {

    /** Fixed order of the rows; the counterpart in SchemaCrawler that the "× SC" column divides by. */
    static final List<String> ORDER = List.of(
        "pg_dump", "inspect", "inspect-candidate", "doc-md", "doc-md-candidate", "doc-html", "doc-html-candidate",
        "lint", "lint-candidate", "trace", "trace-candidate", "sc-details", "sc-details-max", "sc-lint");

    static String counterpart(String tool) {
        if (tool.startsWith("sc-") || tool.equals("pg_dump")) {
            return null;
        }
        return tool.startsWith("lint") ? "sc-lint" : "sc-details";
    }

    static final Map<String, String> LABEL = Map.ofEntries(
        Map.entry("inspect-candidate", "inspect, candidate jar"),
        Map.entry("doc-md-candidate", "doc (Markdown), candidate jar"),
        Map.entry("doc-html-candidate", "doc --format html, candidate jar"),
        Map.entry("lint-candidate", "lint, candidate jar"),
        Map.entry("trace-candidate", "trace --all, candidate jar"),
        Map.entry("trace", "schemadoc trace --all (every table: insert, update, delete)"),
        Map.entry("pg_dump", "pg_dump --schema-only"),
        Map.entry("inspect", "schemadoc inspect (JSON)"),
        Map.entry("doc-md", "schemadoc doc (Markdown)"),
        Map.entry("doc-html", "schemadoc doc --format html"),
        Map.entry("lint", "schemadoc lint"),
        Map.entry("sc-details", "SchemaCrawler details, standard"),
        Map.entry("sc-details-max", "SchemaCrawler details, maximum + routines"),
        Map.entry("sc-lint", "SchemaCrawler lint"));

    /** What one tool measured at one size. */
    static final class Cell {
        final List<Double> walls = new ArrayList<>();
        final List<Double> cpus = new ArrayList<>();
        final List<Double> serverCpus = new ArrayList<>();
        long maxRssKb = -1;
        String queries = "-";
        String statements = "-";
        String heapMb = "-";
        String note = "";
        int failures;

        Double median() {
            return medianOf(walls);
        }

        /** Median of client + server CPU per run, when both were measured. */
        Double cpuMedian() {
            if (cpus.isEmpty() || cpus.size() != serverCpus.size()) {
                return null;
            }
            List<Double> sum = new ArrayList<>();
            for (int i = 0; i < cpus.size(); i++) {
                sum.add(cpus.get(i) + serverCpus.get(i));
            }
            return medianOf(sum);
        }

        static Double medianOf(List<Double> values) {
            if (values.isEmpty()) {
                return null;
            }
            List<Double> w = new ArrayList<>(values);
            w.sort(Comparator.naturalOrder());
            int m = w.size() / 2;
            return w.size() % 2 == 1 ? w.get(m) : (w.get(m - 1) + w.get(m)) / 2;
        }
    }

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java bench/Report.java raw.tsv");
            System.exit(2);
        }
        Map<Integer, Map<String, Cell>> bySize = new TreeMap<>();
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            int size = Integer.parseInt(f[0]);
            Cell c = bySize.computeIfAbsent(size, k -> new LinkedHashMap<>()).computeIfAbsent(f[1], k -> new Cell());
            String run = f[2];
            String note = f.length > 9 ? f[9] : "";
            if (run.equals("-")) {
                c.note = note;
            } else if (run.equals("0")) {
                c.queries = f[6];
                c.statements = f[7];
                c.heapMb = f[8];
            } else if (note.equals("failed")) {
                c.failures++;
            } else {
                c.walls.add(Double.parseDouble(f[3]));
                if (f.length > 10 && !f[10].equals("-")) {
                    c.cpus.add(Double.parseDouble(f[10]));
                }
                if (f.length > 11 && !f[11].equals("-")) {
                    c.serverCpus.add(Double.parseDouble(f[11]));
                }
                c.maxRssKb = Math.max(c.maxRssKb, Long.parseLong(f[4]));
            }
        }
        StringBuilder out = new StringBuilder();
        for (var e : bySize.entrySet()) {
            sizeTable(out, e.getKey(), e.getValue());
        }
        if (bySize.size() > 1) {
            growthTable(out, bySize, false);
            growthTable(out, bySize, true);
        }
        System.out.print(out);
    }

    static void sizeTable(StringBuilder out, int size, Map<String, Cell> cells) {
        out.append(String.format(Locale.ROOT, "## %,d tables%n%n", size));
        out.append("| tool | wall s, median [min–max] | CPU s, client + server | peak RSS MB | catalog queries (all statements) | peak heap MB | × pg_dump wall (CPU) | × SchemaCrawler wall (CPU) | note |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        Double dump = cells.containsKey("pg_dump") ? cells.get("pg_dump").median() : null;
        Double dumpCpu = cells.containsKey("pg_dump") ? cells.get("pg_dump").cpuMedian() : null;
        for (String tool : ORDER) {
            Cell c = cells.get(tool);
            if (c == null) {
                continue;
            }
            Double m = c.median();
            String wall = "n/a";
            if (m != null) {
                double min = c.walls.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                double max = c.walls.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                wall = String.format(Locale.ROOT, "%.2f [%.2f–%.2f]", m, min, max);
            }
            String cp = counterpart(tool);
            Double sc = cp != null && cells.containsKey(cp) ? cells.get(cp).median() : null;
            Double scCpu = cp != null && cells.containsKey(cp) ? cells.get(cp).cpuMedian() : null;
            Double cpu = c.cpuMedian();
            String note = c.note;
            if (c.failures > 0) {
                note = (note.isEmpty() ? "" : note + "; ") + c.failures + " run(s) failed";
            }
            if (!c.walls.isEmpty() && c.walls.size() < 3) {
                note = (note.isEmpty() ? "" : note + "; ") + "only " + c.walls.size() + " timed run(s)";
            }
            out.append("| ").append(LABEL.getOrDefault(tool, tool))
                .append(" | ").append(wall)
                .append(" | ").append(cpuText(c))
                .append(" | ").append(c.maxRssKb < 0 ? "-" : String.valueOf(c.maxRssKb / 1024))
                .append(" | ").append(c.queries.equals("-") ? "-" : c.queries + " (" + c.statements + ")")
                .append(" | ").append(c.heapMb)
                .append(" | ").append(tool.equals("pg_dump") ? "1" : ratio(m, dump, false) + " (" + ratio(cpu, dumpCpu, false) + ")")
                .append(" | ").append(cp == null ? "" : ratio(m, sc, false) + " (" + ratio(scCpu != null ? cpu : null, scCpu, false) + ") vs " + cp)
                .append(" | ").append(note.replace("|", "\\|"))
                .append(" |\n");
        }
        out.append('\n');
    }

    static String cpuText(Cell c) {
        Double client = Cell.medianOf(c.cpus);
        Double server = Cell.medianOf(c.serverCpus);
        if (client == null) {
            return "-";
        }
        return server == null ? String.format(Locale.ROOT, "%.2f", client)
            : String.format(Locale.ROOT, "%.2f + %.2f", client, server);
    }

    static String ratio(Double a, Double b, boolean self) {
        if (self) {
            return "1";
        }
        if (a == null || b == null || b == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.2f", a / b);
    }

    static void growthTable(StringBuilder out, Map<Integer, Map<String, Cell>> bySize, boolean cpu) {
        TreeSet<Integer> sizes = new TreeSet<>(bySize.keySet());
        if (cpu) {
            out.append("## Growth in CPU (client + server)\n\n");
            out.append("The same on the median CPU seconds of the tool and of its server backends, which other jobs on "
                + "the machine disturb much less than wall time.\n\n");
        } else {
            out.append("## Growth with the number of tables\n\n");
            out.append("Median wall seconds, and milliseconds per table in brackets. The line is a least-squares fit "
                + "t = a + b·N over the measured sizes: a is the fixed cost (JVM start, connection), b the cost per table; "
                + "R² near 1 means the cost grows linearly.\n\n");
        }
        out.append("| tool |");
        sizes.forEach(s -> out.append(String.format(Locale.ROOT, " %,d |", s)));
        out.append(" a (s) | b (ms/table) | R² |\n|---|");
        sizes.forEach(s -> out.append("---|"));
        out.append("---|---|---|\n");
        for (String tool : ORDER) {
            List<double[]> points = new ArrayList<>();
            StringBuilder row = new StringBuilder("| " + LABEL.getOrDefault(tool, tool) + " |");
            boolean any = false;
            for (int s : sizes) {
                Cell c = bySize.get(s).get(tool);
                Double m = c == null ? null : cpu ? c.cpuMedian() : c.median();
                if (m == null) {
                    row.append(c == null ? " |" : " n/a |");
                } else {
                    any = true;
                    points.add(new double[] {s, m});
                    row.append(String.format(Locale.ROOT, " %.2f (%.3f) |", m, 1000 * m / s));
                }
            }
            if (!any) {
                continue;
            }
            if (points.size() >= 2) {
                double[] fit = fit(points);
                row.append(String.format(Locale.ROOT, " %.2f | %.3f | %s |", fit[0], 1000 * fit[1],
                    points.size() >= 3 ? String.format(Locale.ROOT, "%.4f", fit[2]) : "-"));
            } else {
                row.append(" - | - | - |");
            }
            out.append(row).append('\n');
        }
        out.append('\n');
    }

    /** Least squares of t on N: {intercept, slope, R²}. */
    static double[] fit(List<double[]> p) {
        double n = p.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (double[] q : p) {
            sx += q[0];
            sy += q[1];
            sxx += q[0] * q[0];
            sxy += q[0] * q[1];
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double intercept = (sy - slope * sx) / n;
        double mean = sy / n;
        double ssTot = 0;
        double ssRes = 0;
        for (double[] q : p) {
            double pred = intercept + slope * q[0];
            ssRes += (q[1] - pred) * (q[1] - pred);
            ssTot += (q[1] - mean) * (q[1] - mean);
        }
        return new double[] {intercept, slope, ssTot == 0 ? 1 : 1 - ssRes / ssTot};
    }
}
