package io.schemadoc.analysis.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class SizesTest {
    /** The formatting it replaced, kept here as the reference. */
    static String formatted(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    @Property
    void printsWhatStringFormatPrinted(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long bytes) {
        assertThat(Sizes.human(bytes)).isEqualTo(formatted(bytes));
    }

    @Property
    void printsWhatStringFormatPrintedForPageMultiples(@ForAll @LongRange(min = 0, max = 1L << 40) long pages) {
        assertThat(Sizes.human(pages * 8192)).isEqualTo(formatted(pages * 8192));
    }

    @Test
    void halfwayCasesRoundUp() {
        for (long bytes : new long[] {0, 1023, 1024, 1075, 1076, 1126, 1127, 1536, 1048575, 1048576, 1099511627776L * 5000}) {
            assertThat(Sizes.human(bytes)).as("%d", bytes).isEqualTo(formatted(bytes));
        }
        assertThat(Sizes.human(1127)).isEqualTo("1.1 kB");
        assertThat(Sizes.human(1536)).isEqualTo("1.5 kB");
    }
}
