package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Table;

final class MoneyColumnRule implements SchemaRule {
    @Override
    public String id() {
        return "money-column";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return "Column of type money";
    }

    @Override
    public String reason() {
        return """
            `money` has a fixed fractional precision taken from the `lc_monetary` setting: the same dump restored
            on a server with another locale shows different amounts, it stores no currency, and divisions
            round unpredictably. Store `numeric(p, s)` (or an integer number of minor units) plus a currency code.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            for (Column c : t.columns()) {
                if (Types.base(c.type()).equals("money")) {
                    ctx.column(t, c, "column " + c.name() + " is money");
                }
            }
        }
    }
}
