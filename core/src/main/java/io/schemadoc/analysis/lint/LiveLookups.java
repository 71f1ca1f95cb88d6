package io.schemadoc.analysis.lint;

import io.schemadoc.model.Index;
import io.schemadoc.model.Table;

/** Finds model objects named by statistics rows; objects the model does not hold (filtered out) are skipped. */
final class LiveLookups {
    private LiveLookups() {}

    static Index index(Table t, String name) {
        for (Index i : t.indexes()) {
            if (i.name().equals(name)) {
                return i;
            }
        }
        return null;
    }
}
