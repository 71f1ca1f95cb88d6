package io.schemadoc.output.svg;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemadoc.config.Config;
import io.schemadoc.model.QualifiedName;
import io.schemadoc.model.Schema;
import io.schemadoc.model.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErDiagramsTest {

    private static Config withEr(int distance, int cap) {
        return new Config(null, null, null, null, null, null, null, null, new Config.ErSettings(distance, "svg", cap), null, null);
    }

    @Test
    void neighbourhoodOfATableHoldsItsParentsAndChildrenAndLinksToTheirPages() {
        Schema schema = SchemaFixtures.chat();
        ErDiagrams er = new ErDiagrams(schema, Config.DEFAULT, ".html");
        ErDiagrams.Diagram d = er.forTable(SchemaFixtures.q("public", "rooms"));
        assertThat(d.file()).isEqualTo("er/public.rooms.svg");
        assertThat(d.graph().boxes()).extracting(ErGraph.Box::id)
            .containsExactly("public.rooms", "public.messages", "public.room_members", "public.users");
        assertThat(d.graph().boxes().get(0).focus()).isTrue();
        String svg = new SvgRenderer().render(d.graph());
        assertThat(svg).contains("<a href=\"../public.users.html\"").contains("target=\"_top\"");
        assertThat(svg).contains(">PK</text>").contains(">FK</text>");
        assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"");
    }

    @Test
    void schemaTextIsEscapedInTheSvg() {
        Schema schema = SchemaFixtures.chat();
        ErDiagrams er = new ErDiagrams(schema, Config.DEFAULT, ".html");
        String svg = new SvgRenderer().render(er.forTable(SchemaFixtures.q("audit", "we\"ird</script>")).graph());
        assertThat(svg).doesNotContain("<script").doesNotContain("</script>").doesNotContain("<b>");
        assertThat(svg).contains("we&quot;ird&lt;/script&gt;").contains("&lt;b&gt;col&lt;/b&gt;");
        assertThat(svg).contains("href=\"../audit.we~22ird~3C~2Fscript~3E.html\"");
    }

    @Test
    void sameSchemaGivesTheSameBytes() {
        Schema schema = SchemaFixtures.synthetic(120, 2);
        Map<String, String> first = new SvgRenderer().renderAll(new ErDiagrams(schema, withEr(2, 30), ".html").diagrams());
        Map<String, String> second = new SvgRenderer().renderAll(new ErDiagrams(schema, withEr(2, 30), ".html").diagrams());
        assertThat(second).isEqualTo(first);
        assertThat(List.copyOf(second.keySet())).isEqualTo(List.copyOf(first.keySet()));
    }

    @Test
    void relationLinesAreOrthogonalAndCrossNoBoxButTheirOwnEnds() {
        for (Schema schema : List.of(SchemaFixtures.chat(), SchemaFixtures.synthetic(60, 1), SchemaFixtures.synthetic(200, 3))) {
            ErDiagrams er = new ErDiagrams(schema, withEr(2, 40), ".html");
            int checked = 0;
            for (ErDiagrams.Diagram d : er.diagrams()) {
                ElkLayout.Result layout = ElkLayout.layout(d.graph());
                for (ElkLayout.Line line : layout.lines()) {
                    List<ElkLayout.Point> pts = line.points();
                    for (int i = 1; i < pts.size(); i++) {
                        ElkLayout.Point a = pts.get(i - 1);
                        ElkLayout.Point b = pts.get(i);
                        assertThat(Math.abs(a.x() - b.x()) < 0.01 || Math.abs(a.y() - b.y()) < 0.01)
                            .as("segment %s-%s of %s in %s is orthogonal", a, b, line.relation().label(), d.file()).isTrue();
                        for (ElkLayout.Placed box : layout.boxes()) {
                            String id = box.box().id();
                            if (id.equals(line.relation().from()) || id.equals(line.relation().to())) {
                                continue;
                            }
                            assertThat(crosses(a, b, box)).as("%s crosses box %s in %s", line.relation().label(), id, d.file()).isFalse();
                            checked++;
                        }
                    }
                }
                for (ElkLayout.Placed p : layout.boxes()) {
                    for (ElkLayout.Placed o : layout.boxes()) {
                        if (p != o) {
                            assertThat(overlap(p, o)).as("boxes %s and %s overlap in %s", p.box().id(), o.box().id(), d.file()).isFalse();
                        }
                    }
                }
            }
            assertThat(checked).isPositive();
        }
    }

    private static boolean crosses(ElkLayout.Point a, ElkLayout.Point b, ElkLayout.Placed box) {
        double x0 = box.x() + 1;
        double y0 = box.y() + 1;
        double x1 = box.x() + box.width() - 1;
        double y1 = box.y() + box.height() - 1;
        double sx0 = Math.min(a.x(), b.x());
        double sx1 = Math.max(a.x(), b.x());
        double sy0 = Math.min(a.y(), b.y());
        double sy1 = Math.max(a.y(), b.y());
        return sx1 > x0 && sx0 < x1 && sy1 > y0 && sy0 < y1;
    }

    private static boolean overlap(ElkLayout.Placed p, ElkLayout.Placed o) {
        return p.x() < o.x() + o.width() && o.x() < p.x() + p.width() && p.y() < o.y() + o.height() && o.y() < p.y() + p.height();
    }

    @Test
    void noDiagramOfA2000TableSchemaPassesTheCap() {
        Schema schema = SchemaFixtures.synthetic(2000, 3);
        Config config = withEr(2, 60);
        ErDiagrams er = new ErDiagrams(schema, config, ".html");
        List<ErDiagrams.Diagram> all = er.diagrams();
        for (ErDiagrams.Diagram d : all) {
            assertThat(d.graph().boxes().size()).as(d.file()).isLessThanOrEqualTo(60);
        }
        assertThat(er.all()).isNull();
        assertThat(er.overview()).isNotNull();
        assertThat(er.overview().graph().boxes()).hasSize(3);
        for (String s : List.of("s0", "s1", "s2")) {
            Set<QualifiedName> covered = new HashSet<>();
            for (ErDiagrams.Diagram part : er.forSchema(s)) {
                assertThat(part.kind()).isEqualTo(ErDiagrams.Kind.PART);
                part.graph().boxes().forEach(b -> covered.add(QualifiedName.class.cast(null) == null ? null : null));
                for (ErGraph.Box b : part.graph().boxes()) {
                    covered.add(new QualifiedName(s, b.title().substring(s.length() + 1)));
                }
            }
            covered.remove(null);
            long inSchema = schema.tables().stream().filter(t -> t.schema().equals(s)).count();
            assertThat(covered).hasSize((int) inSchema);
            assertThat(er.schemaOverview(s).graph().boxes().size()).isLessThanOrEqualTo(60);
        }
        for (Table t : schema.tables()) {
            assertThat(er.forTable(t.qualifiedName())).isNotNull();
        }
        // the largest neighbourhoods are cut at the cap, not dropped
        assertThat(all.stream().mapToInt(d -> d.graph().boxes().size()).max().orElse(0)).isEqualTo(60);
    }

    @Test
    void oneHugeSchemaGetsAnOverviewOfGroupedPartsWithinTheCap() {
        Schema schema = SchemaFixtures.synthetic(2000, 1);
        ErDiagrams er = new ErDiagrams(schema, withEr(1, 20), ".html");
        assertThat(er.forSchema("s0")).hasSize(100);
        ErDiagrams.Diagram overview = er.schemaOverview("s0");
        assertThat(overview.graph().boxes().size()).isLessThanOrEqualTo(20);
        String svg = new SvgRenderer().render(overview.graph());
        assertThat(svg).contains("href=\"s0.part1.svg\"").contains("2000".substring(0, 1));
        assertThat(er.overview()).isNull();
    }

    @Test
    void viewpointsOverTheCapGetNoPicture() {
        Schema schema = SchemaFixtures.synthetic(100, 1);
        Config config = new Config(null, null, null, null, null, null, null,
            List.of(new Config.Viewpoint("small", null, List.of("s0.t0000?"), List.of()), new Config.Viewpoint("big", null, List.of(), List.of("s*"))),
            new Config.ErSettings(1, "svg", 30), null, null);
        ErDiagrams er = new ErDiagrams(schema, config, ".md");
        assertThat(er.forViewpoint("small").graph().boxes()).hasSize(10);
        assertThat(er.forViewpoint("small").file()).isEqualTo("er/viewpoints/small.svg");
        assertThat(er.forViewpoint("big")).isNull();
        assertThat(er.viewpointSize("big")).isEqualTo(100);
        assertThat(new SvgRenderer().render(er.forViewpoint("small").graph())).contains("href=\"../../s0.t00001.md\"");
    }
}
