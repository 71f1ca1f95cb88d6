package io.schemadoc.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.schemadoc.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures in the middle of a read: made deterministic by holding an ACCESS EXCLUSIVE lock on pg_description (which
 * comments come from, and which starting a session never reads) from another session, so the catalog read blocks
 * part-way, after its first queries, until the test acts.
 */
class FailureTest {

    private static Throwable readBlockedThen(String url, java.util.function.Consumer<Integer> action) throws Exception {
        try (Connection admin = TestDatabases.connect(url); Statement s = admin.createStatement()) {
            admin.setAutoCommit(false);
            s.execute("LOCK TABLE pg_catalog.pg_description IN ACCESS EXCLUSIVE MODE");
            String db = admin.getCatalog();
            CompletableFuture<Object> read = CompletableFuture.supplyAsync(() -> TestDatabases.read(url, ReadOptions.defaults()));
            int pid = 0;
            for (int i = 0; i < 600 && pid == 0; i++) {
                s.execute("SELECT pg_stat_clear_snapshot()"); // inside a transaction the activity view is a snapshot
                try (ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE application_name = 'schemadoc' AND datname = '"
                    + db + "' AND wait_event_type = 'Lock'")) {
                    if (rs.next()) {
                        pid = rs.getInt(1);
                    }
                }
                Thread.sleep(50);
            }
            assertThat(pid).as("the catalog read blocked on the lock").isNotZero();
            action.accept(pid);
            try {
                read.get(60, TimeUnit.SECONDS);
                return null;
            } catch (java.util.concurrent.ExecutionException e) {
                return e.getCause();
            } finally {
                admin.rollback();
            }
        }
    }

    @Test
    void aBackendKilledMidReadIsAClearFailure() throws Exception {
        String url = TestDatabases.databaseWith(18, "create table t (a int primary key);");
        Throwable failure = readBlockedThen(url, pid -> {
            try (Connection killer = TestDatabases.connect(url); Statement k = killer.createStatement()) {
                k.execute("SELECT pg_terminate_backend(" + pid + ")");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(failure).isInstanceOf(SourceException.class);
        assertThat(failure.getMessage()).contains("connection was lost").contains("try again").doesNotContain("\n");
    }

    @Test
    void aLockHeldByAMigrationTimesOutInsteadOfQueueing() throws Exception {
        String url = TestDatabases.databaseWith(18, "create table t (a int primary key);");
        long start = System.nanoTime();
        Throwable failure = readBlockedThen(url, pid -> { });
        assertThat(failure).isInstanceOf(SourceException.class);
        assertThat(failure.getMessage()).contains("waited too long for a lock");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).as("bounded by lock_timeout, not the statement timeout").isLessThan(55);
    }

    @Test
    void aRoleWithoutAccessToASchemaStillReadsItsCatalog() {
        String url = TestDatabases.databaseWith(18, """
            create schema secret;
            create table secret.vault (id int primary key, body text);
            comment on table secret.vault is 'hidden';
            create role reader login;
            revoke all on schema secret from public;
            """);
        String asReader = url.replace("user=postgres", "user=reader");
        var schema = LiveDatabase.fromUrl(asReader, Map.of()).read(ReadOptions.defaults());
        assertThat(schema.tables()).extracting(t -> t.schema() + "." + t.name() + ":" + t.comment()).contains("secret.vault:hidden");
    }

    @Test
    void rootWithoutUserNamespacesIsToldWhatToDo(@TempDir Path dir) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only meaningful as root");
        Path sql = Files.writeString(dir.resolve("1.sql"), "create table a (x int);\n");
        Path emptyPath = Files.createDirectories(dir.resolve("bin"));
        ProcessBuilder pb = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
            "-Dschemadoc.pgBinaries=" + System.getProperty("schemadoc.pgBinaries"), "io.schemadoc.cli.Main", "inspect", sql.toString());
        pb.environment().put("PATH", emptyPath.toString());
        Process p = pb.redirectErrorStream(false).start();
        String err = new String(p.getErrorStream().readAllBytes());
        assertThat(p.waitFor()).isEqualTo(2);
        assertThat(err.strip()).startsWith("schemadoc: running as root, the embedded PostgreSQL needs `unshare -U`").doesNotContain("\n");
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void theEmbeddedServerOwnsNoFixedPort() throws Exception {
        // zonky picks a free port for every server, so a busy 5432 (or any port) never stops it.
        try (java.net.ServerSocket busy = new java.net.ServerSocket(5432)) {
            assertThat(EmbeddedServer.of(18).port()).isNotEqualTo(5432);
        } catch (java.net.BindException alreadyTaken) {
            assertThat(EmbeddedServer.of(18).port()).isNotEqualTo(5432);
        }
        assertThat(List.of(EmbeddedServer.of(18).port())).allMatch(p -> p > 0);
    }
}
