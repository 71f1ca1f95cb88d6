package io.schemadoc.analysis.lint;

import io.schemadoc.model.Routine;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

final class SecurityDefinerSearchPathRule implements SchemaRule {
    @Override
    public String id() {
        return "security-definer-search-path";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    /** A path that lists pg_temp anywhere but last lets callers plant temporary objects that win. */
    static boolean unsafe(String path) {
        List<String> parts = Arrays.stream(path.split(","))
            .map(s -> s.strip().replace("\"", "").toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
        int temp = parts.indexOf("pg_temp");
        return temp >= 0 && temp != parts.size() - 1;
    }

    @Override
    public String title() {
        return "SECURITY DEFINER routine without a fixed search_path";
    }

    @Override
    public String reason() {
        return """
            A `SECURITY DEFINER` routine runs with its owner's rights but resolves unqualified names through the
            caller's `search_path`. A caller who can create objects in any schema on that path (by default
            `public` before PostgreSQL 15, or `pg_temp`) can shadow a table, function or operator the routine
            uses and run code as the owner. Pin the path on the routine: `ALTER FUNCTION f(...) SET search_path =
            pg_catalog, my_schema` (or `= ''` and schema-qualify every name), and make sure `pg_temp` comes last
            if it appears at all.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Routine r : ctx.schema().routines()) {
            if (!r.securityDefiner() || r.extension() != null) {
                continue;
            }
            String path = r.setting("search_path");
            if (path == null) {
                ctx.routine(r, r.signature() + " is SECURITY DEFINER without SET search_path");
            } else if (unsafe(path)) {
                ctx.routine(r, r.signature() + " is SECURITY DEFINER with search_path=" + path
                    + ", which searches pg_temp before the end");
            }
        }
    }
}
