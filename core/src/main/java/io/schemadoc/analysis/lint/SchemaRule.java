package io.schemadoc.analysis.lint;

/** A rule over the model alone: runs on every SOURCE. */
public non-sealed interface SchemaRule extends Rule {

    void check(LintContext ctx);
}
