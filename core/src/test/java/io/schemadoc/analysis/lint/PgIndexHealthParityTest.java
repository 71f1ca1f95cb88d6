package io.schemadoc.analysis.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfvanek.pg.connection.PgConnection;
import io.github.mfvanek.pg.connection.PgConnectionImpl;
import io.github.mfvanek.pg.core.checks.common.DatabaseCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.BtreeIndexesOnArrayColumnsCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsNotFollowingNamingConventionCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithCharTypeCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.PrimaryKeysThatMostLikelyNaturalKeysCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithFixedLengthVarcharCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithJsonTypeCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithMoneyTypeCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithSerialTypesCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithTimestampOrTimetzTypeCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ColumnsWithoutDescriptionCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.DuplicatedForeignKeysCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.DuplicatedIndexesCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ForeignKeysNotCoveredWithIndexCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ForeignKeysWithUnmatchedColumnTypeCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.IndexesWithBooleanCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.IndexesWithNullValuesCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.IndexesWithTimestampInTheMiddleCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.IndexesWithUnnecessaryWhereClauseCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.IntersectedForeignKeysCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.IntersectedIndexesCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.InvalidIndexesCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.NotValidConstraintsCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.PrimaryKeysWithSerialTypesCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.PrimaryKeysWithVarcharCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesNotLinkedToOthersCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWhereAllColumnsNullableExceptPrimaryKeyCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWherePrimaryKeyColumnsNotFirstCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWithInheritanceCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWithZeroOrOneColumnCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWithoutDescriptionCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWithoutPrimaryKeyCheckOnHost;
import io.github.mfvanek.pg.model.column.ColumnNameAware;
import io.github.mfvanek.pg.model.constraint.ConstraintNameAware;
import io.github.mfvanek.pg.model.constraint.DuplicatedForeignKeys;
import io.github.mfvanek.pg.model.context.PgContext;
import io.github.mfvanek.pg.model.dbobject.DbObject;
import io.github.mfvanek.pg.model.index.DuplicatedIndexes;
import io.github.mfvanek.pg.model.index.IndexNameAware;
import io.github.mfvanek.pg.model.index.IndexWithColumns;
import io.github.mfvanek.pg.model.table.TableNameAware;
import io.schemadoc.model.Namespace;
import io.schemadoc.model.Schema;
import io.schemadoc.source.ReadOptions;
import io.schemadoc.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Side by side with pg-index-health 0.31.0 on the same embedded database: for every object its checks report
 * (FKs without index, duplicated and intersected indexes, tables without PK, and the other structural checks
 * schemadoc has a rule for), schemadoc reports a finding on the same object. Run on the rule fixture (every
 * schema in it) and on each example.
 */
class PgIndexHealthParityTest {
    static final int PG = 18;

    /** What pg-index-health found, and what schemadoc must then have: a finding of one of {@code rules} on that object. */
    record Expect(String check, Set<String> rules, String schema, String table, List<String> members) {}

    record Check(String name, Function<PgConnection, DatabaseCheckOnHost<? extends DbObject>> create, Set<String> rules,
                 Function<DbObject, Expect> expect) {}

    static List<Check> checks() {
        List<Check> c = new ArrayList<>();
        c.add(new Check("foreign keys without index", ForeignKeysNotCoveredWithIndexCheckOnHost::new, Set.of("fk-without-index"), constraint()));
        c.add(new Check("duplicated indexes", DuplicatedIndexesCheckOnHost::new, Set.of("duplicate-index"), indexGroup()));
        c.add(new Check("intersected indexes", IntersectedIndexesCheckOnHost::new,
            Set.of("duplicate-index", "redundant-index", "intersecting-index"), indexGroup()));
        c.add(new Check("tables without primary key", TablesWithoutPrimaryKeyCheckOnHost::new, Set.of("no-primary-key"), table()));
        c.add(new Check("invalid indexes", InvalidIndexesCheckOnHost::new, Set.of("invalid-index"), index()));
        c.add(new Check("not valid constraints", NotValidConstraintsCheckOnHost::new, Set.of("not-valid-constraint"), constraint()));
        c.add(new Check("FK column type mismatch", ForeignKeysWithUnmatchedColumnTypeCheckOnHost::new, Set.of("fk-type-mismatch"),
            o -> expect(((io.github.mfvanek.pg.model.constraint.ForeignKey) o).getTableName(),
                ((io.github.mfvanek.pg.model.constraint.ForeignKey) o).getColumns().stream().map(ColumnNameAware::getColumnName).toList())));
        c.add(new Check("duplicated foreign keys", DuplicatedForeignKeysCheckOnHost::new, Set.of("duplicate-foreign-key"), fkGroup()));
        c.add(new Check("intersected foreign keys", IntersectedForeignKeysCheckOnHost::new, Set.of("intersecting-foreign-key"), fkGroup()));
        c.add(new Check("indexes with boolean", IndexesWithBooleanCheckOnHost::new, Set.of("boolean-in-index"), index()));
        c.add(new Check("btree indexes on arrays", BtreeIndexesOnArrayColumnsCheckOnHost::new, Set.of("btree-on-array"), index()));
        c.add(new Check("indexes with null values", IndexesWithNullValuesCheckOnHost::new, Set.of("index-with-null-values"), index()));
        c.add(new Check("indexes with unnecessary where", IndexesWithUnnecessaryWhereClauseCheckOnHost::new, Set.of("unnecessary-index-predicate"), index()));
        c.add(new Check("timestamp in the middle", IndexesWithTimestampInTheMiddleCheckOnHost::new, Set.of("timestamp-in-middle-of-index"), index()));
        c.add(new Check("json columns", ColumnsWithJsonTypeCheckOnHost::new, Set.of("json-column"), column()));
        c.add(new Check("money columns", ColumnsWithMoneyTypeCheckOnHost::new, Set.of("money-column"), column()));
        c.add(new Check("char columns", ColumnsWithCharTypeCheckOnHost::new, Set.of("char-column"), column()));
        c.add(new Check("fixed-length varchar", ColumnsWithFixedLengthVarcharCheckOnHost::new, Set.of("varchar-with-length"), column()));
        c.add(new Check("serial columns", ColumnsWithSerialTypesCheckOnHost::new, Set.of("serial-instead-of-identity"), column()));
        c.add(new Check("serial primary keys", PrimaryKeysWithSerialTypesCheckOnHost::new, Set.of("serial-instead-of-identity"), column()));
        c.add(new Check("timestamp or timetz", ColumnsWithTimestampOrTimetzTypeCheckOnHost::new,
            Set.of("timestamp-without-time-zone", "time-with-time-zone"), column()));
        c.add(new Check("varchar primary keys", PrimaryKeysWithVarcharCheckOnHost::new, Set.of("varchar-primary-key"),
            o -> expect(((IndexWithColumns) o).getTableName(), ((IndexWithColumns) o).getColumns().stream().map(ColumnNameAware::getColumnName).toList())));
        c.add(new Check("natural-key primary keys", PrimaryKeysThatMostLikelyNaturalKeysCheckOnHost::new,
            Set.of("natural-primary-key", "varchar-primary-key"),
            o -> expect(((IndexWithColumns) o).getTableName(), ((IndexWithColumns) o).getColumns().stream().map(ColumnNameAware::getColumnName).toList())));
        c.add(new Check("columns needing quotes", ColumnsNotFollowingNamingConventionCheckOnHost::new, Set.of("quoted-name"), column()));
        c.add(new Check("tables with 0-1 columns", TablesWithZeroOrOneColumnCheckOnHost::new, Set.of("too-few-columns"), table()));
        c.add(new Check("tables not linked", TablesNotLinkedToOthersCheckOnHost::new, Set.of("unlinked-table"), table()));
        c.add(new Check("PK columns not first", TablesWherePrimaryKeyColumnsNotFirstCheckOnHost::new, Set.of("primary-key-not-first"), table()));
        c.add(new Check("all columns nullable", TablesWhereAllColumnsNullableExceptPrimaryKeyCheckOnHost::new, Set.of("all-columns-nullable"), table()));
        c.add(new Check("tables with inheritance", TablesWithInheritanceCheckOnHost::new, Set.of("table-inheritance"), table()));
        c.add(new Check("tables without description", TablesWithoutDescriptionCheckOnHost::new, Set.of("missing-table-comment"), table()));
        c.add(new Check("columns without description", ColumnsWithoutDescriptionCheckOnHost::new, Set.of("missing-column-comment"), column()));
        return c;
    }

    static Expect expect(String table, List<String> members) {
        String[] q = qualified(table);
        return new Expect(null, null, q[0], q[1], members.stream().map(m -> qualified(m)[1]).toList());
    }

    static Function<DbObject, Expect> table() {
        return o -> expect(((TableNameAware) o).getTableName(), List.of());
    }

    static Function<DbObject, Expect> index() {
        return o -> expect(((TableNameAware) o).getTableName(), List.of(((IndexNameAware) o).getIndexName()));
    }

    static Function<DbObject, Expect> constraint() {
        return o -> expect(((TableNameAware) o).getTableName(), List.of(((ConstraintNameAware) o).getConstraintName()));
    }

    static Function<DbObject, Expect> column() {
        return o -> expect(((ColumnNameAware) o).getTableName(), List.of(((ColumnNameAware) o).getColumnName()));
    }

    static Function<DbObject, Expect> indexGroup() {
        return o -> expect(((DuplicatedIndexes) o).getTableName(), ((DuplicatedIndexes) o).getIndexNames());
    }

    static Function<DbObject, Expect> fkGroup() {
        return o -> expect(((DuplicatedForeignKeys) o).getTableName(),
            ((DuplicatedForeignKeys) o).getConstraints().stream().map(ConstraintNameAware::getConstraintName).toList());
    }

    /** {@code regclass::text} / {@code quote_ident} forms: {@code schema.name}, {@code "Odd"."Name"}, or a bare name in public. */
    static String[] qualified(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == '.' && !quoted) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        parts.add(cur.toString());
        return parts.size() == 1 ? new String[] {"public", parts.get(0)} : new String[] {parts.get(parts.size() - 2), parts.get(parts.size() - 1)};
    }

    /** Every rule on: the comment rules are off by default, and pg-index-health runs its description checks always. */
    static LintResult lint(Schema schema) {
        return new Linter(RuleCasesTest.allOn(List.of())).lint(schema);
    }

    static void assertParity(String url, Schema schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        try (Connection shared = TestDatabases.connect(url)) {
            assertParity(url, schema, PgConnectionImpl.ofUrl(sharing(ds, shared), url));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * pg-index-health opens a connection per check; over ~100 schemas that is thousands of logins. Hand it one
     * connection whose close() is a no-op (the test closes it).
     */
    static DataSource sharing(PGSimpleDataSource ds, Connection shared) {
        Connection keep = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
                if (method.getName().equals("close")) {
                    return null;
                }
                try {
                    return method.invoke(shared, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
                if (method.getName().equals("getConnection")) {
                    return keep;
                }
                try {
                    return method.invoke(ds, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    }

    static void assertParity(String url, Schema schema, PgConnection pg) {
        LintResult result = lint(schema);
        List<String> missing = new ArrayList<>();
        List<String> crossSchema = new ArrayList<>();
        int reported = 0;
        for (Namespace ns : schema.schemas()) {
            PgContext ctx = PgContext.of(ns.name());
            for (Check check : checks()) {
                for (DbObject o : check.create().apply(pg).check(ctx)) {
                    reported++;
                    Expect e = check.expect().apply(o);
                    boolean found = result.findings().stream().anyMatch(f -> check.rules().contains(f.ruleId())
                        && f.schema().equals(e.schema()) && f.object().equals(e.table())
                        && (e.members().isEmpty() || e.members().contains(f.member())));
                    if (found) {
                        continue;
                    }
                    if (check.name().equals("tables not linked") && linkedAcrossSchemas(schema, e)) {
                        crossSchema.add(e.schema() + "." + e.table());
                        continue;
                    }
                    missing.add(check.name() + ": " + e.schema() + "." + e.table() + " " + e.members() + " (" + o + ")");
                }
            }
        }
        assertThat(missing).as("pg-index-health reports that schemadoc does not").isEmpty();
        assertThat(reported).as("pg-index-health reported something to compare").isPositive();
        System.out.println("pg-index-health parity on " + schema.database() + ": " + reported + " reports matched; "
            + "not linked only in pg-index-health's per-schema view: " + crossSchema);
    }

    /**
     * pg-index-health's "tables not linked" looks only at foreign keys declared in the schema it checks, so a table
     * referenced from another schema (auth.users from public.profiles, as on Supabase) counts as unlinked there.
     * schemadoc sees the whole database; this is the one difference the test allows, and only when the link exists.
     */
    static boolean linkedAcrossSchemas(Schema schema, Expect e) {
        io.schemadoc.model.SchemaIndex index = new io.schemadoc.model.SchemaIndex(schema);
        io.schemadoc.model.QualifiedName name = new io.schemadoc.model.QualifiedName(e.schema(), e.table());
        boolean in = index.referencedBy(name).stream().anyMatch(i -> !i.child().schema().equals(e.schema()));
        io.schemadoc.model.Table t = index.table(name);
        boolean out = t != null && t.foreignKeys().stream().anyMatch(fk -> !fk.foreignKey().referencedSchema().equals(e.schema()));
        return in || out;
    }

    @org.junit.jupiter.api.Test
    void ruleFixture() {
        String url = TestDatabases.databaseWith(PG, RuleCasesTest.sql("rule-cases.sql"));
        assertParity(url, TestDatabases.read(url, ReadOptions.defaults().withPgVersion(PG)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat-app", "course-designer", "quietus", "referrals", "spec-analyzer"})
    void example(String name) throws IOException {
        String url = TestDatabases.freshDatabase(PG);
        List<Path> files;
        try (Stream<Path> s = Files.list(TestDatabases.examplePath(name))) {
            files = s.filter(p -> p.toString().endsWith(".sql")).sorted((a, b) -> natural(a.getFileName().toString(), b.getFileName().toString())).toList();
        }
        for (Path f : files) {
            TestDatabases.execute(url, Files.readString(f));
        }
        assertParity(url, TestDatabases.read(url, ReadOptions.defaults().withPgVersion(PG)));
    }

    /** Leading numbers compared as numbers, as migration tools order files. */
    static int natural(String a, String b) {
        String na = a.replaceAll("^(\\d+).*", "$1");
        String nb = b.replaceAll("^(\\d+).*", "$1");
        if (!na.equals(a) && !nb.equals(b) && na.length() != nb.length()) {
            return Integer.compare(na.length(), nb.length());
        }
        return a.compareTo(b);
    }
}
