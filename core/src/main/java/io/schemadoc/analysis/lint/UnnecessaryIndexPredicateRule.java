package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Table;

import io.schemadoc.model.Index;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

final class UnnecessaryIndexPredicateRule implements SchemaRule {
    @Override
    public String id() {
        return "unnecessary-index-predicate";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    private static Pattern notNullTest(String column) {
        return Pattern.compile("(?i)(?<![\\w\"])(\"" + Pattern.quote(column) + "\"|" + Pattern.quote(column) + "\\b)\\)?\\s+is\\s+not\\s+null");
    }

    @Override
    public String title() {
        return "Partial index filtering NULLs out of a NOT NULL column";
    }

    @Override
    public String reason() {
        return """
            `WHERE col IS NOT NULL` on a column declared NOT NULL filters nothing: the index holds every row
            anyway, while the planner can only use it for queries that repeat (or imply) the predicate. Recreate
            the index without the WHERE clause.""";
    }

    @Override
    public void check(LintContext ctx) {
        // Column names repeat across tables (id, created_at): each name's pattern is compiled once.
        Map<String, Pattern> tests = new HashMap<>();
        for (Table t : ctx.tables()) {
            for (Index i : IndexKeys.own(t)) {
                if (i.predicate() == null) {
                    continue;
                }
                for (Column c : t.columns()) {
                    if (!c.nullable() && tests.computeIfAbsent(c.name(), UnnecessaryIndexPredicateRule::notNullTest).matcher(i.predicate()).find()) {
                        ctx.index(t, i, "index " + i.name() + " filters " + c.name() + " IS NOT NULL, but the column is NOT NULL");
                        break;
                    }
                }
            }
        }
    }
}
