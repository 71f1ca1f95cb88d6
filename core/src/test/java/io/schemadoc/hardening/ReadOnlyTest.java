package io.schemadoc.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemadoc.testing.TestDatabases;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command, pointed at a live database as a role that can only read the catalogs and whose sessions default to
 * read-only, leaves the database exactly as it was: no tuple inserted, updated or deleted anywhere (system catalogs
 * included, which pg_stat_database counts), no transaction id ever assigned to a schemadoc session, and no lock but
 * ACCESS SHARE held while the commands run (sampled from pg_locks). A control write at the end proves the counters
 * would have moved.
 */
class ReadOnlyTest {
    private static final AtomicInteger ROLES = new AtomicInteger();

    static String exampleSql(String name) throws Exception {
        StringBuilder sql = new StringBuilder();
        try (Stream<Path> files = Files.list(TestDatabases.examplePath(name))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                sql.append(Files.readString(f)).append("\n;\n");
            }
        }
        return sql.toString();
    }

    static String databaseName(String url) {
        String path = url.substring(url.indexOf("//") + 2);
        path = path.substring(path.indexOf('/') + 1);
        return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    }

    /** tup_inserted/updated/deleted of the database (catalogs included) and n_tup_ins/upd/del of its user tables. */
    static List<Long> writeCounters(Connection monitor, String db) throws Exception {
        try (Statement s = monitor.createStatement()) {
            s.execute("SELECT pg_stat_force_next_flush()");
            s.execute("SELECT pg_stat_clear_snapshot()");
            List<Long> counters = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT tup_inserted, tup_updated, tup_deleted FROM pg_stat_database WHERE datname = '" + db + "'")) {
                rs.next();
                counters.add(rs.getLong(1));
                counters.add(rs.getLong(2));
                counters.add(rs.getLong(3));
            }
            try (ResultSet rs = s.executeQuery("SELECT coalesce(sum(n_tup_ins), 0), coalesce(sum(n_tup_upd), 0), coalesce(sum(n_tup_del), 0),"
                + " coalesce(sum(n_tup_hot_upd), 0) FROM pg_stat_user_tables")) {
                rs.next();
                for (int i = 1; i <= 4; i++) {
                    counters.add(rs.getLong(i));
                }
            }
            return counters;
        }
    }

    static void awaitNoSchemadocSessions(Connection monitor, String db) throws Exception {
        try (Statement s = monitor.createStatement()) {
            for (int i = 0; i < 600; i++) {
                s.execute("SELECT pg_stat_clear_snapshot()");
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'schemadoc' AND datname = '" + db + "'")) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        Thread.sleep(300); // a backend flushes its statistics as it exits; give the last one a moment
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("schemadoc sessions still open on " + db + " 30 s after the commands finished");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {15, 18})
    void everyCommandAsACatalogOnlyReadOnlyRoleWritesNothingAndLocksNothing(int pg, @TempDir Path scratch) throws Exception {
        String url = TestDatabases.databaseWith(pg, exampleSql("chat-app") + "\nCREATE TABLE hardening_probe (x int);");
        String db = databaseName(url);
        String role = "catalog_reader_" + ROLES.incrementAndGet();
        TestDatabases.execute(url, "CREATE ROLE " + role + " LOGIN; ALTER ROLE " + role + " SET default_transaction_read_only = on;");
        String asReader = url.replace("user=postgres", "user=" + role);
        try (Connection c = TestDatabases.connect(asReader); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("SELECT count(*) FROM public.chat_messages")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("CREATE TEMP TABLE t (a int)")).hasMessageContaining("read-only transaction");
        }

        try (Connection monitor = TestDatabases.connect(url + "&ApplicationName=hardening-monitor")) {
            awaitNoSchemadocSessions(monitor, db);
            List<Long> before = writeCounters(monitor, db);

            LockSampler sampler = new LockSampler(url + "&ApplicationName=hardening-sampler", db);
            Thread samplerThread = new Thread(sampler, "lock-sampler");
            samplerThread.start();
            List<String> ran = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            try {
                for (String[] args : Commands.all(asReader, "public.chat_messages", scratch)) {
                    if (!Cli.available(args[0])) {
                        skipped.add(args[0]);
                        continue;
                    }
                    Cli.Run run = Cli.run(args);
                    assertThat(run.code()).as("%s", run).isIn(0, 1);
                    ran.add(String.join(" ", args).replace(asReader, "URL"));
                }
                try (Serving serving = Cli.available("serve") ? Serving.start(asReader, "--poll-interval", "0.2") : null) {
                    if (serving == null) {
                        skipped.add("serve");
                    } else {
                        HttpClient client = HttpClient.newHttpClient();
                        assertThat(serving.get(client, "").statusCode()).isEqualTo(200);
                        Thread.sleep(1000); // a few fingerprint polls over serve's persistent session
                        ran.add("serve URL");
                    }
                }
            } finally {
                sampler.stop.set(true);
                samplerThread.join();
            }
            System.out.println("ReadOnlyTest ran: " + ran + "; not in this build: " + new TreeSet<>(skipped));
            assertThat(ran).as("at least inspect ran").isNotEmpty();
            assertThat(sampler.failure).as("lock sampler").isNull();
            assertThat(sampler.stronger).as("locks held by schemadoc sessions other than AccessShareLock").isEmpty();
            assertThat(sampler.withXid).as("schemadoc sessions that were given a transaction id (i.e. wrote)").isEmpty();
            assertThat(sampler.samplesWithSessions.get()).as("the sampler saw schemadoc sessions at work").isPositive();

            awaitNoSchemadocSessions(monitor, db);
            assertThat(writeCounters(monitor, db)).as("write counters of %s", db).isEqualTo(before);

            // Control: the same measurement does see a write.
            TestDatabases.execute(url, "INSERT INTO hardening_probe VALUES (1)");
            List<Long> after = before;
            for (int i = 0; i < 100 && after.equals(before); i++) {
                Thread.sleep(100);
                after = writeCounters(monitor, db);
            }
            assertThat(after).as("a real insert moves the counters").isNotEqualTo(before);
        }
    }

    /** Samples pg_locks for every schemadoc session on one database until told to stop. */
    static final class LockSampler implements Runnable {
        final AtomicBoolean stop = new AtomicBoolean();
        final Set<String> stronger = new ConcurrentSkipListSet<>();
        final Set<String> withXid = new ConcurrentSkipListSet<>();
        final AtomicInteger samplesWithSessions = new AtomicInteger();
        volatile Throwable failure;
        private final String url;
        private final String db;

        LockSampler(String url, String db) {
            this.url = url;
            this.db = db;
        }

        @Override
        public void run() {
            try (Connection c = TestDatabases.connect(url); Statement s = c.createStatement()) {
                while (!stop.get()) {
                    try (ResultSet rs = s.executeQuery("SELECT a.pid, l.locktype, l.mode, coalesce(l.relation::regclass::text, ''),"
                        + " a.backend_xid IS NOT NULL, left(a.query, 80)"
                        + " FROM pg_stat_activity a LEFT JOIN pg_locks l ON l.pid = a.pid"
                        + " WHERE a.application_name = 'schemadoc' AND a.datname = '" + db + "'")) {
                        boolean any = false;
                        while (rs.next()) {
                            any = true;
                            String type = rs.getString(2);
                            String mode = rs.getString(3);
                            if (type != null && !type.equals("virtualxid") && !"AccessShareLock".equals(mode)) {
                                stronger.add(type + " " + mode + " " + rs.getString(4) + " during: " + rs.getString(6));
                            }
                            if (rs.getBoolean(5)) {
                                withXid.add("pid " + rs.getInt(1) + " during: " + rs.getString(6));
                            }
                        }
                        if (any) {
                            samplesWithSessions.incrementAndGet();
                        }
                    }
                    Thread.sleep(2);
                }
            } catch (Throwable t) {
                failure = t;
            }
        }
    }
}
