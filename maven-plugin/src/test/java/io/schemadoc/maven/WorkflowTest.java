package io.schemadoc.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The GitHub Actions workflow kept in the repository (and shown in the README) does what the README says: on push
 * and pull request, Java 17, lint and check through the plugin, and the SARIF the lint goal writes by default
 * uploaded to code scanning even when lint fails. It runs on examples/maven-flyway, which must use the plugin.
 */
class WorkflowTest {
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final Path WORKFLOW = REPO.resolve(".github/workflows/schemadoc.yml");

    static JsonNode workflow() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
    }

    static List<JsonNode> steps(JsonNode wf) {
        List<JsonNode> steps = new ArrayList<>();
        wf.path("jobs").forEach(job -> job.path("steps").forEach(steps::add));
        return steps;
    }

    static String workingDirectory(JsonNode wf) {
        return wf.path("jobs").elements().next().at("/defaults/run/working-directory").asText();
    }

    @Test
    void runsOnPushAndPullRequestWithTheRightToScan() throws Exception {
        JsonNode wf = workflow();
        assertThat(wf.path("on").has("pull_request")).isTrue();
        assertThat(wf.at("/on/push/branches").toString()).contains("\"main\"");
        assertThat(wf.at("/permissions/security-events").asText()).isEqualTo("write");
    }

    @Test
    void setsUpJava17() throws Exception {
        assertThat(steps(workflow())).anySatisfy(step -> {
            assertThat(step.path("uses").asText()).startsWith("actions/setup-java@");
            assertThat(step.at("/with/java-version").asText()).isEqualTo("17");
        });
    }

    @Test
    void runsLintAndCheckInTheExampleThatBindsThem() throws Exception {
        JsonNode wf = workflow();
        assertThat(steps(wf)).anySatisfy(step -> {
            assertThat(step.has("working-directory")).as("runs in the job's working directory").isFalse();
            assertThat(step.path("run").asText()).startsWith("mvn ").contains("schemadoc:lint").contains("schemadoc:check");
        });
        Path example = REPO.resolve(workingDirectory(wf));
        assertThat(example).isEqualTo(REPO.resolve("examples/maven-flyway"));
        assertThat(example.resolve("docs/schema/README.md")).as("committed docs to check").isRegularFile();
        Element plugin = examplePlugin(example.resolve("pom.xml"));
        assertThat(text(plugin, "version")).isEqualTo(System.getProperty("schemadoc.version"));
        assertThat(texts(plugin, "goal")).contains("check", "lint");
    }

    @Test
    void uploadsTheDefaultSarifEvenWhenLintFails() throws Exception {
        JsonNode wf = workflow();
        JsonNode upload = steps(wf).stream().filter(s -> s.path("uses").asText().startsWith("github/codeql-action/upload-sarif@v3"))
            .findFirst().orElseThrow();
        assertThat(upload.path("if").asText()).isEqualTo("always()");
        // `uses` steps ignore the run defaults: the path is from the repository root.
        assertThat(upload.at("/with/sarif_file").asText()).isEqualTo(workingDirectory(wf) + "/" + defaultSarifPath());
    }

    @Test
    void readmeShowsTheWorkflowAsItIs() throws Exception {
        String readme = Files.readString(REPO.resolve("README.md"), StandardCharsets.UTF_8);
        String workflow = Files.readString(WORKFLOW, StandardCharsets.UTF_8);
        assertThat(readme).contains("## In CI").contains("```yaml\n" + workflow + "```\n");
    }

    /** lint's default `sarif`, from the generated plugin descriptor, relative to the project folder. */
    static String defaultSarifPath() throws Exception {
        String descriptor = Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<sarif implementation=\"java.io.File\" default-value=\"([^\"]+)\">\\$\\{schemadoc.sarif}</sarif>")
            .matcher(descriptor);
        assertThat(m.find()).as("lint's sarif parameter in the descriptor").isTrue();
        String value = m.group(1);
        assertThat(value).startsWith("${project.build.directory}/");
        return "target/" + value.substring("${project.build.directory}/".length());
    }

    static Element examplePlugin(Path pom) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        NodeList plugins = doc.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if ("schemadoc-maven-plugin".equals(text(plugin, "artifactId"))) {
                return plugin;
            }
        }
        throw new AssertionError("examples/maven-flyway/pom.xml does not use schemadoc-maven-plugin");
    }

    static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
    }

    static List<String> texts(Element parent, String tag) {
        List<String> all = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            all.add(nodes.item(i).getTextContent().strip());
        }
        return all;
    }
}
