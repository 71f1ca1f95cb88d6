package io.schemadoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Drives {@link Progress#tick} with chosen times: no sleeping, no timed assertions. */
class ProgressTest {
    private static final long T0 = 1_000_000_000L;

    private static long at(double seconds) {
        return T0 + (long) (seconds * TimeUnit.SECONDS.toNanos(1));
    }

    @Test
    void quickRunsPrintNothing() {
        StringWriter out = new StringWriter();
        Progress p = new Progress(new PrintWriter(out), true, T0);
        p.phase("reading the catalog", 0);
        p.tick(at(1.9));
        p.close();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void terminalLineIsRedrawnInPlaceAndErasedAtClose() {
        StringWriter out = new StringWriter();
        Progress p = new Progress(new PrintWriter(out), true, T0);
        p.phase("writing pages", 10_000);
        p.advance(1204);
        p.tick(at(2.5));
        assertThat(out.toString()).isEqualTo("\rschemadoc: writing pages 1,204 / 10,000 (12%), 2.5 s");
        p.phase("reading the catalog", 0);
        p.tick(at(3.0));
        String second = "\rschemadoc: reading the catalog…, 3.0 s";
        int first = "schemadoc: writing pages 1,204 / 10,000 (12%), 2.5 s".length();
        assertThat(out.toString()).endsWith(second + " ".repeat(first - second.length() + 1));
        p.close();
        assertThat(out.toString()).endsWith("\r" + " ".repeat(first) + "\r");
    }

    @Test
    void plainOutputPrintsWholeLinesAtMostEveryFiveSeconds() {
        StringWriter out = new StringWriter();
        Progress p = new Progress(new PrintWriter(out), false, T0);
        p.phase("reading tables", 0);
        p.advance(5);
        p.tick(at(2.0));
        p.tick(at(3.0));
        p.advance(5);
        p.tick(at(7.0));
        p.close();
        assertThat(out.toString().lines()).containsExactly(
            "schemadoc: reading tables 5, 2.0 s",
            "schemadoc: reading tables 10, 7.0 s");
    }

    @Test
    void nothingIsDrawnAfterClose() {
        StringWriter out = new StringWriter();
        Progress p = new Progress(new PrintWriter(out), false, T0);
        p.phase("writing pages", 3);
        p.close();
        p.tick(at(10));
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void quietAndNonTerminalWithoutProgressAreSilent() {
        StringWriter out = new StringWriter();
        Progress.Options quiet = new Progress.Options();
        quiet.quiet = true;
        quiet.progress = true;
        System.setProperty("schemadoc.stderrTty", "true");
        try (Progress p = quiet.start(new PrintWriter(out))) {
            p.phase("x", 1);
            p.tick(Long.MAX_VALUE / 2);
        }
        System.setProperty("schemadoc.stderrTty", "false");
        try (Progress p = new Progress.Options().start(new PrintWriter(out))) {
            p.phase("x", 1);
            p.tick(Long.MAX_VALUE / 2);
        } finally {
            System.clearProperty("schemadoc.stderrTty");
        }
        assertThat(out.toString()).isEmpty();
    }
}
