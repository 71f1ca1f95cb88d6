package io.schemadoc.analysis.lint;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Byte sizes for messages, and the bloat threshold shared by the table and index rules. */
final class Sizes {
    static final long MIN_WASTE = 4L * 1024 * 1024;

    private Sizes() {}

    static boolean bloated(long actual, long expected) {
        if (expected < 0 || actual <= 0) {
            return false;
        }
        long waste = actual - expected;
        return waste >= MIN_WASTE && waste * 2 >= actual;
    }

    static String human(long bytes) {
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
        // What String.format(Locale.ROOT, "%.1f", v) prints (half-up on the shortest decimal form), without the
        // Formatter: lint sizes every index, and the formatting was most of the unused-index rule's time.
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString() + " " + units[u];
    }
}
