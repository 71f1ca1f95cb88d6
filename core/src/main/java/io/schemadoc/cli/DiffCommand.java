package io.schemadoc.cli;

import io.schemadoc.analysis.diff.Change;
import io.schemadoc.analysis.diff.DiffException;
import io.schemadoc.analysis.diff.DiffOptions;
import io.schemadoc.analysis.diff.SchemaDiff;
import io.schemadoc.model.Schema;
import io.schemadoc.output.diff.DiffReport;
import io.schemadoc.output.diff.JsonDiffRenderer;
import io.schemadoc.output.diff.MarkdownDiffRenderer;
import io.schemadoc.output.diff.SqlDraftRenderer;
import io.schemadoc.output.diff.TextDiffRenderer;
import io.schemadoc.source.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Compare two schema sources and say what changed from SOURCE_A to SOURCE_B.",
        "Renames are never guessed: a renamed object shows as removed plus added, with a hint when the shapes match."},
    footer = {"",
        "Never compared: where an object was created (file and line) and row",
        "estimates. NOT NULL constraints (PostgreSQL 18) are compared as column",
        "nullability; indexes backing a constraint, clones on partitions and",
        "identity sequences come and go with their constraint, parent or column.",
        "",
        "JSON (--format json), every key always present, null when not applicable:",
        "  {\"format\": 1, \"from\", \"to\", \"equal\": bool,",
        "   \"summary\": {\"added\", \"removed\", \"changed\"},",
        "   \"changes\": [{\"change\": \"added|removed|changed\", \"kind\", \"schema\",",
        "     \"table\", \"tableKind\", \"name\", \"field\", \"old\", \"new\", \"hint\"}]}",
        "  Routines are named name(argument types); members of a table carry table",
        "  and tableKind; added/removed objects carry a one-line summary in new/old;",
        "  hint holds \"possible rename of/to ...\".",
        "",
        "--sql prints a DRAFT of the DDL from A to B instead of the report: adds",
        "and drops of objects, defaults, nullability, comments, owners. What it",
        "cannot do comes first, as -- TODO lines. Review it before running it.",
        "",
        "Exit codes: 0 done (with --exit-code: equal), 1 with --exit-code:",
        "different, 2 bad input."})
final class DiffCommand implements Callable<Integer> {

    enum Format { TEXT, MD, JSON }

    @Parameters(index = "0", paramLabel = "SOURCE_A", description = "The schema before: postgres:// URL, .json snapshot, .sql file or folder of .sql files.")
    String sourceA;

    @Parameters(index = "1", paramLabel = "SOURCE_B", description = "The schema after, any kind of SOURCE.")
    String sourceB;

    @Option(names = "--format", paramLabel = "text|md|json", defaultValue = "text",
        description = "text for terminals, md for pull-request comments, json for tools (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--exit-code", description = "Exit 1 when the schemas differ, 0 when they are equal (2 on bad input).")
    boolean exitCode;

    @Option(names = "--ignore", split = ",", paramLabel = "comments|owners|column-order",
        description = "Leave these differences out (comma-separated, repeatable).")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--ignore-schema", paramLabel = "GLOB", description = "Leave out whole schemas matching GLOB (repeatable).")
    List<String> ignoreSchemas = new ArrayList<>();

    @Option(names = "--sql", description = "Print a DRAFT of the DDL taking SOURCE_A to SOURCE_B instead of the report.")
    boolean sql;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Mixin
    SourceOptions sourceOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DiffOptions options = options();
        Source a = sourceOptions.source(sourceA);
        Source b = sourceOptions.source(sourceB);
        Schema schemaA;
        Schema schemaB;
        List<Change> changes;
        try (Progress progress = sourceOptions.progress(spec.commandLine().getErr())) {
            progress.phase("reading " + a.description(), 0);
            schemaA = a.read(sourceOptions.readOptions().withProgress(progress));
            progress.phase("reading " + b.description(), 0);
            schemaB = b.read(sourceOptions.readOptions().withProgress(progress));
            progress.phase("comparing " + schemaA.tables().size() + " and " + schemaB.tables().size() + " tables", 0);
            changes = SchemaDiff.compare(schemaA, schemaB, options);
        }
        DiffReport report = new DiffReport(a.description(), b.description(), changes);
        String text;
        if (sql) {
            text = SqlDraftRenderer.render(report, schemaA, schemaB);
        } else {
            text = switch (format) {
                case TEXT -> TextDiffRenderer.render(report);
                case MD -> MarkdownDiffRenderer.render(report);
                case JSON -> JsonDiffRenderer.render(report);
            };
        }
        if (out == null) {
            spec.commandLine().getOut().print(text);
        } else {
            OutputFiles.writeAtomically(out, text);
        }
        return exitCode && !report.equal() ? Main.FINDINGS : Main.OK;
    }

    private DiffOptions options() {
        boolean comments = false;
        boolean owners = false;
        boolean columnOrder = false;
        for (String raw : ignore) {
            switch (raw.strip().toLowerCase(Locale.ROOT)) {
                case "comments", "comment" -> comments = true;
                case "owners", "owner" -> owners = true;
                case "column-order", "column_order" -> columnOrder = true;
                default -> throw new DiffException("--ignore " + raw + " is not known; use comments, owners or column-order (comma-separated)");
            }
        }
        for (String glob : ignoreSchemas) {
            if (glob.isBlank()) {
                throw new DiffException("--ignore-schema needs a schema name or glob such as 'audit' or 'tmp_*'");
            }
        }
        return new DiffOptions(comments, owners, columnOrder, ignoreSchemas, sourceOptions.schemas, sourceOptions.exclude);
    }
}
