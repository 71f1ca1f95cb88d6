package io.schemadoc.hardening;

import io.schemadoc.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code schemadoc serve} running on a thread of this JVM; stopped by interrupting it, as Ctrl-C's shutdown would. */
final class Serving implements AutoCloseable {
    private static final Pattern ADDRESS = Pattern.compile("at (http://[^ ]+/) ");

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final Thread thread;
    private volatile Integer code;
    private String base;

    private Serving(String... args) {
        thread = new Thread(() -> code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true)), "serve-under-test");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts serve on a free port; null when this build's serve is a placeholder. */
    static Serving start(String source, String... more) throws InterruptedException {
        List<String> args = new ArrayList<>(List.of("serve", source, "--port", "0"));
        args.addAll(List.of(more));
        Serving s = new Serving(args.toArray(String[]::new));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Matcher m = ADDRESS.matcher(s.out.toString());
            if (m.find()) {
                s.base = m.group(1);
                return s;
            }
            if (s.code != null) {
                if (s.err.toString().contains("is not available in this build yet")) {
                    return null;
                }
                throw new AssertionError("serve stopped with " + s.code + ": " + s.err);
            }
            Thread.sleep(50);
        }
        s.close();
        throw new AssertionError("serve did not start in 120 s: " + s.out + s.err);
    }

    String base() {
        return base;
    }

    HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(30_000);
        if (thread.isAlive()) {
            throw new AssertionError("serve did not stop within 30 s of being interrupted");
        }
    }
}
