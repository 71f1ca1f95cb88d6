package io.schemadoc.output.html;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.schemadoc.output.OutputTree;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a site from memory with the JDK's HTTP server. {@link #publish} swaps in a new site at once (a reader
 * sees either the old or the new one, never a mix); {@link #failed} keeps the last good site and tells open pages
 * so through {@code /__schemadoc/version}. Only GET and HEAD of files the site holds are answered: a path is a
 * key in a map, so no request can reach the file system.
 */
public final class SiteServer implements AutoCloseable {
    public static final String VERSION_PATH = "/__schemadoc/version";

    private record State(Map<String, byte[]> files, String version, String error) {}

    private volatile State state;
    private final HttpServer server;
    private final ExecutorService pool;

    public SiteServer(InetSocketAddress address, OutputTree site, String version) throws IOException {
        this.state = new State(site.files(), version, null);
        this.server = HttpServer.create(address, 0);
        this.pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "schemadoc-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    public String version() {
        return state.version();
    }

    public String error() {
        return state.error();
    }

    public void publish(OutputTree site, String version) {
        state = new State(site.files(), version, null);
    }

    /** The source answers again and has not changed since the last good site: drop the banner. */
    public void recovered() {
        State s = state;
        if (s.error() != null) {
            state = new State(s.files(), s.version(), null);
        }
    }

    /** The schema could not be re-read: keep serving the last good site, and say why. */
    public void failed(String message) {
        State s = state;
        state = new State(s.files(), s.version(), message == null ? "unknown error" : message);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8), false);
                return;
            }
            URI uri = ex.getRequestURI();
            String path = uri.getPath() == null ? "/" : uri.getPath();
            State s = state;
            if (path.equals(VERSION_PATH)) {
                String json = "{\"version\":" + Html.jsString(s.version()) + ",\"error\":" + (s.error() == null ? "null" : Html.jsString(s.error())) + "}";
                send(ex, 200, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            String key = path.equals("/") ? "index.html" : path.substring(1);
            if (key.endsWith("/")) {
                key = key + "index.html";
            }
            byte[] body = s.files().get(key);
            if (body == null) {
                if (key.endsWith(".html")) {
                    // A page left open on a table that was dropped reloads into this: say so and lead back.
                    String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        + "<title>Not found</title>\n<link rel=\"stylesheet\" href=\"/assets/schemadoc.css\">\n</head>\n<body>\n<main id=\"main\">\n"
                        + "<h1>Not found</h1>\n<p>not found: <code>" + Html.text(key) + "</code> is not in the schema (any more).</p>\n"
                        + "<p><a href=\"/\">Back to the index</a></p>\n</main>\n</body>\n</html>\n";
                    send(ex, 404, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), head);
                } else {
                    send(ex, 404, "text/plain; charset=utf-8", ("not found: " + key + "\n").getBytes(StandardCharsets.UTF_8), head);
                }
                return;
            }
            send(ex, 200, contentType(key), body, head);
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, boolean head) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        if (type.startsWith("text/html")) {
            ex.getResponseHeaders().set("Content-Security-Policy", Page.CSP);
        }
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static String contentType(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (p.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (p.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        } else if (p.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (p.endsWith(".json")) {
            return "application/json; charset=utf-8";
        } else if (p.endsWith(".md")) {
            return "text/markdown; charset=utf-8";
        }
        return "application/octet-stream";
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
