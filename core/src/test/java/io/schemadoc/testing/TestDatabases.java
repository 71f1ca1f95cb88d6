package io.schemadoc.testing;

import io.schemadoc.model.Schema;
import io.schemadoc.source.EmbeddedServer;
import io.schemadoc.source.LiveDatabase;
import io.schemadoc.source.ReadOptions;
import io.schemadoc.source.SqlFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real PostgreSQL for tests: one embedded server per major version per JVM (the same {@link EmbeddedServer}
 * the CLI uses), a fresh database per call. No mocks.
 */
public final class TestDatabases {
    private static final Map<String, Schema> EXAMPLES = new ConcurrentHashMap<>();

    private TestDatabases() {}

    public static EmbeddedServer server(int pgVersion) {
        return EmbeddedServer.of(pgVersion);
    }

    /** JDBC URL of a new, empty database (user postgres, no password). */
    public static String freshDatabase(int pgVersion) {
        EmbeddedServer server = server(pgVersion);
        try {
            return server.jdbcUrl(server.createDatabase());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on PostgreSQL " + pgVersion, e);
        }
    }

    public static Connection connect(String url) {
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + url, e);
        }
    }

    /** A fresh database with {@code sql} applied (one multi-statement script, in one transaction). */
    public static String databaseWith(int pgVersion, String sql) {
        String url = freshDatabase(pgVersion);
        execute(url, sql);
        return url;
    }

    /** Runs a script on the database at {@code url}, as one simple-query message. */
    public static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url + "&preferQueryMode=simple"); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed on " + url + ": " + e.getMessage(), e);
        }
    }

    /** The model of a database built from {@code sql}, read through the live-database path. */
    public static Schema schemaOf(int pgVersion, String sql) {
        return read(databaseWith(pgVersion, sql), ReadOptions.defaults().withPgVersion(pgVersion));
    }

    public static Schema read(String url, ReadOptions options) {
        return LiveDatabase.fromUrl(url, Map.of()).read(options);
    }

    /** The model of {@code examples/<name>} built through the SQL-files path (cached per JVM: models are immutable). */
    public static Schema example(String name, int pgVersion) {
        return EXAMPLES.computeIfAbsent(name + "@" + pgVersion,
            k -> new SqlFiles(examplePath(name)).read(ReadOptions.defaults().withPgVersion(pgVersion)));
    }

    public static Path examplePath(String name) {
        return Path.of("../examples", name);
    }
}
