package io.schemadoc.analysis.lint;

/** The live rules on PostgreSQL 15, whose statistics views differ from 18's in columns schemadoc does not read. */
class LiveLintPg15Test extends LiveLintTest {
    @Override
    int pg() {
        return 15;
    }
}
