package io.schemadoc.source;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where and as whom to connect, from a {@code postgres://} URL, a {@code jdbc:postgresql:} URL, or libpq's
 * {@code PG*} variables, with the password looked up in {@code ~/.pgpass} (or {@code PGPASSFILE}) when none is given.
 * {@link #toString()} and {@link #masked()} never show the password.
 */
record ConnectionSettings(String host, int port, String database, String user, String password, Map<String, String> parameters) {

    ConnectionSettings {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    static ConnectionSettings fromUrl(String url, Map<String, String> env) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        String rest;
        if (lower.startsWith("jdbc:postgresql://")) {
            rest = url.substring("jdbc:postgresql://".length());
        } else if (lower.startsWith("jdbc:postgresql:")) {
            rest = "/" + url.substring("jdbc:postgresql:".length());
        } else if (lower.startsWith("postgresql://")) {
            rest = url.substring("postgresql://".length());
        } else if (lower.startsWith("postgres://")) {
            rest = url.substring("postgres://".length());
        } else {
            throw new SourceException("not a PostgreSQL URL: " + maskUrl(url));
        }
        Map<String, String> params = new LinkedHashMap<>();
        int q = rest.indexOf('?');
        if (q >= 0) {
            for (String pair : rest.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.put(k, v);
            }
            rest = rest.substring(0, q);
        }
        String user = null;
        String password = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String cred = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = cred.indexOf(':');
            user = decode(colon < 0 ? cred : cred.substring(0, colon));
            password = colon < 0 ? null : decode(cred.substring(colon + 1));
        }
        String hostPort = rest;
        String database = null;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            hostPort = rest.substring(0, slash);
            database = decode(rest.substring(slash + 1));
        }
        String host = hostPort;
        int port = 5432;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            host = hostPort.substring(0, close + 1);
            if (close + 1 < hostPort.length() && hostPort.charAt(close + 1) == ':') {
                port = parsePort(hostPort.substring(close + 2), url);
            }
        } else {
            int colon = hostPort.lastIndexOf(':');
            if (colon >= 0) {
                host = hostPort.substring(0, colon);
                port = parsePort(hostPort.substring(colon + 1), url);
            }
        }
        if (params.containsKey("user")) {
            user = params.remove("user");
        }
        if (params.containsKey("password")) {
            password = params.remove("password");
        }
        if (params.containsKey("host")) {
            host = params.remove("host");
        }
        if (params.containsKey("port")) {
            port = parsePort(params.remove("port"), url);
        }
        if (params.containsKey("dbname")) {
            database = params.remove("dbname");
        }
        if (host == null || host.isEmpty()) {
            host = env.getOrDefault("PGHOST", "localhost");
        }
        if (user == null || user.isEmpty()) {
            user = env.getOrDefault("PGUSER", System.getProperty("user.name"));
        }
        if (database == null || database.isEmpty()) {
            database = env.getOrDefault("PGDATABASE", user);
        }
        if (password == null) {
            password = env.get("PGPASSWORD");
        }
        ConnectionSettings s = new ConnectionSettings(host, port, database, user, password, params);
        return s.password() == null ? s.withPassword(PgPass.lookup(env, host, port, database, user)) : s;
    }

    static ConnectionSettings fromEnvironment(Map<String, String> env) {
        String host = env.getOrDefault("PGHOST", "localhost");
        int port = env.containsKey("PGPORT") ? parsePort(env.get("PGPORT"), "PGPORT") : 5432;
        String user = env.getOrDefault("PGUSER", System.getProperty("user.name"));
        String database = env.getOrDefault("PGDATABASE", user);
        Map<String, String> params = new LinkedHashMap<>();
        if (env.containsKey("PGSSLMODE")) {
            params.put("sslmode", env.get("PGSSLMODE"));
        }
        String password = env.get("PGPASSWORD");
        if (password == null) {
            password = PgPass.lookup(env, host, port, database, user);
        }
        return new ConnectionSettings(host, port, database, user, password, params);
    }

    ConnectionSettings withPassword(String pw) {
        return new ConnectionSettings(host, port, database, user, pw, parameters);
    }

    /** The JDBC URL without credentials (they go in connection properties, never in text). */
    String jdbcUrl() {
        String h = host.startsWith("/") ? "localhost" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + encode(database);
    }

    /** {@code postgres://user@host:port/db}: what messages may show. */
    String masked() {
        return "postgres://" + user + (password != null ? ":***" : "") + "@" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return masked();
    }

    /** Masks the password of any URL-looking text, for echoing arguments back. */
    static String maskUrl(String text) {
        return text.replaceAll("(://[^:/@\\s]*:)[^@\\s]*@", "$1***@").replaceAll("(?i)(password=)[^&\\s]*", "$1***");
    }

    private static int parsePort(String text, String context) {
        try {
            int p = Integer.parseInt(text.trim());
            if (p > 0 && p < 65536) {
                return p;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new SourceException("bad port '" + text + "' in " + maskUrl(context) + " (expected 1–65535)");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** libpq's password file: host:port:database:user:password, {@code *} matching anything, {@code \:} and {@code \\} escaped. */
    static final class PgPass {
        private PgPass() {}

        static String lookup(Map<String, String> env, String host, int port, String database, String user) {
            Path file = env.containsKey("PGPASSFILE") ? Path.of(env.get("PGPASSFILE")) : Path.of(System.getProperty("user.home"), ".pgpass");
            if (!Files.isRegularFile(file)) {
                return null;
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return null;
            }
            String h = host.startsWith("/") ? "localhost" : host;
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> f = fields(line);
                if (f.size() < 5) {
                    continue;
                }
                if (match(f.get(0), h) && match(f.get(1), String.valueOf(port)) && match(f.get(2), database) && match(f.get(3), user)) {
                    return f.get(4);
                }
            }
            return null;
        }

        private static boolean match(String pattern, String value) {
            return pattern.equals("*") || pattern.equals(value);
        }

        private static List<String> fields(String line) {
            List<String> out = new java.util.ArrayList<>();
            StringBuilder cur = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    cur.append(line.charAt(++i));
                } else if (c == ':' && out.size() < 4) {
                    out.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            out.add(cur.toString());
            return out;
        }
    }
}
