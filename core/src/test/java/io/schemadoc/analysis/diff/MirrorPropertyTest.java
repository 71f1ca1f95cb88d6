package io.schemadoc.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.schemadoc.model.ModelJson;
import io.schemadoc.model.Schema;
import io.schemadoc.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A→B and B→A mirror each other, on random mutations of a hand-built schema and of a real example's model:
 * every object added one way is removed the other way (same summary, the hint's "of" and "to" swapped), and
 * every changed field swaps its old and new values. Also: the comparison is deterministic.
 */
class MirrorPropertyTest {

    @Provide
    Arbitrary<String> bases() {
        return Arbitraries.of("rich", "quietus", "referrals");
    }

    private static Schema base(String name) {
        return name.equals("rich") ? Fixtures.rich() : TestDatabases.example(name, 18);
    }

    @Property(tries = 150)
    void aToBMirrorsBToA(@ForAll("bases") String baseName, @ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int mutations) {
        Schema a = base(baseName);
        Schema b = mutate(a, new Random(seed), mutations);
        List<Change> forward = SchemaDiff.compare(a, b, DiffOptions.defaults());
        List<Change> backward = SchemaDiff.compare(b, a, DiffOptions.defaults());
        List<Change> mirrored = new ArrayList<>(forward.stream().map(MirrorPropertyTest::mirror).toList());
        mirrored.sort(SchemaDiff.ORDER);
        assertThat(backward).containsExactlyElementsOf(mirrored);
        assertThat(SchemaDiff.compare(a, b, DiffOptions.defaults())).isEqualTo(forward);
        assertThat(SchemaDiff.compare(b, b, DiffOptions.defaults())).isEmpty();
    }

    static Change mirror(Change c) {
        if (c instanceof Change.Added x) {
            return new Change.Removed(x.id(), x.summary(), x.object(), x.hint() == null ? null : x.hint().replace("possible rename of ", "possible rename to "));
        }
        if (c instanceof Change.Removed x) {
            return new Change.Added(x.id(), x.summary(), x.object(), x.hint() == null ? null : x.hint().replace("possible rename to ", "possible rename of "));
        }
        Change.Changed x = (Change.Changed) c;
        return new Change.Changed(x.id(), x.field(), x.newValue(), x.oldValue());
    }

    /** Applies {@code count} random edits to the JSON form of {@code schema}; edits that give no valid model are retried. */
    static Schema mutate(Schema schema, Random random, int count) {
        Schema current = schema;
        int applied = 0;
        for (int attempt = 0; applied < count && attempt < count * 20; attempt++) {
            ObjectNode tree = ModelJson.mapper().valueToTree(current);
            List<JsonNode> containers = new ArrayList<>();
            collect(tree, containers);
            JsonNode target = containers.get(random.nextInt(containers.size()));
            if (!edit(target, random)) {
                continue;
            }
            try {
                current = ModelJson.mapper().treeToValue(tree, Schema.class);
                applied++;
            } catch (Exception invalid) {
                // The edit broke an invariant of the model (an enum value, a foreign key without its half): try another.
            }
        }
        return current;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.elements().forEachRemaining(child -> collect(child, out));
        }
    }

    private static boolean edit(JsonNode target, Random random) {
        if (target instanceof ArrayNode array) {
            if (array.isEmpty()) {
                return false;
            }
            int i = random.nextInt(array.size());
            if (random.nextBoolean()) {
                array.remove(i);
            } else if (array.get(i) instanceof ObjectNode element && element.has("name")) {
                ObjectNode copy = element.deepCopy();
                copy.put("name", element.get("name").asText() + "_copy" + random.nextInt(3));
                array.add(copy);
            } else if (array.get(i).isTextual()) {
                array.set(i, array.get(i).asText() + "_x");
            } else {
                return false;
            }
            return true;
        }
        ObjectNode object = (ObjectNode) target;
        List<String> fields = new ArrayList<>();
        object.fieldNames().forEachRemaining(fields::add);
        if (fields.isEmpty()) {
            return false;
        }
        String field = fields.get(random.nextInt(fields.size()));
        JsonNode value = object.get(field);
        switch (random.nextInt(4)) {
            case 0 -> {
                // Identity (names, schemas) is never missing in a model a source yields; everything else may be.
                if (value.isValueNode() && !List.of("name", "schema", "kind", "argumentTypes").contains(field)) {
                    object.remove(field);
                    return true;
                }
                return false;
            }
            default -> {
                if (value.isTextual()) {
                    object.put(field, random.nextBoolean() ? value.asText() + " x" : value.asText() + "\nsecond line");
                } else if (value.isBoolean()) {
                    object.put(field, !value.asBoolean());
                } else if (value.isIntegralNumber()) {
                    object.put(field, value.asLong() + 1 + random.nextInt(3));
                } else {
                    return false;
                }
                return true;
            }
        }
    }
}
