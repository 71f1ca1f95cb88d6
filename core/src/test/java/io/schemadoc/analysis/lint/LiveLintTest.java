package io.schemadoc.analysis.lint;

import io.schemadoc.model.LiveStats;
import io.schemadoc.postgres.LiveStatsReader;
import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.config.Config;
import io.schemadoc.model.Schema;
import io.schemadoc.source.LiveDatabase;
import io.schemadoc.source.ReadOptions;
import io.schemadoc.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Live rules on real statistics: a database made to need them (a low-selectivity index, an unused index, a
 * table read by sequential scans, a sequence near its end, a churned table and index), read over the same
 * read-only session the CLI uses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveLintTest {
    String url;
    LintResult result;

    int pg() {
        return 18;
    }

    @BeforeAll
    void prepare() throws Exception {
        url = TestDatabases.databaseWith(pg(), """
            create table big (id int primary key, status int not null, payload text not null, n int not null);
            create index big_status on big (status);
            create index big_n on big (n);
            insert into big select g, g % 3, repeat('x', 50), g from generate_series(1, 30000) g;
            create table churn (id int primary key, pad text not null);
            create index churn_pad on churn (pad);
            insert into churn select g, md5(g::text) || md5((g + 1)::text) || md5((g + 2)::text) from generate_series(1, 100000) g;
            delete from churn where id % 10 <> 0;
            create sequence nearly as integer;
            select setval('nearly', 2000000000);
            create sequence young as integer;
            select setval('young', 1000);
            create table grown (id int primary key, pad text not null) with (autovacuum_enabled = false);
            create index grown_pad on grown (pad);
            insert into grown select g, md5(g::text) from generate_series(1, 1000) g;
            create table locked (id int primary key);
            """);
        TestDatabases.execute(url, "vacuum analyze churn");
        TestDatabases.execute(url, "analyze big");
        // Analyzed at 1,000 rows, then grown 200-fold: 15 MB of heap and 10 MB of index that the statistics do not
        // know of yet, which is growth, not bloat.
        TestDatabases.execute(url, "analyze grown");
        TestDatabases.execute(url, "insert into grown select g, md5(g::text) || md5((-g)::text) from generate_series(1001, 200000) g");
        try (Connection c = TestDatabases.connect(url); Statement s = c.createStatement()) {
            for (int i = 0; i < 12; i++) {
                try (ResultSet rs = s.executeQuery("select * from big where payload = 'nothing'")) {
                    assertThat(rs.next()).isFalse();
                }
            }
            s.execute("select pg_stat_force_next_flush()");
        }
        ReadOptions options = ReadOptions.defaults().withPgVersion(pg());
        LiveDatabase live = LiveDatabase.fromUrl(url, Map.of());
        Schema schema = live.read(options);
        LiveStats stats;
        try (Connection c = live.openReadOnly(options)) {
            stats = LiveStatsReader.read(c);
        }
        result = new Linter(Config.LintSettings.DEFAULT).lint(schema, stats);
    }

    List<String> names(String rule) {
        return result.findings().stream().filter(f -> f.ruleId().equals(rule)).map(Finding::logicalName).toList();
    }

    @Test
    void liveRulesRunOnALiveDatabase() {
        assertThat(result.notes()).noneMatch(n -> n.startsWith("live rules skipped"));
        assertThat(result.rules()).anyMatch(r -> r.rule() instanceof LiveRule);
    }

    @Test
    void lowSelectivityIndex() {
        assertThat(names("low-selectivity-index")).containsExactly("public.big.big_status");
    }

    @Test
    void unusedIndexesButNotConstraintIndexes() {
        assertThat(names("unused-index")).contains("public.big.big_n", "public.big.big_status").doesNotContain("public.big.big_pkey");
    }

    @Test
    void sequenceNearExhaustion() {
        assertThat(names("sequence-near-exhaustion")).containsExactly("public.nearly");
    }

    @Test
    void sequentialScans() {
        assertThat(names("seq-scan-heavy")).containsExactly("public.big");
    }

    @Test
    void growthSinceTheLastAnalyzeIsNotBloat() {
        // Sizes and row counts are taken at the same moment (relpages, reltuples); the file's size today against
        // the row count of the last ANALYZE would report both as more than 90 % waste.
        assertThat(names("table-bloat")).doesNotContain("public.grown");
        assertThat(names("index-bloat")).doesNotContain("public.grown.grown_pad", "public.grown.grown_pkey");
    }

    @Test
    void statisticsAreReadWithoutWaitingForALockHeldByAMigration() throws Exception {
        ReadOptions options = ReadOptions.defaults().withPgVersion(pg());
        LiveDatabase live = LiveDatabase.fromUrl(url, Map.of());
        try (Connection migration = TestDatabases.connect(url); Statement m = migration.createStatement()) {
            migration.setAutoCommit(false);
            m.execute("lock table locked in access exclusive mode");
            LiveStats stats;
            try (Connection c = live.openReadOnly(options)) {
                // While the lock is held: measuring sizes with pg_relation_size waited for it and failed here
                // after lock_timeout (55P03).
                stats = LiveStatsReader.read(c);
            } finally {
                migration.rollback();
            }
            assertThat(stats.indexes()).extracting(LiveStats.IndexUsage::index).contains("locked_pkey");
            assertThat(stats.tables()).extracting(LiveStats.TableUsage::table).contains("locked");
        }
    }

    @Test
    void bloat() {
        assertThat(names("table-bloat")).containsExactly("public.churn");
        assertThat(names("index-bloat")).contains("public.churn.churn_pad").doesNotContain("public.big.big_pkey");
    }
}
