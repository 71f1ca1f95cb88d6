package io.schemadoc.output.html;

import io.schemadoc.config.Config;
import io.schemadoc.model.Schema;
import io.schemadoc.output.OutputTree;
import io.schemadoc.source.ReadOptions;
import io.schemadoc.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a unit test (no timing assertions): prints how long inspect and the whole HTML site take for N synthetic
 * tables on embedded PostgreSQL 18, the shape the reference numbers use (8 columns, 1-2 FKs, 2 indexes).
 * Run: {@code mvn -o -q test-compile exec:java}-less: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * io.schemadoc.output.html.HtmlSiteBench 10000}.
 */
public final class HtmlSiteBench {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long t0 = System.nanoTime();
        String url = TestDatabases.freshDatabase(18);
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i % 500 == 0 && sql.length() > 0) {
                // one transaction per 500 tables: a single one runs out of lock slots
                TestDatabases.execute(url, sql.toString());
                sql.setLength(0);
            }
            sql.append("CREATE TABLE t").append(i).append(" (id bigint PRIMARY KEY");
            if (i > 0) {
                sql.append(", a_id bigint NOT NULL REFERENCES t").append((int) ((i * 2654435761L) % i)).append("(id)");
            }
            if (i > 1 && i % 3 == 0) {
                sql.append(", b_id bigint REFERENCES t").append(i / 2).append("(id)");
            }
            sql.append(", c1 text, c2 integer, c3 text, c4 timestamptz DEFAULT now(), c5 boolean);\n");
            sql.append("CREATE INDEX t").append(i).append("_c1 ON t").append(i).append("(c1);\n");
            sql.append("COMMENT ON TABLE t").append(i).append(" IS 'table ").append(i).append("';\n");
        }
        TestDatabases.execute(url, sql.toString());
        long t1 = System.nanoTime();
        System.out.printf("created %d tables in %.1f s%n", n, (t1 - t0) / 1e9);
        for (int rep = 0; rep < 2; rep++) {
            long a = System.nanoTime();
            Schema schema = TestDatabases.read(url, ReadOptions.defaults());
            long b = System.nanoTime();
            OutputTree tree = HtmlSite.render(schema, Config.DEFAULT);
            long c = System.nanoTime();
            Path out = Files.createTempDirectory("schemadoc-bench");
            HtmlSite.write(tree, out);
            long d = System.nanoTime();
            long bytes = tree.files().values().stream().mapToLong(x -> x.length).sum();
            System.out.printf("run %d: inspect %.1f s, html site %.1f s (%.1fx), write %.1f s, %d files, %.0f MB%n",
                rep + 1, (b - a) / 1e9, (c - b) / 1e9, (double) (c - b) / (b - a), (d - c) / 1e9, tree.files().size(), bytes / 1e6);
        }
        System.exit(0);
    }
}
