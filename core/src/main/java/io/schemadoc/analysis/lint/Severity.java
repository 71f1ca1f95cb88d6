package io.schemadoc.analysis.lint;

import java.util.Locale;

/** How much a finding matters; ordered from most to least severe. SARIF calls INFO "note". */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The word used in config files, text output and JSON. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses error, warning or info; null for anything else (callers name the bad value themselves). */
    public static Severity parse(String word) {
        if (word == null) {
            return null;
        }
        for (Severity s : values()) {
            if (s.word().equals(word.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
