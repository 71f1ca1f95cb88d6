package io.schemadoc.analysis.lint;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every rule schemadoc knows, in id order. Adding a rule means adding it here (a test proves each is documented and tested). */
public final class Rules {
    private static final List<Rule> ALL = java.util.stream.Stream.<Rule>of(
            // relations and keys
            new FkWithoutIndexRule(), new FkTypeMismatchRule(), new NoPrimaryKeyRule(), new DuplicateForeignKeyRule(),
            new IntersectingForeignKeyRule(), new FkSelfReferenceRule(), new SelfReferenceWithoutCheckRule(), new UnlinkedTableRule(),
            new NotValidConstraintRule(), new TableInheritanceRule(), new ForeignKeyCycleRule(),
            // indexes
            new DuplicateIndexRule(), new RedundantIndexRule(), new IntersectingIndexRule(), new InvalidIndexRule(),
            new BooleanInIndexRule(), new IndexWithNullsRule(), new BtreeOnArrayRule(), new UnnecessaryIndexPredicateRule(),
            new TimestampInMiddleOfIndexRule(),
            // columns and types
            new TimestampWithoutTimeZoneRule(), new TimeWithTimeZoneRule(), new SerialInsteadOfIdentityRule(), new JsonColumnRule(),
            new VarcharWithLengthRule(), new CharColumnRule(), new MoneyColumnRule(), new VarcharPrimaryKeyRule(), new NaturalPrimaryKeyRule(),
            new InconsistentColumnTypeRule(), new NullStringDefaultRule(), new UpdatedAtWithoutTriggerRule(),
            // table shape
            new PrimaryKeyNotFirstRule(), new TooFewColumnsRule(), new AllColumnsNullableRule(), new NameAtLengthLimitRule(),
            new QuotedNameRule(), new IncrementingColumnsRule(),
            // security
            new SecurityDefinerSearchPathRule(), new RlsWithoutPolicyRule(), new ExposedTableWithoutRlsRule(),
            // documentation
            new MissingTableCommentRule(), new MissingColumnCommentRule(), new MissingRoutineCommentRule(),
            // live statistics
            new UnusedIndexRule(), new LowSelectivityIndexRule(), new SequenceNearExhaustionRule(), new TableBloatRule(),
            new IndexBloatRule(), new SequentialScanHeavyRule(),
            // routine bodies and cascades (analysis.body, analysis.trace)
            new TriggerRecursionRule(), new CascadeDepthRule())
        .sorted(Comparator.comparing(Rule::id))
        .toList();

    private static final Map<String, Rule> BY_ID = ALL.stream().collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

    private Rules() {}

    public static List<Rule> all() {
        return ALL;
    }

    /** The rule with this id, or null. */
    public static Rule byId(String id) {
        return BY_ID.get(id);
    }

    /** The reason as one paragraph: the source text wraps lines, Markdown and SARIF want it unwrapped. */
    public static String paragraph(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
