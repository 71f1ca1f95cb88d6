package io.schemadoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.model.ModelJson;
import io.schemadoc.output.svg.SchemaFixtures;
import io.schemadoc.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:(\\d+)/)");

    /** A running {@code schemadoc serve} in a thread of this JVM, stopped by interrupting it. */
    static final class Running implements AutoCloseable {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final AtomicInteger exit = new AtomicInteger(-1);
        final Thread thread;
        String base;

        Running(String... args) {
            thread = new Thread(() -> exit.set(Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true))), "serve-under-test");
            thread.start();
            waitFor(() -> URL.matcher(out.toString()).find() || exit.get() >= 0, "the server to start; stderr: " + err);
            Matcher m = URL.matcher(out.toString());
            assertThat(m.find()).as("serve printed its address; stdout: %s stderr: %s", out, err).isTrue();
            base = m.group(1);
        }

        HttpResponse<String> get(String path) throws Exception {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        String version() throws Exception {
            return get("__schemadoc/version").body();
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(20_000);
        }
    }

    static void waitFor(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    static boolean quietly(java.util.concurrent.Callable<Boolean> check) {
        try {
            return check.call();
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void servesASnapshotFromMemoryAndFollowsItsChangesKeepingTheLastGoodSite(@TempDir Path dir) throws Exception {
        Path snapshot = dir.resolve("schema.json");
        Files.writeString(snapshot, ModelJson.write(SchemaFixtures.chat()));
        try (Running serve = new Running("serve", snapshot.toString(), "--port", "0", "--poll-interval", "0.1")) {
            HttpResponse<String> index = serve.get("");
            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(index.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
            assertThat(index.headers().firstValue("Content-Security-Policy").orElse("")).startsWith("default-src 'none'");
            assertThat(index.body()).contains("public.users.html", "assets/live.js", "schemadoc-version");
            assertThat(serve.get("public.users.html").body()).contains("<h1><code>public.users</code>");
            assertThat(serve.get("er/public.users.svg").headers().firstValue("Content-Type")).contains("image/svg+xml");
            assertThat(serve.get("assets/live.js").statusCode()).isEqualTo(200);
            assertThat(serve.get("%2e%2e/pom.xml").statusCode()).isEqualTo(404);
            assertThat(serve.get("nothing-here.html").statusCode()).isEqualTo(404);
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(serve.base)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
            String first = serve.version();
            assertThat(first).matches("\\{\"version\":\"[0-9a-f]{16}\",\"error\":null\\}");

            Files.writeString(snapshot, ModelJson.write(SchemaFixtures.synthetic(3, 1)));
            waitFor(() -> quietly(() -> !serve.version().equals(first)), "the new snapshot to be served");
            assertThat(serve.get("s0.t00001.html").statusCode()).isEqualTo(200);
            assertThat(serve.get("public.users.html").statusCode()).isEqualTo(404);
            String second = serve.version();

            Files.writeString(snapshot, "{ not a snapshot");
            waitFor(() -> quietly(() -> serve.version().contains("\"error\":\"")), "the failure to be reported");
            assertThat(serve.version()).startsWith(second.substring(0, second.indexOf(",\"error\"")));
            assertThat(serve.get("s0.t00001.html").statusCode()).as("the last good site is still served").isEqualTo(200);
            assertThat(serve.err.toString()).contains("could not re-read the schema, still serving the last good site");

            Files.writeString(snapshot, ModelJson.write(SchemaFixtures.synthetic(3, 1)) + "\n");
            waitFor(() -> quietly(() -> serve.version().endsWith("\"error\":null}")), "the error to clear");
            assertThat(serve.version()).isEqualTo(second);
        }
    }

    @Test
    void followsALiveDatabaseOverOneReadOnlyConnection() throws Exception {
        String url = TestDatabases.databaseWith(18, "CREATE TABLE first_table (id bigint PRIMARY KEY, note text);");
        try (Running serve = new Running("serve", url, "--port", "0", "--poll-interval", "0.1")) {
            assertThat(serve.get("public.first_table.html").statusCode()).isEqualTo(200);
            String first = serve.version();
            TestDatabases.execute(url, "CREATE TABLE added (id bigint PRIMARY KEY, first_id bigint REFERENCES first_table(id));"
                + "COMMENT ON TABLE added IS 'added while serving';");
            waitFor(() -> quietly(() -> !serve.version().equals(first)), "the new table to be noticed");
            HttpResponse<String> added = serve.get("public.added.html");
            assertThat(added.statusCode()).isEqualTo(200);
            assertThat(added.body()).contains("added while serving", "public.first_table.html");
            String second = serve.version();
            TestDatabases.execute(url, "COMMENT ON COLUMN first_table.note IS 'a comment counts too';");
            waitFor(() -> quietly(() -> !serve.version().equals(second)), "the comment to be noticed");
            assertThat(serve.get("public.first_table.html").body()).contains("a comment counts too");
            try (Connection c = TestDatabases.connect(url);
                 ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'schemadoc' AND datname = current_database()")) {
                rs.next();
                assertThat(rs.getInt(1)).as("serve keeps one session open").isEqualTo(1);
            }
        }
    }

    @Test
    void followsAFolderOfMigrations(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("001_init.sql"), "CREATE TABLE accounts (id bigint PRIMARY KEY, name text);\n");
        try (Running serve = new Running("serve", dir.toString(), "--port", "0", "--poll-interval", "0.1")) {
            assertThat(serve.get("public.accounts.html").statusCode()).isEqualTo(200);
            String first = serve.version();
            Files.writeString(dir.resolve("002_orders.sql"),
                "CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts(id));\n");
            waitFor(() -> quietly(() -> !serve.version().equals(first)), "the new migration to be applied");
            assertThat(serve.get("public.orders.html").body()).contains("002_orders.sql:1", "public.accounts.html#c-id");
            String second = serve.version();
            Files.writeString(dir.resolve("003_broken.sql"), "CREATE TABLE broken (id bigint PRIMARY KEY, nope nosuchtype);\n");
            waitFor(() -> quietly(() -> serve.version().contains("\"error\":\"")), "the broken migration to be reported");
            assertThat(serve.version()).contains("003_broken.sql").startsWith(second.substring(0, second.indexOf(",\"error\"")));
            assertThat(serve.get("public.orders.html").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void refusesABadPortWithOneLine() {
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"serve", "x.json", "--port", "70000"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--port 70000 is not a port number").doesNotContain("\tat ");
    }
}
