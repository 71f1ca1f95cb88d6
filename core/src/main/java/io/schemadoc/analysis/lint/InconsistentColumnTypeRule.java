package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Table;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

final class InconsistentColumnTypeRule implements SchemaRule {
    @Override
    public String id() {
        return "inconsistent-column-type";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String title() {
        return "Same _id column name with different types across tables of a schema";
    }

    @Override
    public String reason() {
        return """
            When `user_id` is `bigint` in one table and `integer` or `uuid` in another, joins on it need casts
            that defeat indexes, and values valid in one table do not fit the other. It usually means one table
            was created before a key type changed. Give columns that mean the same thing the same type (a domain
            can enforce it). Foreign key columns are reported by fk-type-mismatch instead.""";
    }

    @Override
    public void check(LintContext ctx) {
        Map<String, Map<String, Integer>> types = new HashMap<>();
        for (Table t : ctx.tables()) {
            if (t.partitionOf() != null) {
                continue;
            }
            for (Column c : t.columns()) {
                if (c.name().endsWith("_id")) {
                    types.computeIfAbsent(t.schema() + "." + c.name(), k -> new HashMap<>()).merge(Types.base(c.type()), 1, Integer::sum);
                }
            }
        }
        for (Table t : ctx.tables()) {
            if (t.partitionOf() != null) {
                continue;
            }
            for (Column c : t.columns()) {
                Map<String, Integer> seen = types.get(t.schema() + "." + c.name());
                if (seen == null || seen.size() < 2) {
                    continue;
                }
                String mine = Types.base(c.type());
                String usual = seen.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
                if (!mine.equals(usual)) {
                    ctx.column(t, c, "column " + c.name() + " is " + c.type() + " here but " + usual + " in " + seen.get(usual)
                        + (seen.get(usual) == 1 ? " other table" : " other tables"));
                }
            }
        }
    }
}
