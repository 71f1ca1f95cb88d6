package io.schemadoc.cli;

import io.schemadoc.SchemadocException;
import io.schemadoc.config.Config;
import io.schemadoc.config.ConfigLoader;
import io.schemadoc.model.ModelJson;
import io.schemadoc.model.Schema;
import io.schemadoc.output.DocInput;
import io.schemadoc.output.OutputTree;
import io.schemadoc.output.html.HtmlRenderer;
import io.schemadoc.output.html.SiteServer;
import io.schemadoc.output.svg.SvgRenderer;
import io.schemadoc.postgres.CatalogReader;
import io.schemadoc.postgres.Provenance;
import io.schemadoc.source.LiveDatabase;
import io.schemadoc.source.ReadOptions;
import io.schemadoc.source.Snapshot;
import io.schemadoc.source.Source;
import io.schemadoc.source.FlywayMigrations;
import io.schemadoc.source.SqlFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code schemadoc serve}: the HTML site from memory, re-read when the schema changes. What "changed" means
 * depends on the SOURCE: a live database is asked for a catalog fingerprint over one persistent read-only
 * connection (which also reads the catalog when it moves); SQL folders and snapshots by file sizes and times.
 * A failed re-read keeps the last good site and the open pages say so.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the documentation site and refresh it when the schema changes.")
final class ServeCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE",
        description = "postgres:// URL, .json snapshot, .sql file or folder of .sql files (default: DATABASE_URL or PG* variables).")
    String source;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
        description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 serves everyone who can reach it).")
    String bind;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Config file (default: .schemadoc.yml in SOURCE or the current folder).")
    Path configFile;

    @Option(names = "--poll-interval", paramLabel = "SECONDS", defaultValue = "2",
        description = "How often to look for schema changes (default: ${DEFAULT-VALUE}).")
    double pollSeconds;

    @Mixin
    SourceOptions sourceOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new SchemadocException("--port " + port + " is not a port number (use 1-65535, or 0 for any free port)");
        }
        if (!(pollSeconds > 0)) {
            throw new SchemadocException("--poll-interval must be more than 0 seconds");
        }
        Config config = ConfigLoader.load(configFile, source);
        ReadOptions options = sourceOptions.readOptions();
        Source src = sourceOptions.source(source);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SvgRenderer svg = new SvgRenderer(50_000);
        try (Watcher watcher = Watcher.of(src, options)) {
            String seen = watcher.fingerprint();
            Schema schema = watcher.read();
            Built site = build(schema, config, svg);
            InetSocketAddress address = address();
            try (SiteServer server = start(address, site)) {
                String host = address.getAddress().isAnyLocalAddress() ? "localhost" : address.getHostString();
                out.println("schemadoc: serving " + src.description() + " at http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/ (Ctrl-C to stop)");
                if (!address.getAddress().isLoopbackAddress()) {
                    err.println("schemadoc: warning: listening on " + bind + ": anyone who can reach this machine can read the schema");
                }
                out.flush();
                err.flush();
                String good = seen;
                long sleepMs = Math.max(10, Math.round(pollSeconds * 1000));
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        Thread.sleep(sleepMs);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                    String now;
                    try {
                        now = watcher.fingerprint();
                    } catch (RuntimeException e) {
                        server.failed(message(e));
                        continue;
                    }
                    if (now.equals(seen)) {
                        if (now.equals(good)) {
                            server.recovered();
                        }
                        continue;
                    }
                    seen = now;
                    try {
                        Built next = build(watcher.read(), config, svg);
                        server.publish(next.tree(), next.version());
                        good = now;
                        out.println("schemadoc: schema changed, site rebuilt (" + next.version() + ")");
                    } catch (RuntimeException e) {
                        server.failed(message(e));
                        err.println("schemadoc: could not re-read the schema, still serving the last good site: " + message(e));
                    }
                    out.flush();
                    err.flush();
                }
            }
        }
        return Main.OK;
    }

    private static String message(RuntimeException e) {
        return Main.oneLine(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private InetSocketAddress address() {
        try {
            return new InetSocketAddress(InetAddress.getByName(bind), port);
        } catch (java.net.UnknownHostException e) {
            throw new SchemadocException("--bind " + bind + " is not an address of this machine (try 127.0.0.1)");
        }
    }

    private SiteServer start(InetSocketAddress address, Built site) {
        try {
            return new SiteServer(address, site.tree(), site.version());
        } catch (BindException e) {
            throw new SchemadocException("cannot listen on " + bind + ":" + port + ": " + e.getMessage() + " (choose another --port, or stop what uses it)");
        } catch (IOException e) {
            throw new SchemadocException("cannot start the web server on " + bind + ":" + port + ": " + e.getMessage());
        }
    }

    record Built(OutputTree tree, String version) {}

    /** Renders the site; its version is a hash of the model, so a change that leaves the model alone reloads nothing. */
    static Built build(Schema schema, Config config, SvgRenderer svg) {
        String version = sha256(ModelJson.write(schema)).substring(0, 16);
        OutputTree tree = new OutputTree();
        new HtmlRenderer(svg, version).render(DocInput.of(schema, config), tree);
        return new Built(tree, version);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tells whether the schema may have changed (a fingerprint), and reads it. */
    interface Watcher extends AutoCloseable {
        String fingerprint();

        Schema read();

        @Override
        default void close() {}

        static Watcher of(Source src, ReadOptions options) {
            if (src instanceof LiveDatabase db) {
                return new DatabaseWatcher(db, options);
            }
            if (src instanceof SqlFiles files) {
                return new FilesWatcher(src, options, files.path());
            }
            if (src instanceof FlywayMigrations flyway) {
                return new FilesWatcher(src, options, flyway.path());
            }
            if (src instanceof io.schemadoc.source.LiquibaseChangelog changelog) {
                // includes sit next to or below the master changelog: a change there is what reading again would see
                return new FilesWatcher(src, options, changelog.changelog().getParent());
            }
            if (src instanceof Snapshot snapshot) {
                return new FilesWatcher(src, options, snapshot.file());
            }
            throw new SchemadocException("serve cannot watch " + src.description());
        }
    }

    /**
     * One read-only session, kept open: the fingerprint query every poll, the catalog read when it moves. A lost
     * connection is opened again at the next poll (the failure shows as a banner meanwhile).
     */
    static final class DatabaseWatcher implements Watcher {
        private static final String FINGERPRINT = sql("catalog_fingerprint.sql");
        private final LiveDatabase db;
        private final ReadOptions options;
        private Connection connection;

        DatabaseWatcher(LiveDatabase db, ReadOptions options) {
            this.db = db;
            this.options = options;
        }

        private Connection connection() {
            try {
                if (connection != null && !connection.isClosed()) {
                    return connection;
                }
            } catch (SQLException e) {
                closeQuietly();
            }
            connection = db.openReadOnly(options);
            return connection;
        }

        @Override
        public String fingerprint() {
            try (Statement s = connection().createStatement(); ResultSet rs = s.executeQuery(FINGERPRINT)) {
                rs.next();
                return rs.getString(1);
            } catch (SQLException e) {
                closeQuietly();
                throw new SchemadocException("cannot check " + db.description() + " for changes: " + Main.oneLine(e.getMessage()), e);
            }
        }

        @Override
        public Schema read() {
            try {
                return CatalogReader.read(connection(), options, Provenance.NONE);
            } catch (SQLException e) {
                closeQuietly();
                throw new SchemadocException("cannot read the catalog of " + db.description() + ": " + Main.oneLine(e.getMessage()), e);
            }
        }

        private void closeQuietly() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // the session is gone either way; the next poll opens a new one
                }
                connection = null;
            }
        }

        @Override
        public void close() {
            closeQuietly();
        }

        private static String sql(String name) {
            try (InputStream in = ServeCommand.class.getResourceAsStream("/io/schemadoc/postgres/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource io/schemadoc/postgres/" + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A snapshot file or a folder of SQL files: the names, sizes and modification times of its files. */
    static final class FilesWatcher implements Watcher {
        private final Source src;
        private final ReadOptions options;
        private final Path root;

        FilesWatcher(Source src, ReadOptions options, Path root) {
            this.src = src;
            this.options = options;
            this.root = root;
        }

        @Override
        public String fingerprint() {
            List<String> parts = new ArrayList<>();
            try (Stream<Path> walk = Files.isDirectory(root) ? Files.walk(root) : Stream.of(root)) {
                for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        parts.add(root.relativize(p) + "|" + a.size() + "|" + a.lastModifiedTime().toMillis());
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                throw new SchemadocException("cannot look at " + root + " for changes: " + e.getMessage());
            }
            return sha256(String.join("\n", parts));
        }

        @Override
        public Schema read() {
            return src.read(options);
        }
    }
}
