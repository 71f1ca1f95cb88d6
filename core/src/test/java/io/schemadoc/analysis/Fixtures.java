package io.schemadoc.analysis;

import io.schemadoc.model.Column;
import io.schemadoc.model.Constraint;
import io.schemadoc.model.ForeignKey;
import io.schemadoc.model.Namespace;
import io.schemadoc.model.Routine;
import io.schemadoc.model.RoutineRef;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Table;
import io.schemadoc.model.TableKind;
import io.schemadoc.model.Trigger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/** Hand-built schemas for analysis tests that need no database. */
public final class Fixtures {
    private Fixtures() {}

    public static Table table(String qualified, String... columns) {
        return table(qualified, List.of(), List.of(), columns);
    }

    public static Table table(String qualified, List<Trigger> triggers, List<Constraint> constraints, String... columns) {
        String[] p = qualified.split("\\.");
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            cols.add(new Column(columns[i], i + 1, "text", "pg_catalog", "text", null, true, null, null, null, null, null));
        }
        return new Table(p[0], p[1], TableKind.TABLE, "owner", null, cols, constraints, List.of(), triggers, List.of(),
            false, false, false, -1, null, List.of(), null, null, null, List.of(), null);
    }

    public static Routine function(String qualified, String language, String body, String... argTypes) {
        return routine(qualified, language, "void", body, List.of(), argTypes);
    }

    public static Routine trigger(String qualified, String body) {
        return routine(qualified, "plpgsql", "trigger", body, List.of());
    }

    public static Routine routine(String qualified, String language, String returns, String body, List<String> settings, String... argTypes) {
        String[] p = qualified.split("\\.");
        List<Routine.Argument> args = new ArrayList<>();
        for (int i = 0; i < argTypes.length; i++) {
            args.add(new Routine.Argument("a" + (i + 1), Routine.Argument.Mode.IN, argTypes[i], null));
        }
        return new Routine(p[0], p[1], Routine.Kind.FUNCTION, String.join(", ", argTypes), "", args, returns, false,
            language, Routine.Volatility.VOLATILE, false, false, false, settings, body, false, "owner", null, null, null);
    }

    public static Trigger rowTrigger(String name, Trigger.Timing timing, String function, Trigger.Event... events) {
        return trigger(name, timing, Trigger.Level.ROW, function, List.of(), null, Trigger.Enabled.ORIGIN, events);
    }

    public static Trigger trigger(String name, Trigger.Timing timing, Trigger.Level level, String function, List<String> updateColumns,
                                  String condition, Trigger.Enabled enabled, Trigger.Event... events) {
        String[] p = function.split("\\.");
        return new Trigger(name, timing, Arrays.asList(events), updateColumns, level, condition, null, null, enabled,
            false, false, false, new RoutineRef(p[0], p[1], ""), List.of(), "CREATE TRIGGER " + name, false, null, null);
    }

    public static Constraint foreignKey(String name, List<String> columns, String parent, List<String> parentColumns,
                                        ForeignKey.Action onDelete, ForeignKey.Action onUpdate) {
        String[] p = parent.split("\\.");
        return new Constraint(name, Constraint.Type.FOREIGN_KEY, "FOREIGN KEY", columns,
            new ForeignKey(p[0], p[1], parentColumns, onDelete, onUpdate, List.of(), ForeignKey.Match.SIMPLE),
            false, false, true, false, null, null);
    }

    public static Schema schema(List<Table> tables, List<Routine> routines) {
        TreeSet<String> names = new TreeSet<>();
        tables.forEach(t -> names.add(t.schema()));
        routines.forEach(r -> names.add(r.schema()));
        names.add("public");
        List<Namespace> ns = names.stream().map(n -> new Namespace(n, "owner", null)).toList();
        return new Schema("test", "18.0", 180000, List.of("$user", "public"), ns, List.of(), tables, routines,
            List.of(), List.of(), List.of(), List.of());
    }
}
