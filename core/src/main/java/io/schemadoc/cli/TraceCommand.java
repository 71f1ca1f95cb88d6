package io.schemadoc.cli;

import io.schemadoc.Parallel;
import io.schemadoc.analysis.body.Operation;
import io.schemadoc.analysis.body.ParseAhead;
import io.schemadoc.analysis.deps.DependencyGraph;
import io.schemadoc.analysis.trace.TraceFormat;
import io.schemadoc.analysis.trace.TraceRequest;
import io.schemadoc.analysis.trace.TraceResult;
import io.schemadoc.analysis.trace.Tracer;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "trace", mixinStandardHelpOptions = true,
    description = "Show the cascade PostgreSQL runs when a row changes: triggers in firing order, FK actions, and what each routine writes in turn.")
final class TraceCommand implements Callable<Integer> {

    enum Format { text, mermaid, json }

    @Parameters(index = "0", paramLabel = "SOURCE",
        description = "postgres:// URL, .json snapshot, .sql file or folder of .sql files.")
    String source;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TABLE", description = "The table (schema.table, or a name on the search path).")
    String table;

    @Parameters(index = "2", arity = "0..1", paramLabel = "OPERATION", description = "insert, update, delete or truncate.")
    String operation;

    @Option(names = "--all", description = "Trace insert, update and delete of every table (not views), in name order, in one run; "
        + "text or json (a JSON array). Without TABLE and OPERATION.")
    boolean all;

    @Option(names = "--columns", split = ",", paramLabel = "COLUMN", description = "For update: the columns set (decides UPDATE OF triggers and FK actions).")
    List<String> columns = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|mermaid|json", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--max-depth", paramLabel = "N", defaultValue = "16", description = "Stop following a branch this deep (default: ${DEFAULT-VALUE}).")
    int maxDepth;

    @Mixin
    SourceOptions sourceOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (maxDepth < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-depth must be at least 1");
        }
        if (all) {
            return traceAll();
        }
        if (table == null || operation == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give TABLE and OPERATION, or --all to trace every table");
        }
        Operation op = TraceRequest.operation(operation);
        Schema schema;
        DependencyGraph graph;
        try (ParseAhead ahead = new ParseAhead()) {
            schema = sourceOptions.read(source, io.schemadoc.source.ReadProgress.NONE, ahead);
            graph = DependencyGraph.of(schema);
        }
        QualifiedName name = TraceRequest.table(schema, table);
        List<String> cols = TraceRequest.columns(schema, name, columns);
        TraceResult result = Tracer.trace(graph, name, op, cols, new Tracer.Options(maxDepth, Tracer.Options.DEFAULT.maxSteps()));
        String out = switch (format) {
            case text -> TraceFormat.text(result);
            case mermaid -> TraceFormat.mermaid(result);
            case json -> TraceFormat.json(result);
        };
        spec.commandLine().getOut().print(out);
        return Main.OK;
    }

    /** The operations {@code --all} traces: the row changes (TRUNCATE fires no row triggers and no FK actions). */
    static final List<Operation> ALL_OPERATIONS = List.of(Operation.INSERT, Operation.UPDATE, Operation.DELETE);

    private static final int BATCH = 64;

    private Integer traceAll() {
        if (table != null || operation != null || !columns.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--all traces every table and operation: give no TABLE, OPERATION or --columns");
        }
        if (format == Format.mermaid) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--all writes text or json, not one diagram per trace (use --format text or json)");
        }
        java.io.PrintWriter out = spec.commandLine().getOut();
        try (Progress progress = Progress.stdoutIsTerminal() ? Progress.silent() : sourceOptions.progress(spec.commandLine().getErr())) {
            progress.phase("reading the schema", 0);
            Schema schema;
            DependencyGraph graph;
            try (ParseAhead ahead = new ParseAhead()) {
                schema = sourceOptions.read(source, progress, ahead);
                progress.phase("analysing " + schema.routines().size() + " routines", 0);
                graph = DependencyGraph.of(schema);
            }
            List<QualifiedName> tables = schema.tables().stream().filter(t -> t.kind().isTableLike()).map(t -> t.qualifiedName()).toList();
            progress.phase("tables traced", tables.size());
            Tracer.Options options = new Tracer.Options(maxDepth, Tracer.Options.DEFAULT.maxSteps());
            if (format == Format.json) {
                out.print("[");
            }
            // Traces are independent of each other (the graph is read-only): a batch of tables is traced and
            // formatted in parallel, then printed in table order, so the output never depends on the threads.
            Parallel.inBatches(tables, BATCH, name -> ALL_OPERATIONS.stream().map(op -> {
                TraceResult result = Tracer.trace(graph, name, op, List.of(), options);
                return format == Format.json ? TraceFormat.json(result).stripTrailing() : TraceFormat.text(result);
            }).toList(), (name, texts) -> {
                for (int k = 0; k < texts.size(); k++) {
                    boolean first = k == 0 && name.equals(tables.get(0));
                    out.print(format == Format.json ? (first ? "\n" : ",\n") : (first ? "" : "\n"));
                    out.print(texts.get(k));
                }
                progress.advance(1);
            });
            if (format == Format.json) {
                out.print(tables.isEmpty() ? "]\n" : "\n]\n");
            }
        }
        out.flush();
        return Main.OK;
    }
}
