package io.schemadoc.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.change.Change;
import liquibase.change.ChangeFactory;
import liquibase.change.core.ExecuteShellCommandChange;
import liquibase.change.core.OutputChange;
import liquibase.change.custom.CustomChangeWrapper;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.ChangeExecListenerCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.executor.ExecutorService;
import liquibase.license.LicenseTrackingArgs;
import liquibase.lockservice.LockServiceFactory;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.logging.core.NoOpLogService;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Runs Liquibase's own update on the embedded scratch database, through its Java API, so that every changelog format,
 * include, precondition and parameter means what it means to Liquibase. Liquibase is kept silent and offline (stdout
 * carries {@code inspect}'s JSON; a documentation run must not phone home), changeSets that need code are refused or,
 * with {@code --skip-unsupported}, left out and noted, and after each changeSet the tracker records what it created.
 */
final class LiquibaseUpdate {
    /**
     * Liquibase keeps its state (scope, caches keyed by database, lock services) in process-wide singletons; one
     * update at a time keeps two reads in one JVM (diff of two changelogs) from seeing each other's.
     */
    private static final Object ONE_AT_A_TIME = new Object();

    private final Path changelog;
    private final List<Path> searchPath;
    private final Path base;
    private final String contexts;
    private final String labels;
    private final Map<String, String> parameters;
    private final boolean skipUnsupported;
    private final int pgMajor;
    private final Map<Path, ChangelogFile> files = new HashMap<>();

    LiquibaseUpdate(Path changelog, List<Path> searchPath, Path base, String contexts, String labels, Map<String, String> parameters,
                    boolean skipUnsupported, int pgMajor) {
        this.changelog = changelog;
        this.searchPath = List.copyOf(searchPath);
        this.base = base;
        this.contexts = contexts;
        this.labels = labels;
        this.parameters = Map.copyOf(parameters);
        this.skipUnsupported = skipUnsupported;
        this.pgMajor = pgMajor;
    }

    /**
     * What Liquibase reads its settings from while it runs for schemadoc: no log and no console (a logger UI on the
     * no-op log), and no analytics or license-usage reporting, which would otherwise contact liquibase.com.
     */
    static Map<String, Object> quietScope() {
        Map<String, Object> values = new HashMap<>();
        values.put(Scope.Attr.logService.name(), new NoOpLogService());
        values.put(Scope.Attr.ui.name(), new LoggerUIService());
        values.put(AnalyticsArgs.ENABLED.getKey(), false);
        values.put(LicenseTrackingArgs.ENABLED.getKey(), false);
        return values;
    }

    /** Applies the changelog on {@code c}; returns one sentence per changeSet left out with --skip-unsupported. */
    List<String> apply(Connection c, MigrationTracker tracker) {
        synchronized (ONE_AT_A_TIME) {
            Map<String, Object> scope = quietScope();
            try (SearchPath accessor = accessor()) {
                scope.put(Scope.Attr.resourceAccessor.name(), accessor);
                return Scope.child(scope, () -> update(c, tracker));
            } catch (SourceException e) {
                throw e;
            } catch (Exception e) {
                throw new SourceException("Liquibase could not apply " + name(changelog) + ": " + condensed(e), e);
            }
        }
    }

    private SearchPath accessor() {
        List<ResourceAccessor> roots = new ArrayList<>();
        for (Path root : searchPath) {
            try {
                roots.add(new DirectoryResourceAccessor(root));
            } catch (IOException e) {
                throw new SourceException("cannot read the folder " + root + ": " + e.getMessage());
            }
        }
        return new SearchPath(roots);
    }

    /**
     * The folders Liquibase resolves paths in. Spring Boot projects write {@code classpath:db/changelog/x.yaml};
     * Spring's own accessor understands that, Liquibase's folder accessors do not, and the classpath of such a project is
     * its {@code src/main/resources}, which the search path holds.
     */
    private static final class SearchPath extends CompositeResourceAccessor {
        SearchPath(List<ResourceAccessor> roots) {
            super(roots);
        }

        private static String withoutClasspath(String path) {
            if (path == null) {
                return null;
            }
            String p = path.replaceFirst("^classpath\\*?:", "");
            return p.length() == path.length() ? path : p.replaceFirst("^/+", "");
        }

        /** Folder accessors hold nothing that outlives the read. */
        @Override
        public void close() {
            try {
                super.close();
            } catch (Exception ignored) {
                // nothing to release
            }
        }

        @Override
        public List<Resource> getAll(String path) throws IOException {
            return super.getAll(withoutClasspath(path));
        }

        @Override
        public List<Resource> search(String path, boolean recursive) throws IOException {
            return super.search(withoutClasspath(path), recursive);
        }

        @Override
        public List<Resource> search(String path, SearchOptions options) throws IOException {
            return super.search(withoutClasspath(path), options);
        }
    }

    /** The changelog as Liquibase names it: relative to the first folder of the search path that holds it. */
    private String liquibasePath() {
        for (Path root : searchPath) {
            if (changelog.startsWith(root)) {
                return root.relativize(changelog).toString().replace('\\', '/');
            }
        }
        return changelog.getFileName().toString();
    }

    private static boolean standInRegistered;

    private List<String> update(Connection c, MigrationTracker tracker) throws Exception {
        if (!standInRegistered) {
            Scope.getCurrentScope().getSingleton(ChangeFactory.class).register(new CustomChangeStandIn());
            standInRegistered = true;
        }
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
        String path = liquibasePath();
        ChangeLogParameters params = new ChangeLogParameters(database);
        // Liquibase keeps the first value a parameter is given: the caller's (command line over project files) go
        // first, so a changelog's own `property` only supplies defaults.
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            params.set(p.getKey(), p.getValue());
        }
        Contexts selectedContexts = new Contexts(contexts);
        LabelExpression selectedLabels = new LabelExpression(labels);
        params.setContexts(selectedContexts);
        params.setLabels(selectedLabels);
        DatabaseChangeLog parsed;
        try {
            parsed = DatabaseChangelogCommandStep.getDatabaseChangeLog(path, params, database);
        } catch (Exception e) {
            throw new SourceException("cannot read the Liquibase changelog " + name(changelog) + ": " + condensed(e), e);
        }
        List<String> notes = leaveOutUnsupported(parsed, database, selectedContexts, selectedLabels);
        Failure failure = new Failure();
        try {
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, path)
                .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_ARG, parsed)
                .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_PARAMETERS, params)
                .addArgumentValue(UpdateCommandStep.CONTEXTS_ARG, contexts)
                .addArgumentValue(UpdateCommandStep.LABEL_FILTER_ARG, labels)
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                .addArgumentValue(ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG, new Tracking(c, tracker, failure))
                .execute();
            c.setAutoCommit(true);
            dropBookkeeping(c, database);
        } catch (Exception e) {
            throw failure.explain(e);
        } finally {
            forget(database);
        }
        return notes;
    }

    /**
     * ChangeSets that need code or the outside world (a custom change is a Java class of the project, executeCommand a
     * program) cannot run here. Only those the contexts, labels and dbms select count. Without --skip-unsupported they
     * are named in the error; with it they are marked ignored, which Liquibase honours, and each gets a note.
     * {@code output} changes are harmless but print to stdout, which carries inspect's JSON: they go to the silenced log.
     */
    private List<String> leaveOutUnsupported(DatabaseChangeLog parsed, Database database, Contexts selectedContexts,
                                             LabelExpression selectedLabels) throws Exception {
        ContextChangeSetFilter byContext = new ContextChangeSetFilter(selectedContexts);
        LabelChangeSetFilter byLabel = new LabelChangeSetFilter(selectedLabels);
        DbmsChangeSetFilter byDbms = new DbmsChangeSetFilter(database);
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ChangeSet changeSet : parsed.getChangeSets()) {
            if (changeSet.isIgnore() || !byContext.accepts(changeSet).isAccepted() || !byLabel.accepts(changeSet).isAccepted()
                || !byDbms.accepts(changeSet).isAccepted()) {
                continue;
            }
            List<String> needs = new ArrayList<>();
            for (Change change : changeSet.getChanges()) {
                if (change instanceof CustomChangeWrapper custom) {
                    needs.add("customChange " + custom.getClassName());
                } else if (change instanceof ExecuteShellCommandChange command) {
                    needs.add("executeCommand " + command.getExecutable());
                } else if (change instanceof OutputChange output) {
                    output.setTarget("DEBUG");
                }
            }
            if (needs.isEmpty()) {
                continue;
            }
            String what = String.join(" and ", needs);
            String who = describe(changeSet);
            if (skipUnsupported) {
                changeSet.setIgnore(true);
                notes.add("Liquibase " + who + " was not applied: its " + what + " needs code schemadoc cannot run (--skip-unsupported).");
            } else {
                problems.add(who + " uses " + what);
            }
        }
        if (!problems.isEmpty()) {
            throw new SourceException(String.join("; ", problems) + ": schemadoc applies changelogs on an embedded PostgreSQL and cannot run "
                + "project code or programs; pass --skip-unsupported to apply the rest without "
                + (problems.size() == 1 ? "it" : "them") + " (the docs will say so)");
        }
        return notes;
    }

    /** "changeSet 7 by alice (db/changelog/x.yaml:12)". */
    private String describe(ChangeSet changeSet) {
        ChangelogFile file = fileOf(changeSet);
        int line = file == null ? 0 : file.lineOf(changeSet.getId(), changeSet.getAuthor());
        String where = file == null ? changeSet.getFilePath() : file.name();
        return "changeSet " + changeSet.getId() + " by " + changeSet.getAuthor() + " (" + where + (line > 0 ? ":" + line : "") + ")";
    }

    static String unit(ChangeSet changeSet) {
        return "changeSet " + changeSet.getId() + " by " + changeSet.getAuthor();
    }

    /** The changelog file a changeSet was read from, found in the search path as Liquibase found it. */
    private ChangelogFile fileOf(ChangeSet changeSet) {
        DatabaseChangeLog log = changeSet.getChangeLog();
        String logical = log == null ? changeSet.getFilePath() : log.getPhysicalFilePath();
        if (logical == null) {
            return null;
        }
        String path = logical.startsWith("classpath:") ? logical.substring("classpath:".length()) : logical;
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        for (Path root : searchPath) {
            Path candidate = root.resolve(path).normalize();
            if (Files.isRegularFile(candidate)) {
                return files.computeIfAbsent(candidate, this::load);
            }
        }
        return null;
    }

    private ChangelogFile load(Path file) {
        try {
            return new ChangelogFile(name(file), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new ChangelogFile(name(file), "");
        }
    }

    private String name(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        String s = relative.toString().replace('\\', '/');
        return s.isEmpty() ? absolute.getFileName().toString() : s;
    }

    /**
     * Liquibase's bookkeeping is not the project's schema: a plain-SQL version of the same schema has no such tables, and
     * the model must be the same.
     */
    private static void dropBookkeeping(Connection c, Database database) throws SQLException {
        String catalog = database.getLiquibaseCatalogName();
        String schema = database.getLiquibaseSchemaName();
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + database.escapeTableName(catalog, schema, database.getDatabaseChangeLogTableName())
                + ", " + database.escapeTableName(catalog, schema, database.getDatabaseChangeLogLockTableName()));
        }
    }

    /** Liquibase caches per database object; the scratch database is gone after this read. */
    private static void forget(Database database) {
        Scope.getCurrentScope().getSingleton(ExecutorService.class).clearExecutor("jdbc", database);
        LockServiceFactory.getInstance().resetAll();
        Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).resetAll();
    }

    /** After each changeSet, on Liquibase's own connection and transaction, the tracker lists what it created. */
    private final class Tracking extends AbstractChangeExecListener {
        private final Connection c;
        private final MigrationTracker tracker;
        private final Failure failure;

        Tracking(Connection c, MigrationTracker tracker, Failure failure) {
            this.c = c;
            this.tracker = tracker;
            this.failure = failure;
        }

        @Override
        public void ran(ChangeSet changeSet, DatabaseChangeLog log, Database database, ChangeSet.ExecType execType) {
            ChangelogFile file = fileOf(changeSet);
            MigrationTracker.Script script = file == null
                ? new MigrationTracker.Script(changeSet.getFilePath(), SqlScript.parse(""), 0)
                : file.script(changeSet.getId(), changeSet.getAuthor());
            try {
                tracker.applied(c, script, unit(changeSet));
            } catch (SQLException e) {
                throw new IllegalStateException("listing what " + unit(changeSet) + " created failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void runFailed(ChangeSet changeSet, DatabaseChangeLog log, Database database, Exception exception) {
            failure.changeSet = changeSet;
        }
    }

    /** Turns what Liquibase threw into one line: the failing changeSet (file, line, id, author) and the server's error. */
    private final class Failure {
        ChangeSet changeSet;

        SourceException explain(Exception e) {
            if (e instanceof SourceException se) {
                return se;
            }
            PSQLException server = cause(e, PSQLException.class);
            if (changeSet != null) {
                ChangelogFile file = fileOf(changeSet);
                ServerErrorMessage m = server == null ? null : server.getServerErrorMessage();
                int position = m == null ? 0 : m.getPosition();
                String liquibaseMessage = liquibaseMessage(e);
                int line = file == null ? 0 : file.failedLine(changeSet.getId(), changeSet.getAuthor(), liquibaseMessage, position);
                String where = (file == null ? changeSet.getFilePath() : file.name()) + (line > 0 ? ":" + line : "");
                String why = server != null ? serverMessage(server) : condensed(e);
                return new SourceException(where + ": " + unit(changeSet) + ": " + why + " (PostgreSQL " + pgMajor + ")", e);
            }
            return new SourceException("Liquibase could not apply " + name(changelog) + ": " + condensed(e), e);
        }

        /** The message of the Liquibase exception that quotes the failed SQL, if any. */
        private String liquibaseMessage(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t.getMessage() != null && t.getMessage().contains("[Failed SQL:")) {
                    String msg = t.getMessage();
                    return msg.substring(msg.indexOf("[Failed SQL:"));
                }
            }
            return null;
        }
    }

    private static String serverMessage(PSQLException e) {
        ServerErrorMessage m = e.getServerErrorMessage();
        if (m == null) {
            return EmbeddedServer.oneLine(e.getMessage());
        }
        StringBuilder sb = new StringBuilder(m.getSeverity() == null ? "ERROR" : m.getSeverity()).append(": ").append(m.getMessage());
        if (m.getDetail() != null) {
            sb.append(" — ").append(m.getDetail());
        }
        return EmbeddedServer.oneLine(sb.toString());
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** SnakeYAML quotes the offending line with a caret under it; the line and column it also gives are enough. */
    private static String withoutSnippets(String message) {
        String[] lines = message.split("\\R");
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            boolean caret = lines[i].strip().equals("^");
            boolean quoted = i + 1 < lines.length && lines[i + 1].strip().equals("^");
            if (!caret && !quoted) {
                kept.append(lines[i]).append('\n');
            }
        }
        return kept.toString();
    }

    /**
     * Liquibase wraps its messages several times ("liquibase.exception.X: liquibase.exception.Y: ..."); one line without
     * the class names or the failed SQL is what the user needs.
     */
    static String condensed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m == null || m.isBlank()) {
                continue;
            }
            String clean = m.replaceAll("(?:[a-zA-Z_$][\\w$]*\\.)+[A-Za-z_$]*(?:Exception|Error): ", "");
            int failedSql = clean.indexOf("[Failed SQL:");
            if (failedSql > 0) {
                clean = clean.substring(0, failedSql);
            }
            clean = EmbeddedServer.oneLine(withoutSnippets(clean)).replace(" More locations can be added with the 'searchPath' parameter.", "");
            if (!clean.isEmpty()) {
                return clean.length() > 400 ? clean.substring(0, 397) + "..." : clean;
            }
        }
        return e.getClass().getSimpleName();
    }
}
