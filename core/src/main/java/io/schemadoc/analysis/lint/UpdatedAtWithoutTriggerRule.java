package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Table;

import io.schemadoc.model.Routine;
import io.schemadoc.model.Trigger;
import java.util.regex.Pattern;

final class UpdatedAtWithoutTriggerRule implements SchemaRule {
    @Override
    public String id() {
        return "updated-at-without-trigger";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    private static final Pattern NAMES = Pattern.compile(
        "(?i)(updated|modified|changed|last_updated|last_modified|last_changed)(_?(at|on|time|date|ts))?|(last_)?(update|modify|change)_(time|date|ts)");

    /**
     * A BEFORE UPDATE row trigger that fires normally and whose function assigns {@code NEW.column}, or takes
     * the column as an argument (moddatetime and generic set-timestamp functions). A function the model does
     * not hold (an extension's, or one filtered out) is given the benefit of the doubt.
     */
    static boolean keptCurrent(LintContext ctx, Table t, Column c) {
        Pattern assigns = Pattern.compile("(?is)\\bnew\\s*\\.\\s*(\"" + Pattern.quote(c.name()) + "\"|" + Pattern.quote(c.name()) + "\\b)\\s*:?=");
        for (Trigger tr : t.triggers()) {
            if (tr.timing() != Trigger.Timing.BEFORE || tr.level() != Trigger.Level.ROW || !tr.events().contains(Trigger.Event.UPDATE)
                || !tr.enabled().firesNormally()) {
                continue;
            }
            if (tr.arguments().contains(c.name())) {
                return true;
            }
            Routine r = ctx.index().routine(tr.function());
            if (r == null || r.body() == null || r.extension() != null) {
                return true;
            }
            if (assigns.matcher(r.body()).find()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String title() {
        return "updated_at-style column that no trigger keeps current";
    }

    @Override
    public String reason() {
        return """
            A column named `updated_at`, `modified_at`, `last_updated` and the like promises the time of the
            row's last change, but its DEFAULT only fills it on INSERT. Unless every code path remembers to set it,
            it silently goes stale, and readers (sync jobs, caches, audits) trust a wrong value. Keep it current in
            the database with a BEFORE UPDATE row trigger, as in `CREATE TRIGGER set_timestamp BEFORE UPDATE ON t
            FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp()` where the function does `NEW.updated_at = now();
            RETURN NEW;` (or use the `moddatetime` extension). If the application owns the value on purpose, say so
            with `schemadoc:ignore updated-at-without-trigger` in the column's comment.""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            for (Column c : t.columns()) {
                if (NAMES.matcher(c.name()).matches() && !c.hasGeneration() && (Types.isTimestamp(c) || Types.base(c.type()).equals("date"))
                    && !keptCurrent(ctx, t, c)) {
                    ctx.column(t, c, "column " + c.name() + " has no BEFORE UPDATE row trigger that sets it");
                }
            }
        }
    }
}
