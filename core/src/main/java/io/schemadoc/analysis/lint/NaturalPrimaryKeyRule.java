package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.Table;
import java.util.Set;

final class NaturalPrimaryKeyRule implements SchemaRule {
    @Override
    public String id() {
        return "natural-primary-key";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    static final Set<String> SURROGATE = Set.of("smallint", "integer", "bigint", "uuid");
    static final Set<String> TEXT = Set.of("text", "character varying", "character");

    @Override
    public String title() {
        return "Primary key on a natural value (a date, a number, an e-mail) rather than a surrogate";
    }

    @Override
    public String reason() {
        return """
            A primary key made of business values (a date, a numeric code, a composite of such) is copied into every
            referencing table and index, and when the business changes the value (a corrected date, a re-issued
            code) every reference must change with it. A surrogate key (`bigint GENERATED ALWAYS AS IDENTITY` or
            `uuid`) never needs to change; keep the natural key as a UNIQUE constraint. Text keys are reported by
            varchar-primary-key; the partition key columns of a partitioned table, which must be in its primary key,
            are not reported.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            Constraint pk = t.primaryKey();
            if (pk == null || pk.inherited() || t.partitionOf() != null) {
                continue;
            }
            for (String name : pk.columns()) {
                Column c = t.column(name);
                if (c == null) {
                    continue;
                }
                String b = Types.base(c.type());
                boolean partitionKey = t.partitionKey() != null && t.partitionKey().matches("(?s).*\\b" + java.util.regex.Pattern.quote(name) + "\\b.*");
                if (!SURROGATE.contains(b) && !TEXT.contains(b) && !partitionKey) {
                    ctx.column(t, c, "primary key column " + c.name() + " of " + t.name() + " is " + c.type() + ", a natural value");
                }
            }
        }
    }
}
