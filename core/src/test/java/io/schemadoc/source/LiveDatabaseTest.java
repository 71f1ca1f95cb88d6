package io.schemadoc.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemadoc.testing.TestDatabases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connection failures against a real server that asks for passwords (its pg_hba.conf rewritten by the test). */
class LiveDatabaseTest {
    private static final String SECRET = "s3cret-Pa55";
    private static EmbeddedPostgres server;

    @BeforeAll
    static void start(@TempDir Path data) throws Exception {
        server = EmbeddedPostgres.builder().setPgBinaryResolver(new PgBinaries(18)).setDataDirectory(data.resolve("pg")).start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE app LOGIN PASSWORD '" + SECRET + "'");
            s.execute("CREATE DATABASE shop OWNER app");
            Files.writeString(data.resolve("pg/pg_hba.conf"), String.join("\n",
                "local all all trust",
                "host all postgres 127.0.0.1/32 trust",
                "host all postgres ::1/128 trust",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256", ""));
            s.execute("SELECT pg_reload_conf()");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private String url(String user, String password, String db) {
        return "postgres://" + user + (password == null ? "" : ":" + password) + "@localhost:" + server.getPort() + "/" + db;
    }

    @Test
    void theRightPasswordConnectsReadOnlyAndLabelled() throws Exception {
        LiveDatabase db = LiveDatabase.fromUrl(url("app", SECRET, "shop"), Map.of());
        try (Connection c = db.openReadOnly(ReadOptions.defaults()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('transaction_read_only'), current_setting('application_name'),"
                 + " current_setting('statement_timeout'), current_setting('lock_timeout')")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("on");
            assertThat(rs.getString(2)).isEqualTo("schemadoc");
            assertThat(rs.getString(3)).isEqualTo("1min");
            assertThat(rs.getString(4)).isEqualTo("5s");
            assertThatThrownBy(() -> s.execute("CREATE TABLE x (a int)")).hasMessageContaining("read-only transaction");
        }
    }

    @Test
    void aWrongPasswordSaysSoWithoutEchoingIt() {
        assertThatThrownBy(() -> LiveDatabase.fromUrl(url("app", "wrong-" + SECRET, "shop"), Map.of()).read(ReadOptions.defaults()))
            .isInstanceOf(SourceException.class)
            .hasMessageStartingWith("password authentication failed for user app at localhost:" + server.getPort())
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    @Test
    void aMissingDatabaseIsNamed() {
        assertThatThrownBy(() -> LiveDatabase.fromUrl(url("app", SECRET, "nope"), Map.of()).read(ReadOptions.defaults()))
            .hasMessageStartingWith("database \"nope\" does not exist");
    }

    @Test
    void anUnreachablePortSaysWhatToCheck() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String u = "postgres://app:" + SECRET + "@127.0.0.1:" + port + "/shop";
        assertThatThrownBy(() -> LiveDatabase.fromUrl(u, Map.of()).read(ReadOptions.defaults()))
            .isInstanceOf(SourceException.class)
            .hasMessageStartingWith("cannot connect to 127.0.0.1:" + port)
            .hasMessageContaining("is the server running")
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    @Test
    void theDescriptionMasksThePassword() {
        assertThat(LiveDatabase.fromUrl(url("app", SECRET, "shop"), Map.of()).description()).doesNotContain(SECRET).contains("***");
    }

    @Test
    void aStatementTimeoutIsReportedAsSuch() {
        String dbUrl = TestDatabases.freshDatabase(18);
        LiveDatabase db = LiveDatabase.fromUrl(dbUrl, Map.of());
        ReadOptions quick = new ReadOptions(List.of(), List.of(), false, 18, Duration.ofMillis(1));
        try (Connection c = db.openReadOnly(quick); Statement s = c.createStatement()) {
            s.execute("SELECT pg_sleep(0.5)");
        } catch (java.sql.SQLException e) {
            assertThat(db.failure(e, "reading").getMessage()).contains("statement timeout").contains("--statement-timeout");
            return;
        }
        throw new AssertionError("the 1 ms statement timeout did not fire");
    }
}
