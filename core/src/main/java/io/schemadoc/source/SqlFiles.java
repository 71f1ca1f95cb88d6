package io.schemadoc.source;

import io.schemadoc.source.MigrationTracker.Script;
import io.schemadoc.model.Schema;
import io.schemadoc.postgres.CatalogReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A .sql file or a folder of them, applied on an embedded PostgreSQL, then introspected.
 * Files run in natural order ({@code 2_a.sql} before {@code 10_b.sql}), each in its own transaction (one simple-query
 * message, as {@code psql -1 -f} would); a file holding statements that refuse a transaction block (CREATE INDEX
 * CONCURRENTLY) runs statement by statement. Which file and line created each object is recorded.
 * Only the folder's own *.sql files are read, not subfolders; {@code *.down.sql} files are skipped, and in dbmate-style
 * files only the part before {@code -- migrate:down} runs.
 */
public final class SqlFiles implements Source {
    private final Path path;

    public SqlFiles(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    @Override
    public String description() {
        return path.toString();
    }

    @Override
    public Schema read(ReadOptions options) {
        List<Path> files = files();
        List<Script> scripts = new ArrayList<>();
        for (Path file : files) {
            scripts.add(load(file));
        }
        EmbeddedServer server = EmbeddedServer.of(options.pgVersion());
        String database;
        Set<String> rolesBefore;
        try (Connection admin = server.connect("postgres")) {
            rolesBefore = server.roles(admin);
            database = server.createDatabase();
        } catch (SQLException e) {
            throw new SourceException("the embedded PostgreSQL " + options.pgVersion() + " refused a connection: " + e.getMessage(), e);
        }
        try (Connection c = server.connect(database)) {
            MigrationTracker tracker = MigrationTracker.start(c, options.progress(), scripts.size());
            for (Script script : scripts) {
                apply(c, script, options.pgVersion());
                tracker.applied(c, script, null);
            }
            Schema read = CatalogReader.read(c, options, tracker.provenance());
            // The scratch database's name is an accident of this run; name the model after what the user gave.
            return new Schema(databaseName(), read.serverVersion(), read.serverVersionNum(), read.searchPath(), read.schemas(),
                read.extensions(), read.tables(), read.routines(), read.enums(), read.domains(), read.compositeTypes(), read.sequences());
        } catch (SQLException e) {
            throw new SourceException("reading the schema built from " + path + " failed: " + EmbeddedServer.oneLine(e.getMessage()), e);
        } finally {
            server.dropDatabase(database, rolesBefore);
        }
    }

    private String databaseName() {
        Path name = path.toAbsolutePath().normalize().getFileName();
        String base = name == null ? "schema" : name.toString();
        return base.toLowerCase(Locale.ROOT).endsWith(".sql") ? base.substring(0, base.length() - 4) : base;
    }

    /** The files to apply, in natural order. */
    List<Path> files() {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        List<Path> found;
        try (Stream<Path> s = Files.list(path)) {
            found = s.filter(Files::isRegularFile)
                .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql"))
                .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".down.sql"))
                .sorted((a, b) -> NaturalOrder.compare(a.getFileName().toString(), b.getFileName().toString()))
                .toList();
        } catch (IOException e) {
            throw new SourceException("cannot list " + path + ": " + e.getMessage());
        }
        if (found.isEmpty()) {
            throw new SourceException("no .sql files in " + path + " (schemadoc applies the folder's *.sql files in natural order)");
        }
        return found;
    }

    private Script load(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new SourceException(file + " is not UTF-8 text; convert it (e.g. iconv -t UTF-8) and try again");
        } catch (IOException e) {
            throw new SourceException("cannot read " + file + ": " + e.getMessage());
        }
        String name = Files.isDirectory(path) ? path.relativize(file).toString().replace('\\', '/') : file.getFileName().toString();
        text = upSection(text);
        SqlScript sql = SqlScript.parse(text);
        if (!sql.metaCommands().isEmpty()) {
            SqlScript.MetaCommand m = sql.metaCommands().get(0);
            throw new SourceException(name + ":" + m.line() + ": psql meta-command " + m.command()
                + " is not SQL; schemadoc applies plain SQL files (inline what it does, or put the files in the folder in order)");
        }
        return new Script(name, sql);
    }

    /** dbmate files hold both directions; only "migrate:up" builds the schema. */
    private static String upSection(String text) {
        int down = text.indexOf("-- migrate:down");
        if (down >= 0 && text.contains("-- migrate:up")) {
            return text.substring(0, down);
        }
        return text;
    }

    private void apply(Connection c, Script script, int major) {
        if (script.sql().statements().isEmpty()) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute(script.sql().text());
            drain(s);
        } catch (SQLException e) {
            if ("25001".equals(e.getSQLState())) {
                applyOneByOne(c, script, major);
                return;
            }
            throw failure(c, script, e, major);
        }
    }

    /** For files holding statements that cannot run in a transaction block: each statement on its own, as psql does. */
    private void applyOneByOne(Connection c, Script script, int major) {
        for (SqlScript.Statement st : script.sql().statements()) {
            try (Statement s = c.createStatement()) {
                s.execute(st.text());
            } catch (SQLException e) {
                throw new SourceException(script.name() + ":" + (st.line() + lineWithin(st.text(), position(e))) + ": " + message(e)
                    + " (PostgreSQL " + major + "; statements before it in this file were applied one by one)", e);
            }
        }
    }

    private static void drain(Statement s) throws SQLException {
        while (s.getMoreResults() || s.getUpdateCount() != -1) {
            // consume every result of the multi-statement script
        }
    }

    /** Finds the failing statement's line: from the server's error position, else by replaying in a rolled-back transaction. */
    private SourceException failure(Connection c, Script script, SQLException e, int major) {
        int position = position(e);
        int line;
        if (position > 0) {
            line = script.sql().lineOf(position - 1);
        } else {
            line = replay(c, script);
        }
        String where = line > 0 ? script.name() + ":" + line : script.name();
        return new SourceException(where + ": " + message(e) + " (PostgreSQL " + major + ")", e);
    }

    private int replay(Connection c, Script script) {
        try {
            c.setAutoCommit(false);
            for (SqlScript.Statement st : script.sql().statements()) {
                try (Statement s = c.createStatement()) {
                    s.execute(st.text());
                } catch (SQLException inner) {
                    return st.line() + lineWithin(st.text(), position(inner));
                }
            }
            return 0;
        } catch (SQLException other) {
            return 0;
        } finally {
            try {
                c.rollback();
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is discarded with the scratch database anyway
            }
        }
    }

    private static int lineWithin(String statement, int position) {
        if (position <= 0) {
            return 0;
        }
        int lines = 0;
        int leading = 0;
        while (leading < statement.length() && Character.isWhitespace(statement.charAt(leading))) {
            if (statement.charAt(leading) == '\n') {
                lines--;
            }
            leading++;
        }
        for (int i = 0; i < Math.min(position - 1, statement.length()); i++) {
            if (statement.charAt(i) == '\n') {
                lines++;
            }
        }
        return Math.max(0, lines);
    }

    static int position(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            return p.getServerErrorMessage().getPosition();
        }
        return 0;
    }

    static String message(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage m = p.getServerErrorMessage();
            StringBuilder sb = new StringBuilder(m.getSeverity() == null ? "ERROR" : m.getSeverity()).append(": ").append(m.getMessage());
            if (m.getDetail() != null) {
                sb.append(" — ").append(m.getDetail());
            }
            if (m.getWhere() != null && m.getWhere().contains("PL/pgSQL")) {
                sb.append(" (").append(m.getWhere()).append(')');
            }
            return EmbeddedServer.oneLine(sb.toString());
        }
        return EmbeddedServer.oneLine(e.getMessage());
    }
}
