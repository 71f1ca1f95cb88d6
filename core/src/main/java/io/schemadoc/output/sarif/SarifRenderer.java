package io.schemadoc.output.sarif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.schemadoc.analysis.lint.Finding;
import io.schemadoc.analysis.lint.LintResult;
import io.schemadoc.analysis.lint.Rule;
import io.schemadoc.analysis.lint.Rules;
import io.schemadoc.analysis.lint.Severity;
import io.schemadoc.model.ModelJson;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Lint findings as a SARIF 2.1.0 log that GitHub code scanning accepts: one run, the rules that ran as
 * {@code tool.driver.rules} (title, reason, Markdown help, default level), and one result per finding.
 * A finding's location is its migration file and line when the schema came from SQL files; every result also
 * carries a logical location {@code schema.table.member}. GitHub rejects a file whose results lack a file
 * location, so findings without one are anchored at {@link Options#anchorUri} (a snapshot or config file) when
 * given. Output is byte-stable: findings sorted, no timestamps, fingerprints derived from the finding itself.
 */
public final class SarifRenderer {
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

    /**
     * {@code uriPrefix} is put before each migration file name so that URIs are relative to the repository root
     * (for example {@code db/migrations/}); {@code anchorUri} (repository-relative, may be null) receives the
     * findings that have no migration file; {@code toolVersion} may be null.
     */
    public record Options(String uriPrefix, String anchorUri, String toolVersion) {
        public Options {
            uriPrefix = uriPrefix == null ? "" : uriPrefix;
        }

        public static final Options DEFAULT = new Options("", null, null);
    }

    private SarifRenderer() {}

    public static String render(LintResult result, Options options) {
        ObjectNode root = ModelJson.mapper().createObjectNode();
        root.put("$schema", SCHEMA_URI);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "schemadoc");
        if (options.toolVersion() != null) {
            driver.put("version", options.toolVersion());
        }
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (LintResult.RuleRun r : result.rules()) {
            ruleIndex.put(r.rule().id(), ruleIndex.size());
            rules.add(rule(r.rule(), r.severity()));
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : result.findings()) {
            ObjectNode res = results.addObject();
            res.put("ruleId", f.ruleId());
            Integer index = ruleIndex.get(f.ruleId());
            if (index != null) {
                res.put("ruleIndex", index);
            }
            res.put("level", level(f.severity()));
            res.putObject("message").put("text", f.message());
            ObjectNode location = res.putArray("locations").addObject();
            String uri = null;
            int line = 0;
            if (f.location() != null) {
                uri = uri(options.uriPrefix() + f.location().file());
                line = f.location().line();
            } else if (options.anchorUri() != null) {
                uri = uri(options.anchorUri());
            }
            if (uri != null) {
                ObjectNode physical = location.putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", uri);
                if (line > 0) {
                    physical.putObject("region").put("startLine", line);
                }
            }
            location.putArray("logicalLocations").addObject()
                .put("fullyQualifiedName", f.logicalName())
                .put("kind", f.kind().word());
            res.putObject("partialFingerprints").put("schemadocFinding/v1", fingerprint(f));
        }
        run.put("columnKind", "unicodeCodePoints");
        return ModelJson.pretty(root);
    }

    static ObjectNode rule(Rule rule, Severity severity) {
        ObjectNode o = ModelJson.mapper().createObjectNode();
        o.put("id", rule.id());
        o.put("name", camel(rule.id()));
        String reason = Rules.paragraph(rule.reason());
        o.putObject("shortDescription").put("text", rule.title());
        o.putObject("fullDescription").put("text", reason);
        o.putObject("help")
            .put("text", rule.title() + ". " + reason)
            .put("markdown", "**" + rule.title() + "** (`" + rule.id() + "`)\n\n" + reason);
        o.putObject("defaultConfiguration").put("level", level(severity));
        ArrayNode tags = o.putObject("properties").putArray("tags");
        tags.add("schema");
        tags.add(rule instanceof io.schemadoc.analysis.lint.LiveRule ? "live-statistics" : "design");
        return o;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** kebab-case id → PascalCase name, as SARIF viewers show rule names. */
    static String camel(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    /** A relative URI reference with forward slashes; characters a URI cannot hold are percent-encoded. */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        try {
            return new URI(null, null, p, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of " + path, e);
        }
    }

    /** Stable across runs and line moves: the rule and the object's name, hashed. */
    static String fingerprint(Finding f) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((f.ruleId() + "\u0000" + f.kind().word() + "\u0000" + f.logicalName() + "\u0000" + f.message())
                .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
