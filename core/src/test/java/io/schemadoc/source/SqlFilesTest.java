package io.schemadoc.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlFilesTest {

    private static final ReadOptions PG18 = ReadOptions.defaults();

    @Test
    void filesRunInNaturalOrder(@TempDir Path dir) throws Exception {
        // 10_ depends on 2_: a lexical order would fail.
        Files.writeString(dir.resolve("10_b.sql"), "alter table a add column y int;\n");
        Files.writeString(dir.resolve("2_a.sql"), "create table a (x int);\n");
        Files.writeString(dir.resolve("notes.txt"), "not sql");
        SqlFiles files = new SqlFiles(dir);
        assertThat(files.files()).extracting(p -> p.getFileName().toString()).containsExactly("2_a.sql", "10_b.sql");
        files.read(PG18);
    }

    @Test
    void aReadReportsMigrationsAppliedAndCatalogQueriesRun(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("1_a.sql"), "create table a (x int);\n");
        Files.writeString(dir.resolve("2_b.sql"), "create table b (y int);\n");
        java.util.List<String> heard = new java.util.ArrayList<>();
        ReadProgress recorder = new ReadProgress() {
            @Override
            public void phase(String name, long total) {
                heard.add(name + " /" + total);
            }

            @Override
            public void advance(long n) {
                heard.add("+" + n);
            }
        };
        new SqlFiles(dir).read(PG18.withProgress(recorder));
        java.util.List<String> expected = new java.util.ArrayList<>(java.util.List.of("applying migrations /2", "+1", "+1",
            "reading the catalog (queries run) /14"));
        expected.addAll(java.util.Collections.nCopies(14, "+1"));
        assertThat(heard).isEqualTo(expected);
    }

    @Test
    void aSqlErrorNamesFileLineAndMessage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("1_ok.sql"), "create table a (x int);\n");
        Files.writeString(dir.resolve("2_bad.sql"), "create table b (x int);\n\n-- next one is wrong\ncreate table c (x no_such_type);\n");
        assertThatThrownBy(() -> new SqlFiles(dir).read(PG18))
            .isInstanceOf(SourceException.class)
            .hasMessageStartingWith("2_bad.sql:4: ERROR: type \"no_such_type\" does not exist");
    }

    @Test
    void aRuntimeErrorWithoutPositionIsLocatedByReplay(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("m.sql"), "create table a (x int);\ninsert into a values (1);\n\ninsert into a select 1 / 0;\n");
        assertThatThrownBy(() -> new SqlFiles(dir).read(PG18))
            .hasMessageStartingWith("m.sql:4: ERROR: division by zero");
    }

    @Test
    void eachFileIsOneTransaction(@TempDir Path dir) throws Exception {
        // A failing file leaves nothing behind, so the error is the first statement's, not a later "already exists".
        Files.writeString(dir.resolve("1.sql"), "create table a (x int);\ncreate table a (x int);\n");
        assertThatThrownBy(() -> new SqlFiles(dir).read(PG18)).hasMessageContaining("1.sql:2: ERROR: relation \"a\" already exists");
    }

    @Test
    void statementsThatRefuseATransactionRunOneByOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("1.sql"), "create table a (x int);\ncreate index concurrently a_x on a (x);\n");
        new SqlFiles(dir).read(PG18);
    }

    @Test
    void psqlMetaCommandsAreRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("1.sql"), "create table a (x int);\n\\i other.sql\n");
        assertThatThrownBy(() -> new SqlFiles(dir).read(PG18))
            .isInstanceOf(SourceException.class)
            .hasMessageStartingWith("1.sql:2: psql meta-command \\i is not SQL");
    }

    @Test
    void anEmptyFolderIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> new SqlFiles(dir).read(PG18))
            .isInstanceOf(SourceException.class)
            .hasMessageStartingWith("no .sql files in");
    }

    @Test
    void nonUtf8FilesAreRefused(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("1.sql"), new byte[] {'s', 'e', 'l', (byte) 0xff, ';'});
        assertThatThrownBy(() -> new SqlFiles(dir).read(PG18)).hasMessageContaining("is not UTF-8");
    }

    @Test
    void downMigrationsAndDbmateDownSectionsAreSkipped(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("1_a.up.sql"), "create table a (x int);\n");
        Files.writeString(dir.resolve("1_a.down.sql"), "drop table a;\n");
        Files.writeString(dir.resolve("2_b.sql"), "-- migrate:up\ncreate table b (x int references a (x));\n-- migrate:down\ndrop table b;\n");
        assertThatThrownBy(() -> new SqlFiles(dir).read(PG18)).hasMessageContaining("no unique constraint");
        Files.writeString(dir.resolve("1_a.up.sql"), "create table a (x int primary key);\n");
        new SqlFiles(dir).read(PG18);
    }

    @Test
    void eachObjectKnowsTheStatementThatCreatedIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("1_first.sql"), String.join("\n",
            "create schema s1;",                                                   // 1
            "create schema s2;",                                                   // 2
            "create table s2.a (x int primary key);",                              // 3
            "create table s1.a (x int primary key);",                              // 4
            "create function s1.bump() returns trigger language plpgsql",           // 5
            "  as $$ begin return new; end $$;",
            "create trigger bump before update on s1.a",                           // 7
            "  for each row execute function s1.bump();",
            ""));
        Files.writeString(dir.resolve("2_second.sql"), String.join("\n",
            "-- comment first",                                                    // 1
            "alter table s1.a add column y int;",                                  // 2
            "alter table s2.a add constraint a_x_positive check (x > 0);",         // 3
            "create index a_y on s1.a (y);",                                       // 4
            ""));
        var schema = new SqlFiles(dir).read(PG18);
        var s1a = schema.tables().stream().filter(t -> t.schema().equals("s1") && t.name().equals("a")).findFirst().orElseThrow();
        var s2a = schema.tables().stream().filter(t -> t.schema().equals("s2") && t.name().equals("a")).findFirst().orElseThrow();
        assertThat(s2a.source().toString()).isEqualTo("1_first.sql:3");
        assertThat(s1a.source().toString()).isEqualTo("1_first.sql:4");
        assertThat(s1a.triggers().get(0).source().toString()).isEqualTo("1_first.sql:7");
        assertThat(schema.routines().get(0).source().toString()).isEqualTo("1_first.sql:5");
        assertThat(s1a.indexes()).filteredOn(i -> i.name().equals("a_y")).extracting(i -> i.source().toString()).containsExactly("2_second.sql:4");
        assertThat(s1a.indexes()).filteredOn(i -> i.name().equals("a_pkey")).extracting(i -> i.source().toString()).containsExactly("1_first.sql:4");
        assertThat(s2a.constraints()).filteredOn(c -> c.name().equals("a_x_positive")).extracting(c -> c.source().toString())
            .containsExactly("2_second.sql:3");
        assertThat(schema.database()).isEqualTo(dir.getFileName().toString());
    }

    @Test
    void everySupportedMajorStarts(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("1.sql"), "create table a (x int generated always as identity primary key);\n");
        for (int major : ReadOptions.SUPPORTED_PG_VERSIONS) {
            new SqlFiles(dir).read(ReadOptions.defaults().withPgVersion(major));
            assertThat(EmbeddedServer.of(major).major()).isEqualTo(major);
        }
    }
}
