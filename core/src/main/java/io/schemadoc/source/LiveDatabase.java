package io.schemadoc.source;

import io.schemadoc.model.Schema;
import io.schemadoc.postgres.CatalogReader;
import io.schemadoc.postgres.Provenance;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * A running PostgreSQL server. Every session is read-only ({@code default_transaction_read_only}), carries
 * {@code application_name = schemadoc}, a statement timeout and a short lock timeout, so schemadoc never writes and
 * never queues behind a migration for long. The catalog is read in one REPEATABLE READ, READ ONLY transaction.
 */
public final class LiveDatabase implements Source {
    private final ConnectionSettings settings;

    private LiveDatabase(ConnectionSettings settings) {
        this.settings = settings;
    }

    public static LiveDatabase fromUrl(String url, Map<String, String> env) {
        return new LiveDatabase(ConnectionSettings.fromUrl(url, env));
    }

    public static LiveDatabase fromEnvironment(Map<String, String> env) {
        return new LiveDatabase(ConnectionSettings.fromEnvironment(env));
    }

    @Override
    public Schema read(ReadOptions options) {
        try (Connection c = openReadOnly(options)) {
            return CatalogReader.read(c, options, Provenance.NONE);
        } catch (SQLException e) {
            throw failure(e, "reading the catalog of " + settings.masked());
        }
    }

    @Override
    public String description() {
        return settings.masked();
    }

    /**
     * Opens a read-only session (for the catalog, live lint rules and serve's change polling). The caller closes it.
     * Failures become {@link SourceException}s with one clear line.
     */
    public Connection openReadOnly(ReadOptions options) {
        Properties props = new Properties();
        props.setProperty("user", settings.user());
        if (settings.password() != null) {
            props.setProperty("password", settings.password());
        }
        props.setProperty("ApplicationName", "schemadoc");
        props.setProperty("readOnly", "true");
        props.setProperty("readOnlyMode", "always");
        props.setProperty("connectTimeout", "10");
        props.setProperty("loginTimeout", "15");
        props.setProperty("tcpKeepAlive", "true");
        long timeoutMs = options.statementTimeout().toMillis();
        props.setProperty("options", "-c default_transaction_read_only=on -c statement_timeout=" + timeoutMs
            + " -c lock_timeout=5000 -c idle_in_transaction_session_timeout=" + Math.max(timeoutMs * 2, 60000));
        settings.parameters().forEach(props::setProperty);
        try {
            return DriverManager.getConnection(settings.jdbcUrl(), props);
        } catch (SQLException e) {
            throw failure(e, "connecting to " + settings.masked());
        }
    }

    /** Turns a driver failure into one line that says what to try; never includes the password. */
    SourceException failure(SQLException e, String doing) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Throwable cause = e.getCause();
        String where = settings.host() + ":" + settings.port();
        String message = switch (state) {
            case "28P01" -> "password authentication failed for user " + settings.user() + " at " + where
                + " (check the password in the URL, PGPASSWORD or ~/.pgpass)";
            case "28000" -> "the server at " + where + " refused user " + settings.user() + ": " + clean(e.getMessage())
                + " (check pg_hba.conf, the user name, or sslmode)";
            case "3D000" -> "database \"" + settings.database() + "\" does not exist at " + where + " (check the database name in the URL)";
            case "57014" -> doing + " hit the statement timeout (raise it with --statement-timeout SECONDS)";
            case "55P03" -> doing + " waited too long for a lock (a migration may hold one; try again later)";
            case "42501" -> doing + " was refused: " + clean(e.getMessage()) + " (grant the role read access to the catalog, or use --schema/--exclude to skip it)";
            case "57P01", "57P02", "57P03", "08006", "08003" -> doing + " failed: the connection was lost (" + clean(e.getMessage())
                + "); check the server is up and try again";
            default -> null;
        };
        if (message == null) {
            if (cause instanceof UnknownHostException) {
                message = "unknown host " + settings.host() + " (check the host name in the URL or PGHOST)";
            } else if (cause instanceof ConnectException || state.startsWith("08")) {
                message = "cannot connect to " + where + ": " + clean(cause != null && cause.getMessage() != null ? cause.getMessage() : e.getMessage())
                    + " (is the server running and reachable? check host and port)";
            } else {
                message = doing + " failed: " + clean(e.getMessage());
            }
        }
        return new SourceException(message, e);
    }

    private String clean(String text) {
        String t = EmbeddedServer.oneLine(text);
        if (settings.password() != null && !settings.password().isEmpty()) {
            t = t.replace(settings.password(), "***");
        }
        return ConnectionSettings.maskUrl(t);
    }
}
