package io.schemadoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 1000).boxed().toList();

    /** Uneven work, so that threads finish out of order. */
    private static String slowSquare(int i) {
        long spin = 0;
        for (int k = 0; k < (i % 7) * 2000; k++) {
            spin += k;
        }
        return i * i + (spin < 0 ? "!" : "");
    }

    @Test
    void mapKeepsTheOrderOfTheInput() {
        assertThat(Parallel.map(ITEMS, ParallelTest::slowSquare))
            .containsExactlyElementsOf(ITEMS.stream().map(i -> String.valueOf(i * i)).toList());
        assertThat(Parallel.map(List.<Integer>of(), ParallelTest::slowSquare)).isEmpty();
    }

    @Test
    void batchesHandEveryResultOnInOrderOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<String> seen = new ArrayList<>();
        for (int batch : new int[] {1, 64, 128, 999, 1000, 5000}) {
            seen.clear();
            Parallel.inBatches(ITEMS, batch, ParallelTest::slowSquare, (i, square) -> {
                assertThat(Thread.currentThread()).isSameAs(caller);
                seen.add(i + "=" + square);
            });
            assertThat(seen).as("batch " + batch).containsExactlyElementsOf(ITEMS.stream().map(i -> i + "=" + i * i).toList());
        }
    }

    @Test
    void backgroundWorkRunsBesideTheCallerAndHandsBackItsResult() throws InterruptedException {
        CountDownLatch callerWorking = new CountDownLatch(1);
        Parallel.Pending<String> pending = Parallel.background(() -> {
            try {
                // Only finishes once the caller has gone on: the work is not run on the caller's thread.
                callerWorking.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Thread.currentThread().getName();
        });
        callerWorking.countDown();
        assertThat(pending.get()).isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void backgroundFailureIsThrownAsItWasThrown() {
        UncheckedIOException cause = new UncheckedIOException(new java.io.IOException("disk full"));
        Parallel.Pending<String> failing = Parallel.background(() -> {
            throw cause;
        });
        assertThatThrownBy(failing::get).isSameAs(cause);
        Parallel.Pending<String> error = Parallel.background(() -> {
            throw new StackOverflowError("deep");
        });
        assertThatThrownBy(error::get).isInstanceOf(StackOverflowError.class).hasMessage("deep");
    }
}
