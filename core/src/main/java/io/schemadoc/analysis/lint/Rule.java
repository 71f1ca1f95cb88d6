package io.schemadoc.analysis.lint;

/**
 * A lint rule: a stable kebab-case id, a default severity, a one-line title and a paragraph saying why the
 * finding matters and how to fix it (docs/lint-rules.md is generated from these).
 * {@link SchemaRule}s read only the model; {@link LiveRule}s also need statistics of a running database.
 */
public sealed interface Rule permits SchemaRule, LiveRule {

    String id();

    Severity defaultSeverity();

    /** One line, what the rule finds. */
    String title();

    /** Why it matters and how to fix it: one paragraph of Markdown. */
    String reason();

    /** Rules that are noisy on most schemas (missing comments) are off unless the config turns them on. */
    default boolean enabledByDefault() {
        return true;
    }
}
