package io.schemadoc.source;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL server per major version per JVM (zonky; as root it runs under {@code unshare -U}).
 * Each read gets a database of its own, dropped afterwards, so tests and {@code diff} of two folders share the
 * start-up cost. The servers stop when the JVM exits.
 */
public final class EmbeddedServer {
    private static final Map<Integer, EmbeddedServer> RUNNING = new HashMap<>();
    private static final Map<Integer, Thread> STOP_HOOKS = new HashMap<>();
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final int major;
    private final EmbeddedPostgres postgres;
    private final Path workDirectory;

    private EmbeddedServer(int major, EmbeddedPostgres postgres, Path workDirectory) {
        this.major = major;
        this.postgres = postgres;
        this.workDirectory = workDirectory;
    }

    /** The running server of that major, started on first use. */
    public static synchronized EmbeddedServer of(int major) {
        EmbeddedServer server = RUNNING.get(major);
        if (server == null) {
            server = start(major);
            RUNNING.put(major, server);
            EmbeddedServer started = server;
            Thread hook = new Thread(started::stop, "schemadoc-pg" + major + "-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            STOP_HOOKS.put(major, hook);
        }
        return server;
    }

    /**
     * Stops every running server now rather than at JVM exit, for a host that unloads schemadoc's classes before
     * the JVM exits (Maven closes a plugin's class loader after the build), where a shutdown hook could no longer
     * load what stopping needs. The next {@link #of} starts a new server.
     */
    public static synchronized void stopAll() {
        for (Map.Entry<Integer, EmbeddedServer> running : RUNNING.entrySet()) {
            Thread hook = STOP_HOOKS.remove(running.getKey());
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is exiting already: the hook is running or about to, and stopping twice is harmless
            }
            running.getValue().stop();
        }
        RUNNING.clear();
    }

    private static EmbeddedServer start(int major) {
        requireUserNamespacesWhenRoot();
        requireDiskSpace();
        try {
            Path work = Files.createTempDirectory("schemadoc-pg" + major + "-");
            Path data = work.resolve("data");
            boolean fromTemplate = ClusterTemplate.copyInto(major, data, EmbeddedServer::builder);
            EmbeddedPostgres pg = builder(major).setDataDirectory(data).setCleanDataDirectory(!fromTemplate)
                .setRegisterShutdownHook(false).start();
            return new EmbeddedServer(major, pg, work);
        } catch (SourceException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root instanceof SourceException se) {
                throw se;
            }
            String why = root.getMessage() == null ? root.toString() : root.getMessage();
            throw new SourceException("cannot start the embedded PostgreSQL " + major + ": " + oneLine(why)
                + " (check free disk space in " + System.getProperty("java.io.tmpdir") + " and that `unshare -U` works when running as root)", e);
        }
    }

    /**
     * PostgreSQL refuses to run as root; zonky then runs it under {@code unshare -U}. Without user namespaces it would
     * fail later with an obscure message, so say what is wrong before trying.
     */
    private static void requireUserNamespacesWhenRoot() {
        if (!isRoot()) {
            return;
        }
        boolean works;
        try {
            Process p = new ProcessBuilder("unshare", "-U", "true").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            works = p.waitFor() == 0;
        } catch (IOException e) {
            works = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            works = false;
        }
        if (!works) {
            throw new SourceException("running as root, the embedded PostgreSQL needs `unshare -U` (unprivileged user namespaces), "
                + "which does not work here; run schemadoc as a normal user, or enable user namespaces (util-linux, sysctl kernel.unprivileged_userns_clone=1)");
        }
    }

    /** Binaries (about 60 MB, unpacked once) and a data folder (about 40 MB) go to the temporary folder. */
    private static void requireDiskSpace() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            long free = Files.getFileStore(tmp).getUsableSpace();
            long needed = 128L << 20;
            if (free < needed) {
                throw new SourceException("only " + (free >> 20) + " MB are free in " + tmp + "; the embedded PostgreSQL needs about "
                    + (needed >> 20) + " MB there (free some space, or point TMPDIR / -Djava.io.tmpdir at a roomier folder)");
            }
        } catch (IOException e) {
            // cannot tell: let the start itself report what goes wrong
        }
    }

    private static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[1].equals("0");
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: zonky needs no unshare there
        }
        return false;
    }

    static EmbeddedPostgres.Builder builder(int major) {
        return EmbeddedPostgres.builder()
            .setPgBinaryResolver(new PgBinaries(major))
            .setPGStartupWait(Duration.ofSeconds(60))
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .setServerConfig("max_connections", "50")
            .setServerConfig("track_functions", "all")
            // Scratch databases live for one read: vacuuming them is wasted work, and an autoanalyze of the catalogs
            // after a migration would write to a database while it is being read (ReadOnlyTest counts those writes).
            .setServerConfig("autovacuum", "off");
    }

    public int major() {
        return major;
    }

    public int port() {
        return postgres.getPort();
    }

    /** A JDBC URL for a database on this server (user postgres, trust authentication, loopback only). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database + "?user=postgres";
    }

    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("ApplicationName", "schemadoc");
        props.setProperty("preferQueryMode", "simple");
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + database, props);
    }

    /** Creates an empty database from template0 and returns its name. */
    public String createDatabase() throws SQLException {
        String name = "schemadoc_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        }
        return name;
    }

    /** Drops a database made by {@link #createDatabase()}, and the roles a read created in it, so the next read starts clean. */
    public void dropDatabase(String name, java.util.Set<String> rolesBefore) {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            if (rolesBefore != null) {
                for (String role : roles(c)) {
                    if (!rolesBefore.contains(role)) {
                        s.execute("DROP ROLE IF EXISTS " + io.schemadoc.model.Names.quoteIdent(role));
                    }
                }
            }
        } catch (SQLException e) {
            // Leaving a scratch database behind on a server that dies with this JVM harms nothing.
        }
    }

    public java.util.Set<String> roles(Connection c) throws SQLException {
        java.util.Set<String> names = new java.util.HashSet<>();
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT rolname FROM pg_roles")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /**
     * Stops the server when the JVM exits. The data is scratch, so an immediate shutdown (SIGQUIT: no checkpoint, no
     * waiting for clients) is right, with SIGKILL as the fallback; zonky's slower stop is used only if both fail.
     */
    private void stop() {
        Path pidFile = workDirectory.resolve("data").resolve("postmaster.pid");
        boolean down = false;
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElse(null);
            down = postmaster == null || quit(postmaster) || kill(postmaster);
        } catch (IOException | RuntimeException e) {
            // no readable pid file: let zonky try below
        }
        if (!down) {
            try {
                postgres.close();
            } catch (IOException | RuntimeException e) {
                // nothing more to try while the JVM exits
            }
        }
        ClusterTemplate.deleteTree(workDirectory);
    }

    private static boolean quit(ProcessHandle postmaster) {
        try {
            new ProcessBuilder("kill", "-QUIT", Long.toString(postmaster.pid())).start().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            postmaster.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean kill(ProcessHandle postmaster) {
        try {
            postmaster.destroyForcibly();
            postmaster.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
