package io.schemadoc.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} under load and under failure: 200 concurrent clients on loopback for 10 s (60 s with
 * {@code -Dhardening.long=true}) get every page without an error, and heap, threads and file descriptors come back
 * to where they were; a migration that breaks keeps the last good site served and the version endpoint (which the
 * page's live script shows as a banner) says why; paths never leave the site.
 */
class ServeLoadTest {
    static final int CLIENTS = 200;

    @Test
    void twoHundredClientsThenABrokenMigration(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Cli.available("serve"), "serve is not in this build");
        Path sql = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(sql.resolve("1_init.sql"), ReadOnlyTest.exampleSql("chat-app"));
        long seconds = Boolean.getBoolean("hardening.long") ? 60 : 10;

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (Serving serving = Serving.start(sql.toString(), "--poll-interval", "0.5")) {
            HttpClient client = HttpClient.newHttpClient();
            List<String> paths = List.of("", "index.html", "public.chat_messages.html", "assets/schemadoc.css", "assets/schemadoc.js",
                "search-index.js", "er/public.chat_messages.svg", "__schemadoc/version");
            for (String p : paths) {
                assertThat(serving.get(client, p).statusCode()).as("GET /%s", p).isEqualTo(200);
            }
            String index = serving.get(client, "").body();

            // Warm up once, then measure from a settled heap.
            load(serving.base(), paths, 20, 1);
            long heapBefore = settledHeap(memory);
            int threadsBefore = Thread.activeCount();
            long fdsBefore = openFiles();

            Result r = load(serving.base(), paths, CLIENTS, seconds);
            assertThat(r.errors).as("failed requests (first: %s)", r.firstError).isEmpty();
            assertThat(r.ok.get()).as("requests served").isGreaterThan(CLIENTS);
            System.out.printf("ServeLoadTest: %d clients, %d s, %d requests%n", CLIENTS, seconds, r.ok.get());

            long heapAfter = settledHeap(memory);
            assertThat(heapAfter - heapBefore).as("heap growth after %d requests (before %d MB, after %d MB)", r.ok.get(),
                heapBefore >> 20, heapAfter >> 20).isLessThan(64L << 20);
            waitFor(() -> Thread.activeCount() <= threadsBefore + 5);
            assertThat(Thread.activeCount()).as("threads").isLessThanOrEqualTo(threadsBefore + 5);
            waitFor(() -> openFiles() <= fdsBefore + 20);
            assertThat(openFiles()).as("open file descriptors").isLessThanOrEqualTo(fdsBefore + 20);

            // Paths never leave the site; unknown pages echo nothing that runs.
            for (String evil : List.of("../../../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "..%2f..%2f..%2fetc%2fpasswd", "/etc/passwd",
                "assets/../../pom.xml", "%3Cscript%3Ealert(1)%3C/script%3E.html")) {
                HttpResponse<String> res = serving.get(client, evil);
                assertThat(res.statusCode()).as("GET /%s", evil).isIn(400, 404);
                assertThat(res.body()).doesNotContain("root:x:").doesNotContain("<project").doesNotContain("<script>alert");
            }

            // A migration that fails: the last good site stays, and says why.
            Files.writeString(sql.resolve("2_broken.sql"), "alter table public.chat_messages add column oops no_such_type;\n");
            String error = null;
            for (int i = 0; i < 600 && error == null; i++) {
                Thread.sleep(100);
                String v = serving.get(client, "__schemadoc/version").body();
                if (!v.contains("\"error\":null")) {
                    error = v;
                }
            }
            assertThat(error).as("the version endpoint reports the failed refresh").isNotNull().contains("2_broken.sql").contains("no_such_type");
            HttpResponse<String> still = serving.get(client, "");
            assertThat(still.statusCode()).isEqualTo(200);
            assertThat(still.body()).isEqualTo(index);
            assertThat(still.body()).contains("live.js");
            assertThat(serving.err.toString()).contains("still serving the last good site");

            // Fixed: the banner goes and the new site is served.
            Files.writeString(sql.resolve("2_broken.sql"), "alter table public.chat_messages add column fixed text;\n");
            boolean rebuilt = false;
            for (int i = 0; i < 600 && !rebuilt; i++) {
                Thread.sleep(100);
                rebuilt = serving.get(client, "__schemadoc/version").body().contains("\"error\":null")
                    && serving.get(client, "public.chat_messages.html").body().contains("fixed");
            }
            assertThat(rebuilt).as("site rebuilt after the fix").isTrue();
        }
    }

    record Result(AtomicLong ok, Map<String, Integer> errors, String firstError) {}

    static Result load(String base, List<String> paths, int clients, long seconds) throws Exception {
        AtomicLong ok = new AtomicLong();
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        String[] first = new String[1];
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(clients);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        for (int c = 0; c < clients; c++) {
            int id = c;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    int n = id;
                    while (System.nanoTime() < deadline) {
                        String p = paths.get(n++ % paths.size());
                        try {
                            HttpURLConnection con = (HttpURLConnection) URI.create(base + p).toURL().openConnection();
                            con.setConnectTimeout(30_000);
                            con.setReadTimeout(30_000);
                            int status = con.getResponseCode();
                            try (InputStream in = con.getInputStream()) {
                                in.readAllBytes();
                            }
                            if (status == 200) {
                                ok.incrementAndGet();
                            } else {
                                errors.merge("HTTP " + status, 1, Integer::sum);
                            }
                        } catch (Exception e) {
                            errors.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                            synchronized (first) {
                                if (first[0] == null) {
                                    first[0] = p + ": " + e;
                                }
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "client-" + c);
            t.setDaemon(true);
            t.start();
        }
        start.countDown();
        assertThat(done.await(seconds + 120, java.util.concurrent.TimeUnit.SECONDS)).as("clients finished").isTrue();
        return new Result(ok, errors, first[0]);
    }

    static long settledHeap(MemoryMXBean memory) throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    static long openFiles() {
        String[] fds = new java.io.File("/proc/self/fd").list();
        return fds == null ? 0 : fds.length;
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
    }
}
