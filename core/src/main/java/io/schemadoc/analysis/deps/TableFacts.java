package io.schemadoc.analysis.deps;

import io.schemadoc.model.ObjectRef;
import io.schemadoc.model.Table;
import java.util.List;

/**
 * One table's (or view's) links: the triggers on it with their functions; {@code writtenBy}, every routine that
 * inserts, updates, deletes, merges or truncates it, directly or through the routines it calls;
 * {@code writingTriggers}, the triggers anywhere whose function is one of those writers; and for a view, what it
 * reads, recursively ({@code viewSources}).
 */
public record TableFacts(Table table, List<TriggerOn> triggers, List<Writer> writtenBy, List<TriggerOn> writingTriggers,
                         List<ViewSource> viewSources) {
    public TableFacts {
        triggers = List.copyOf(triggers);
        writtenBy = List.copyOf(writtenBy);
        writingTriggers = List.copyOf(writingTriggers);
        viewSources = List.copyOf(viewSources);
    }

    /** A relation a view reads; {@code through} is the chain of views in between (empty when read directly). */
    public record ViewSource(ObjectRef relation, List<io.schemadoc.model.QualifiedName> through) {
        public ViewSource {
            through = List.copyOf(through);
        }
    }
}
