package io.schemadoc.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Format checks of generated output, independent of any renderer's code: what a browser, GitHub or Mermaid would make
 * of the text. Each check names the file and the offending line.
 */
final class OutputChecks {
    private OutputChecks() {}

    private static final ObjectMapper JSON = new ObjectMapper()
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final List<String> BUNDLED = List.of("schemadoc.js", "schemadoc.css", "live.js");

    /** Every file under {@code dir}, none a link, all really inside it. */
    static List<Path> filesInside(Path dir) throws IOException {
        Path root = dir.toRealPath();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                assertThat(Files.isSymbolicLink(p)).as("%s is a link", p).isFalse();
                assertThat(p.toRealPath(LinkOption.NOFOLLOW_LINKS).startsWith(root)).as("%s is outside %s", p, root).isTrue();
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(p);
                }
            }
        }
        return files;
    }

    static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    /** A file copied verbatim from schemadoc's bundled site assets (not generated from the schema). */
    static boolean bundledAsset(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (!BUNDLED.contains(name)) {
            return false;
        }
        try (InputStream in = OutputChecks.class.getResourceAsStream("/io/schemadoc/html/" + name)) {
            return in != null && java.util.Arrays.equals(in.readAllBytes(), Files.readAllBytes(file));
        }
    }

    // ---------------------------------------------------------------- JSON

    static JsonNode json(Path file) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError(file + " is not JSON: " + e.getMessage(), e);
        }
        assertThat(node).as("%s parses", file).isNotNull();
        assertThat(JSON.readTree(JSON.writeValueAsBytes(node))).as("%s round-trips", file).isEqualTo(node);
        return node;
    }

    // ---------------------------------------------------------------- Markdown

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?!`).*?(?<!`)\\1(?!`)");
    private static final Pattern HTML_TAG = Pattern.compile("<(/?[A-Za-z][A-Za-z0-9-]*|!--|!|\\?)");
    private static final Set<String> MD_TAGS = Set.of("details", "/details", "summary", "/summary", "br", "sub", "/sub", "sup", "/sup", "strong", "/strong", "em", "/em", "code", "/code");
    private static final Pattern MD_LINK = Pattern.compile("(?<!\\\\)\\]\\(([^)\\s]*)");

    /** Markdown: every table row keeps the header's cell count; no raw HTML but the renderer's own; links stay relative. */
    static void markdown(Path file, String text, Path root) {
        String[] lines = text.split("\n", -1);
        String fence = null;
        List<String> mermaid = null;
        int tableCells = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = root.relativize(file) + ":" + (i + 1) + ": " + abbreviate(line);
            Matcher f = FENCE.matcher(line);
            if (fence != null) {
                if (f.matches() && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length() && f.group(2).isBlank()) {
                    if (mermaid != null) {
                        mermaid(file + ":" + (i + 1), mermaid);
                    }
                    fence = null;
                    mermaid = null;
                } else if (mermaid != null) {
                    mermaid.add(line);
                }
                continue;
            }
            if (f.matches()) {
                fence = f.group(1);
                mermaid = f.group(2).strip().equals("mermaid") ? new ArrayList<>() : null;
                tableCells = -1;
                continue;
            }
            if (tableCells < 0 && line.startsWith("|") && i + 1 < lines.length && lines[i + 1].matches("\\|( *:?-+:? *\\|)+ *")) {
                tableCells = cells(line);
                assertThat(cells(lines[i + 1])).as("delimiter row of the table at %s", where).isEqualTo(tableCells);
                i++;
                continue;
            }
            if (tableCells >= 0) {
                if (line.isBlank()) {
                    tableCells = -1;
                } else {
                    // GFM continues a table with any non-blank line, so every line up to a blank one is a row.
                    assertThat(line).as("table row %s", where).startsWith("|");
                    assertThat(cells(line)).as("cells in %s", where).isEqualTo(tableCells);
                }
            }
            String prose = CODE_SPAN.matcher(line).replaceAll("");
            Matcher tag = HTML_TAG.matcher(prose);
            while (tag.find()) {
                assertThat(MD_TAGS).as("raw HTML <%s in %s", tag.group(1), where).contains(tag.group(1).toLowerCase(Locale.ROOT));
            }
            Matcher link = MD_LINK.matcher(prose);
            while (link.find()) {
                String target = link.group(1);
                assertThat(target).as("link target in %s", where).doesNotStartWith("/").doesNotStartWith("..")
                    .doesNotContainPattern("^[A-Za-z][A-Za-z0-9+.-]*:");
            }
        }
        assertThat(fence).as("%s ends inside a code fence", file).isNull();
    }

    /** The cells of a GFM table row: pipes not escaped by a backslash (cmark-gfm skips the character after one). */
    static int cells(String row) {
        int pipes = 0;
        String r = row.strip();
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                pipes++;
            }
        }
        boolean leading = r.startsWith("|");
        boolean trailing = r.endsWith("|") && !r.endsWith("\\|");
        return pipes + 1 - (leading ? 1 : 0) - (trailing ? 1 : 0);
    }

    // ---------------------------------------------------------------- Mermaid

    private static final String Q = "\"[^\"\\n]*\"";
    private static final String WORD = "[A-Za-z0-9_\\[\\]()-]+";
    private static final List<Pattern> ER_LINES = List.of(
        Pattern.compile("erDiagram"),
        Pattern.compile("\\s*"),
        Pattern.compile("\\s*%%.*"),
        Pattern.compile("\\s*direction (TB|BT|LR|RL)"),
        Pattern.compile(Q + " [|}][o|](--|\\.\\.)[o|][|{] " + Q + " : " + Q),
        Pattern.compile(Q + " \\{"),
        Pattern.compile("\\s+" + WORD + " " + WORD + "( (PK|FK|UK)(, ?(PK|FK|UK))*)?( " + Q + ")?"),
        Pattern.compile("\\}"));

    /** Mermaid: an erDiagram line by line against its grammar; other diagrams: quotes balanced, nothing unquoted but ASCII syntax. */
    static void mermaid(String where, List<String> lines) {
        if (!lines.isEmpty() && lines.get(0).strip().equals("erDiagram")) {
            for (String line : lines) {
                assertThat(ER_LINES.stream().anyMatch(p -> p.matcher(line).matches()))
                    .as("erDiagram line at %s does not match Mermaid's grammar: %s", where, abbreviate(line)).isTrue();
            }
            return;
        }
        for (String line : lines) {
            if (line.strip().startsWith("%%")) {
                continue;
            }
            String outside = line.replaceAll(Q, "\"\"");
            assertThat(outside).as("unbalanced quote or unquoted text at %s: %s", where, abbreviate(line))
                .doesNotContain("%%").doesNotContain("`").matches("[\\x20-\\x7e]*").satisfies(o ->
                    assertThat(o.chars().filter(c -> c == '"').count() % 2).isZero());
        }
    }

    // ---------------------------------------------------------------- HTML

    private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b([^>]*)>(.*?)</script\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s\"'>/=]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "data", "poster", "background");
    private static final Set<String> DANGEROUS_TAGS = Set.of("iframe", "img", "embed", "base", "frame", "frameset",
        "applet", "math", "template", "foreignobject", "image", "video", "audio", "textarea");

    /**
     * HTML (or a generated script/stylesheet): every script is loaded from a file in the site or is an inline script
     * without a trace of the payloads; no element from the payloads, no event-handler attribute, no javascript: URL.
     */
    static void html(Path file, String text, Path root) {
        String where = root.relativize(file).toString();
        Matcher s = SCRIPT.matcher(text);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (s.find()) {
            rest.append(text, last, s.start());
            last = s.end();
            String attributes = s.group(1);
            String body = s.group(2);
            assertThat(attributes + body).as("script in %s", where).doesNotContainIgnoringCase("alert(");
            Matcher src = Pattern.compile("(?i)src\\s*=\\s*\"([^\"]*)\"").matcher(attributes);
            if (src.find()) {
                String target = src.group(1);
                assertThat(target).as("script src in %s", where).doesNotContain("://").doesNotStartWith("//");
                assertThat(Files.isRegularFile(file.getParent().resolve(target.replaceAll("[?#].*", ""))))
                    .as("script %s of %s is a file of the site", target, where).isTrue();
            }
        }
        rest.append(text.substring(last));
        String outside = rest.toString();
        assertThat(outside).as("a script opened in %s that never closes", where).doesNotContainPattern("(?i)<script\\b");
        Matcher t = TAG.matcher(outside);
        while (t.find()) {
            String name = t.group(2).toLowerCase(Locale.ROOT);
            String attributes = t.group(3);
            assertThat(DANGEROUS_TAGS).as("element <%s> in %s: %s", name, where, abbreviate(t.group())).doesNotContain(name);
            if (name.equals("object") && t.group(1).isEmpty()) {
                Matcher data = Pattern.compile("data=\"([^\"]*)\"").matcher(attributes);
                assertThat(attributes).as("object element in %s", where).contains("type=\"image/svg+xml\"");
                assertThat(data.find() && data.group(1).endsWith(".svg") && Files.isRegularFile(file.getParent().resolve(data.group(1))))
                    .as("object element in %s shows an SVG of the site: %s", where, abbreviate(t.group())).isTrue();
            }
            if (name.equals("link")) {
                assertThat(attributes).as("link element in %s (no network requests)", where).doesNotContain("//");
            }
            if (name.equals("meta")) {
                assertThat(attributes).as("meta element in %s", where).doesNotContainIgnoringCase("refresh").doesNotContainIgnoringCase("set-cookie");
            }
            if (name.equals("style")) {
                assertThat(t.group(1).isEmpty() && attributes.isBlank()).as("<style> element in %s", where).isTrue();
            }
            Matcher a = ATTRIBUTE.matcher(attributes);
            while (a.find()) {
                String attribute = a.group(1).toLowerCase(Locale.ROOT);
                String value = a.group(2) == null ? "" : a.group(2).replaceAll("^[\"']|[\"']$", "");
                assertThat(attribute.startsWith("on") && !attribute.equals("open")).as("event handler attribute in %s: %s", where, abbreviate(t.group())).isFalse();
                if (URL_ATTRIBUTES.contains(attribute)) {
                    assertThat(value.replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT)).as("URL in %s: %s", where, abbreviate(t.group()))
                        .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:text/html")
                        .doesNotStartWith("&#");
                }
            }
        }
    }

    private static final Pattern DATA_SCRIPT = Pattern.compile("(?s)\\s*window\\.[A-Za-z_]+\\s*=\\s*(.*?);?\\s*");

    /** A generated script must be data only: {@code window.NAME = <JSON>;}, with no raw '<' a page could trip over. */
    static void dataScript(Path file, String text, Path root) throws IOException {
        String where = root.relativize(file).toString();
        Matcher m = DATA_SCRIPT.matcher(text);
        assertThat(m.matches()).as("generated script %s is a JSON assignment", where).isTrue();
        assertThat(text).as("raw '<' in %s", where).doesNotContain("<");
        try {
            // a trailing comma before the closing bracket is valid JavaScript, not JSON
            JsonNode node = JSON.readTree(m.group(1).replaceAll(",\\s*\\]\\s*$", "]"));
            assertThat(node).as("%s holds JSON", where).isNotNull();
        } catch (IOException e) {
            throw new AssertionError(where + " does not hold JSON: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- SVG

    /** SVG: well-formed XML (no DTD allowed) with no script, foreign object, event handler or javascript: link. */
    static void svg(Path file, byte[] bytes) {
        Node doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            javax.xml.parsers.DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null); // the exception says it; no "[Fatal Error]" on stderr
            doc = builder.parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
        }
        walk(file, doc);
    }

    private static void walk(Path file, Node node) {
        if (node instanceof Element e) {
            String name = (e.getLocalName() == null ? e.getNodeName() : e.getLocalName()).toLowerCase(Locale.ROOT);
            assertThat(name).as("element in %s", file).isNotIn("script", "foreignobject", "iframe", "handler", "set", "animate");
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                String an = (a.getLocalName() == null ? a.getNodeName() : a.getLocalName()).toLowerCase(Locale.ROOT);
                assertThat(an).as("attribute of <%s> in %s", name, file).doesNotStartWith("on");
                if (an.equals("href")) {
                    assertThat(a.getNodeValue().replaceAll("\\s", "").toLowerCase(Locale.ROOT)).as("link in %s", file)
                        .doesNotStartWith("javascript:").doesNotStartWith("data:");
                }
            }
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            walk(file, c);
        }
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
