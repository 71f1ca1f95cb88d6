package io.schemadoc.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.model.Routine;
import io.schemadoc.model.Schema;
import io.schemadoc.source.ReadProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The catalog read hands the routines over while most of the catalog is still to be read (for ParseAhead). */
class RoutinesReadTest {

    @Test
    void routinesArriveEarlyAndAreTheSchemasRoutines() {
        AtomicLong queriesDone = new AtomicLong();
        ReadProgress counting = new ReadProgress() {
            @Override
            public void phase(String name, long total) {
            }

            @Override
            public void advance(long n) {
                queriesDone.addAndGet(n);
            }
        };
        List<Routine> handed = new ArrayList<>();
        long[] doneWhenHanded = {-1};
        Schema schema = CatalogReaderTest.read(CatalogReaderTest.everythingUrl(18),
            CatalogReaderTest.options(List.of(), List.of(), false).withProgress(counting).withRoutinesRead(routines -> {
                handed.addAll(routines);
                doneWhenHanded[0] = queriesDone.get();
            }));
        assertThat(handed).isNotEmpty().containsExactlyInAnyOrderElementsOf(schema.routines());
        assertThat(doneWhenHanded[0]).as("queries done when the routines were handed over, of %s", queriesDone.get())
            .isLessThanOrEqualTo(4).isLessThan(queriesDone.get() - 8);
    }
}
