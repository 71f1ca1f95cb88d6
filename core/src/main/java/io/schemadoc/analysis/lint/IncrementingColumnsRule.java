package io.schemadoc.analysis.lint;

import io.schemadoc.model.Column;
import io.schemadoc.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

final class IncrementingColumnsRule implements SchemaRule {
    @Override
    public String id() {
        return "incrementing-columns";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    /** A name, an optional underscore, and a number at the end: {@code phone1}, {@code address_2}. */
    private static final Pattern NUMBERED = Pattern.compile("(.*?[a-zA-Z])_?(\\d+)");

    @Override
    public String title() {
        return "Numbered columns such as phone1, phone2";
    }

    @Override
    public String reason() {
        return """
            Columns that differ only by a number (`phone1`, `phone2`, `phone3`) are a repeating group: the table
            holds a fixed number of slots for a list. Queries must test every slot, a fourth value needs a schema
            change, and nothing keeps the slots in order. Move the values to a child table with one row per value
            (or an array column when they are never queried one by one).""";
    }

    @Override
    public void check(LintContext ctx) {
        for (Table t : ctx.tables()) {
            Map<String, List<Column>> groups = new TreeMap<>();
            for (Column c : t.columns()) {
                Matcher m = NUMBERED.matcher(c.name());
                if (m.matches()) {
                    groups.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(c);
                }
            }
            for (List<Column> group : groups.values()) {
                if (group.size() >= 2) {
                    ctx.column(t, group.get(0), "columns " + group.stream().map(Column::name).collect(Collectors.joining(", "))
                        + " of " + t.name() + " are a numbered repeating group");
                }
            }
        }
    }
}
