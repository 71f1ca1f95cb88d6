package io.schemadoc.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Option;

/**
 * One progress line on stderr for runs that take longer than two seconds ("reading the catalog…",
 * "writing pages 1,204 / 10,000"). Quick runs print nothing, so scripts and golden tests never see it; it is off
 * with {@code --quiet}, and off when stderr is not a terminal unless {@code --progress} asks for it.
 *
 * <p>On a terminal the line is redrawn in place ({@code \r}) and erased when the command ends; elsewhere (forced
 * with {@code --progress}) it prints a plain line at most every {@link #PLAIN_EVERY_NANOS}. Counters are atomic, so
 * stages may report from any thread; drawing happens on one daemon thread, never on the caller's.
 *
 * <p>Usage in a command: {@code @Mixin Progress.Options progressOptions;} then
 * {@code try (Progress p = progressOptions.start(spec.commandLine().getErr())) { p.phase("reading the catalog", 0);
 * … p.phase("writing pages", pages.size()); … p.advance(1); … }}.
 */
public final class Progress implements AutoCloseable, io.schemadoc.source.ReadProgress {

    /** Nothing is drawn before the run is this old. */
    static final long DELAY_NANOS = TimeUnit.SECONDS.toNanos(2);
    static final long REDRAW_MILLIS = 250;
    static final long PLAIN_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

    /** The picocli options every long-running command mixes in. */
    public static final class Options {
        @Option(names = {"-q", "--quiet"}, description = "Print no progress line on stderr.")
        boolean quiet;

        @Option(names = "--progress", description = "Print progress on stderr even when it is not a terminal.")
        boolean progress;

        /** Starts the progress reporter these options ask for (a silent one with --quiet). */
        public Progress start(PrintWriter err) {
            Timings timings = Timings.fromSystemProperty(err);
            if (quiet) {
                return silent(timings);
            }
            boolean terminal = stderrIsTerminal();
            if (!terminal && !progress) {
                return silent(timings);
            }
            Progress p = new Progress(err, terminal, System.nanoTime());
            p.timings = timings;
            p.startDrawing();
            return p;
        }
    }

    private final PrintWriter err;
    private final boolean terminal;
    private final long startNanos;
    private final boolean enabled;
    private volatile String phase = "";
    private volatile long total;
    private final AtomicLong done = new AtomicLong();
    private long lastPlainNanos = Long.MIN_VALUE;
    private int drawnWidth;
    private ScheduledExecutorService drawer;
    private boolean closed;
    private Timings timings;

    Progress(PrintWriter err, boolean terminal, long startNanos) {
        this.err = err;
        this.terminal = terminal;
        this.startNanos = startNanos;
        this.enabled = err != null;
    }

    /** A reporter that prints nothing (for --quiet, tests, and library use). */
    public static Progress silent() {
        return new Progress(null, false, 0);
    }

    private static Progress silent(Timings timings) {
        Progress p = silent();
        p.timings = timings;
        return p;
    }

    /**
     * Whether stderr is a terminal. Java cannot ask isatty(2) itself: the {@code ./schemadoc} launcher passes
     * {@code -Dschemadoc.stderrTty=true|false} from {@code [ -t 2 ]}; without it, a console attached to the JVM
     * (stdin and stdout both terminals) is the best guess.
     */
    static boolean stderrIsTerminal() {
        String told = System.getProperty("schemadoc.stderrTty");
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        return System.console() != null;
    }

    /**
     * Whether stdout is a terminal, as the launcher tells ({@code -Dschemadoc.stdoutTty}); a command that prints its
     * result while the line is drawn stays silent then, or the line would land inside the result.
     */
    static boolean stdoutIsTerminal() {
        String told = System.getProperty("schemadoc.stdoutTty");
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        return System.console() != null;
    }

    /** Starts a new phase; {@code total} 0 means the amount of work is unknown. */
    @Override
    public void phase(String name, long total) {
        if (timings != null) {
            timings.phase(name);
        }
        this.phase = name;
        this.total = Math.max(0, total);
        this.done.set(0);
    }

    /** Records {@code n} more units of the current phase (tables read, pages written). */
    @Override
    public void advance(long n) {
        done.addAndGet(n);
    }

    private void startDrawing() {
        if (!enabled) {
            return;
        }
        drawer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "schemadoc-progress");
            t.setDaemon(true);
            return t;
        });
        drawer.scheduleAtFixedRate(() -> tick(System.nanoTime()), REDRAW_MILLIS, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Draws the line if the run is old enough; called by the drawing thread, and by tests with a chosen time. */
    synchronized void tick(long nowNanos) {
        if (!enabled || closed || nowNanos - startNanos < DELAY_NANOS || phase.isEmpty()) {
            return;
        }
        String text = line(nowNanos);
        if (terminal) {
            int pad = Math.max(0, drawnWidth - text.length());
            err.print("\r" + text + " ".repeat(pad));
            drawnWidth = text.length() + pad; // what the screen shows now, padding included
            err.flush();
        } else if (lastPlainNanos == Long.MIN_VALUE || nowNanos - lastPlainNanos >= PLAIN_EVERY_NANOS) {
            err.println(text);
            err.flush();
            lastPlainNanos = nowNanos;
        }
    }

    /** The text of the line: {@code schemadoc: writing pages 1,204 / 10,000 (12%), 3.4 s}. */
    String line(long nowNanos) {
        long d = done.get();
        long t = total;
        StringBuilder b = new StringBuilder("schemadoc: ").append(phase);
        if (t > 0) {
            b.append(String.format(Locale.ROOT, " %,d / %,d (%d%%)", Math.min(d, t), t, Math.min(100, d * 100 / t)));
        } else if (d > 0) {
            b.append(String.format(Locale.ROOT, " %,d", d));
        } else {
            b.append('…');
        }
        b.append(String.format(Locale.ROOT, ", %.1f s", (nowNanos - startNanos) / 1e9));
        return b.toString();
    }

    /** Stops drawing and erases the line from a terminal, so the command's own output starts on a clean line. */
    @Override
    public synchronized void close() {
        closed = true;
        if (timings != null) {
            timings.finish();
        }
        if (drawer != null) {
            drawer.shutdownNow();
            drawer = null;
        }
        if (enabled && terminal && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }
}
