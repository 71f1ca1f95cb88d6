package io.schemadoc.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * With {@code -Dschemadoc.timings}, one stderr line per {@link Progress} phase: its wall time, the CPU time the
 * whole process spent in it (every thread, GC and JIT included: what a profile of a short run must not leave out)
 * and the heap in use at its end. For measuring, not for users: the figures change from run to run.
 */
final class Timings {
    private final PrintWriter err;
    private final com.sun.management.OperatingSystemMXBean os;
    private String phase;
    private long wall;
    private long cpu;

    private Timings(PrintWriter err) {
        this.err = err;
        this.os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    }

    /** A recorder when {@code -Dschemadoc.timings} is set, else null. */
    static Timings fromSystemProperty(PrintWriter err) {
        return System.getProperty("schemadoc.timings") == null || err == null ? null : new Timings(err);
    }

    synchronized void phase(String next) {
        finish();
        phase = next;
        wall = System.nanoTime();
        cpu = os.getProcessCpuTime();
    }

    synchronized void finish() {
        if (phase == null) {
            return;
        }
        Runtime rt = Runtime.getRuntime();
        err.println(String.format(Locale.ROOT, "schemadoc timings: %-40s %7.3f s wall %7.3f s CPU %5d MB heap",
            phase, (System.nanoTime() - wall) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9, (rt.totalMemory() - rt.freeMemory()) >> 20));
        err.flush();
        phase = null;
    }
}
