-- The parser now reports how many suites and tests it found.

ALTER TABLE analyses
    ADD COLUMN total_suites integer,
    ADD COLUMN total_tests integer;

ALTER TABLE analyses
    ADD CONSTRAINT chk_analyses_counts CHECK (total_suites >= 0 AND total_tests >= 0);
