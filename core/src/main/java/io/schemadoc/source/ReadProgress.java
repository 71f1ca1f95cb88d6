package io.schemadoc.source;

/**
 * Where a source reports how far a read has got (migrations applied, catalog queries run), for the progress line.
 * Sources only report; whether and how anything is shown is the command's business.
 */
public interface ReadProgress {
    /** Starts a new step; {@code total} 0 when its amount of work is unknown. */
    void phase(String name, long total);

    /** {@code n} more units of the current step done. */
    void advance(long n);

    ReadProgress NONE = new ReadProgress() {
        @Override
        public void phase(String name, long total) {
            // nobody is watching
        }

        @Override
        public void advance(long n) {
            // nobody is watching
        }
    };
}
