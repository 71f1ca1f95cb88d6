package io.schemadoc;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Work that is independent per object (a routine body, a page, a trace, a diagram) done on every core, with results in
 * the order of the input, so that output never depends on the threads. The functions must only read shared state.
 */
public final class Parallel {
    private Parallel() {}

    /** {@code f} of every item, computed in parallel, in the order of {@code items}. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        Object[] out = new Object[items.size()];
        IntStream.range(0, out.length).parallel().forEach(i -> out[i] = f.apply(items.get(i)));
        @SuppressWarnings("unchecked")
        List<R> results = (List<R>) Arrays.asList(out);
        return results;
    }

    /**
     * As {@link #map}, a batch at a time, each result handed to {@code then} in the order of {@code items} on the
     * calling thread: results can be written as they come, and at most one batch of them is held in memory.
     */
    public static <T, R> void inBatches(List<T> items, int batch, Function<? super T, ? extends R> f, BiConsumer<? super T, ? super R> then) {
        for (int from = 0; from < items.size(); from += batch) {
            List<T> part = items.subList(from, Math.min(items.size(), from + batch));
            List<R> results = map(part, f);
            for (int i = 0; i < part.size(); i++) {
                then.accept(part.get(i), results.get(i));
            }
        }
    }

    /** A result being computed on another core while the caller goes on; {@link #get()} waits for it. */
    public static final class Pending<R> {
        private final CompletableFuture<R> future;

        private Pending(CompletableFuture<R> future) {
            this.future = future;
        }

        /** The result, or what {@code f} threw, as it threw it. */
        public R get() {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
    }

    /**
     * {@code f} computed beside the caller's own work (a site's search index while its pages render), for a step
     * that only reads shared state and that nothing else waits for until {@link Pending#get()}.
     */
    public static <R> Pending<R> background(Supplier<? extends R> f) {
        return new Pending<>(CompletableFuture.<R>supplyAsync(f::get));
    }
}
