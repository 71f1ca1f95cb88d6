package io.schemadoc.analysis.deps;

import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Trigger;
import java.util.Comparator;

/** A trigger together with the table it is on. */
public record TriggerOn(QualifiedName table, Trigger trigger) {

    public static final Comparator<TriggerOn> ORDER = Comparator.comparing(TriggerOn::table)
        .thenComparing(t -> t.trigger().name(), io.schemadoc.model.Names.BYTE_ORDER);

    /** {@code BEFORE INSERT OR UPDATE ON public.profiles}, as seed 002 writes it. */
    public String firesOn() {
        StringBuilder b = new StringBuilder(trigger.timing().sql()).append(' ');
        for (int i = 0; i < trigger.events().size(); i++) {
            if (i > 0) {
                b.append(" OR ");
            }
            Trigger.Event e = trigger.events().get(i);
            b.append(e.name());
            if (e == Trigger.Event.UPDATE && !trigger.updateColumns().isEmpty()) {
                b.append(" OF ").append(String.join(", ", trigger.updateColumns()));
            }
        }
        return b.append(" ON ").append(table).toString();
    }
}
