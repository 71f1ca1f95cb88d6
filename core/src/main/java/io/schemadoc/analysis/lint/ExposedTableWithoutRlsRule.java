package io.schemadoc.analysis.lint;

import io.schemadoc.model.Table;
import io.schemadoc.model.TableKind;
import java.util.List;

final class ExposedTableWithoutRlsRule implements SchemaRule {
    @Override
    public String id() {
        return "exposed-table-without-rls";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String title() {
        return "Table without row-level security in an exposed schema";
    }

    @Override
    public String reason() {
        return """
            Schemas listed in `lint.exposedSchemas` are served to clients directly, as Supabase and PostgREST
            expose `public` through an HTTP API with the anonymous and authenticated roles. A table there without
            row-level security can be read and written by any client that has the table privilege, whatever the
            row. Enable it (`ALTER TABLE t ENABLE ROW LEVEL SECURITY`) and write policies, or move the table to a
            schema that is not exposed.""";
    }

    @Override
    public void check(LintContext ctx) {
        List<String> exposed = ctx.settings().exposedSchemas();
        for (Table t : ctx.tables()) {
            if (exposed.contains(t.schema()) && !t.rlsEnabled() && t.kind() != TableKind.FOREIGN_TABLE) {
                ctx.table(t, "table " + t.name() + " is in exposed schema " + t.schema() + " without row-level security");
            }
        }
    }
}
