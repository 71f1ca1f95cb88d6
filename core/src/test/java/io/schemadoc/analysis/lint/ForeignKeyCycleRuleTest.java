package io.schemadoc.analysis.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.model.QualifiedName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The rule searches only within strongly connected components; on random reference graphs that must give, table
 * for table, the cycle of the search over the whole graph (and none where that finds none).
 */
class ForeignKeyCycleRuleTest {

    private static QualifiedName t(int i) {
        return new QualifiedName("s", "t" + i);
    }

    private static Map<QualifiedName, Set<QualifiedName>> randomGraph(Random random, int tables, int references) {
        Map<QualifiedName, Set<QualifiedName>> edges = new HashMap<>();
        for (int i = 0; i < tables; i++) {
            edges.put(t(i), new TreeSet<>());
        }
        for (int k = 0; k < references; k++) {
            int from = random.nextInt(tables);
            // a few references to tables outside the linted set, which have no entry of their own
            int to = random.nextInt(tables + 3);
            if (from != to) {
                edges.get(t(from)).add(t(to));
            }
        }
        return edges;
    }

    @Test
    void searchingWithinComponentsFindsTheSameCyclesAsSearchingEverything() {
        Random random = new Random(20261123);
        int withCycle = 0;
        for (int round = 0; round < 300; round++) {
            int tables = 2 + random.nextInt(40);
            Map<QualifiedName, Set<QualifiedName>> edges = randomGraph(random, tables, random.nextInt(2 * tables));
            Map<QualifiedName, Set<QualifiedName>> components = ForeignKeyCycleRule.components(edges);
            for (QualifiedName q : edges.keySet()) {
                List<QualifiedName> everywhere = ForeignKeyCycleRule.shortestCycle(q, edges);
                Set<QualifiedName> component = components.get(q);
                List<QualifiedName> within = component == null ? List.of() : ForeignKeyCycleRule.shortestCycle(q, edges, component);
                assertThat(within).as("round %d, table %s", round, q).isEqualTo(everywhere);
                assertThat(component != null).as("round %d, %s is on a cycle", round, q).isEqualTo(!everywhere.isEmpty());
                withCycle += everywhere.isEmpty() ? 0 : 1;
            }
        }
        assertThat(withCycle).as("tables on a cycle across all rounds").isGreaterThan(100);
    }

    @Test
    void aLongChainClosedIntoOneCycleNeedsNoDeepStack() {
        Map<QualifiedName, Set<QualifiedName>> edges = new HashMap<>();
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            edges.put(t(i), new TreeSet<>(Set.of(t((i + 1) % n))));
        }
        Map<QualifiedName, Set<QualifiedName>> components = ForeignKeyCycleRule.components(edges);
        assertThat(components).hasSize(n);
        assertThat(components.get(t(0))).hasSize(n);
    }
}
