package io.schemadoc.analysis.lint;

/** The rule cases on the oldest PostgreSQL schemadoc supports (no catalogued NOT NULL constraints, no virtual columns). */
class RuleCasesPg15Test extends RuleCasesTest {
    @Override
    int pg() {
        return 15;
    }
}
