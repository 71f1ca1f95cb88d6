package io.schemadoc.output.sarif;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A structural check of a SARIF 2.1.0 log against the parts of the OASIS schema (sarif-schema-2.1.0.json) that
 * schemadoc emits: required properties, the properties each object may have (the schema closes its objects with
 * additionalProperties: false, except property bags), enums and value ranges; plus GitHub code scanning's own
 * ingestion rules (every result has a location with a relative artifact URI, rule ids are known).
 * The schema file itself is not on this machine; the property lists are transcribed from the specification.
 */
final class SarifStructure {
    private static final Map<String, Set<String>> ALLOWED = Map.of(
        "sarifLog", Set.of("$schema", "version", "runs", "inlineExternalProperties", "properties"),
        "run", Set.of("tool", "invocations", "conversion", "language", "versionControlProvenance", "originalUriBaseIds", "artifacts",
            "logicalLocations", "graphs", "results", "automationDetails", "runAggregates", "baselineGuid", "redactionReleases",
            "defaultEncoding", "defaultSourceLanguage", "newlineSequences", "columnKind", "externalPropertyFileReferences",
            "threadFlowLocations", "taxonomies", "addresses", "translations", "policies", "webRequests", "webResponses",
            "specialLocations", "properties"),
        "toolComponent", Set.of("guid", "name", "organization", "product", "productSuite", "shortDescription", "fullDescription",
            "fullName", "version", "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc", "downloadUri", "informationUri",
            "globalMessageStrings", "notifications", "rules", "taxa", "locations", "language", "contents", "isComprehensive",
            "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent",
            "translationMetadata", "supportedTaxonomies", "properties"),
        "reportingDescriptor", Set.of("id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames", "shortDescription",
            "fullDescription", "messageStrings", "defaultConfiguration", "helpUri", "help", "relationships", "properties"),
        "result", Set.of("ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget", "locations", "guid",
            "correlationGuid", "occurrenceCount", "partialFingerprints", "fingerprints", "stacks", "codeFlows", "graphs",
            "graphTraversals", "relatedLocations", "suppressions", "baselineState", "rank", "attachments", "hostedViewerUri",
            "workItemUris", "provenance", "fixes", "taxa", "webRequest", "webResponse", "properties"),
        "location", Set.of("id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties"),
        "physicalLocation", Set.of("address", "artifactLocation", "region", "contextRegion", "properties"),
        "artifactLocation", Set.of("uri", "uriBaseId", "index", "description", "properties"),
        "region", Set.of("startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset", "byteLength",
            "snippet", "message", "sourceLanguage", "properties"),
        "logicalLocation", Set.of("name", "index", "fullyQualifiedName", "decoratedName", "parentIndex", "kind", "properties"));
    private static final Set<String> MESSAGE_STRING = Set.of("text", "markdown", "properties");
    private static final Set<String> MESSAGE = Set.of("text", "markdown", "id", "arguments", "properties");
    private static final Set<String> CONFIGURATION = Set.of("enabled", "level", "rank", "parameters", "properties");
    private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");

    private final List<String> problems = new ArrayList<>();

    private SarifStructure() {}

    /** Problems found, empty when the log is well-formed; {@code github} adds GitHub's ingestion rules. */
    static List<String> check(JsonNode log, boolean github) {
        SarifStructure s = new SarifStructure();
        s.log(log, github);
        return s.problems;
    }

    private void log(JsonNode log, boolean github) {
        object(log, "sarifLog", "$");
        require(log, "version", "$");
        if (!"2.1.0".equals(log.path("version").asText())) {
            problems.add("$.version must be 2.1.0");
        }
        JsonNode runs = log.path("runs");
        if (!runs.isArray()) {
            problems.add("$.runs must be an array");
            return;
        }
        for (int r = 0; r < runs.size(); r++) {
            run(runs.get(r), "$.runs[" + r + "]", github);
        }
    }

    private void run(JsonNode run, String at, boolean github) {
        object(run, "run", at);
        require(run, "tool", at);
        JsonNode driver = run.path("tool").path("driver");
        object(driver, "toolComponent", at + ".tool.driver");
        require(driver, "name", at + ".tool.driver");
        if (run.has("columnKind") && !Set.of("utf16CodeUnits", "unicodeCodePoints").contains(run.get("columnKind").asText())) {
            problems.add(at + ".columnKind has a value outside the enum");
        }
        List<String> ruleIds = new ArrayList<>();
        JsonNode rules = driver.path("rules");
        for (int i = 0; i < rules.size(); i++) {
            String rat = at + ".tool.driver.rules[" + i + "]";
            JsonNode rule = rules.get(i);
            object(rule, "reportingDescriptor", rat);
            require(rule, "id", rat);
            ruleIds.add(rule.path("id").asText());
            for (String m : List.of("shortDescription", "fullDescription", "help")) {
                if (rule.has(m)) {
                    keys(rule.get(m), MESSAGE_STRING, rat + "." + m);
                    require(rule.get(m), "text", rat + "." + m);
                }
            }
            if (rule.has("defaultConfiguration")) {
                keys(rule.get("defaultConfiguration"), CONFIGURATION, rat + ".defaultConfiguration");
                level(rule.get("defaultConfiguration"), rat + ".defaultConfiguration");
            }
            if (github && (!rule.has("help") || !rule.has("shortDescription"))) {
                problems.add(rat + ": GitHub shows help and shortDescription; give both");
            }
        }
        JsonNode results = run.path("results");
        for (int i = 0; i < results.size(); i++) {
            result(results.get(i), at + ".results[" + i + "]", ruleIds, github);
        }
    }

    private void result(JsonNode result, String at, List<String> ruleIds, boolean github) {
        object(result, "result", at);
        require(result, "message", at);
        keys(result.path("message"), MESSAGE, at + ".message");
        require(result.path("message"), "text", at + ".message");
        level(result, at);
        String ruleId = result.path("ruleId").asText(null);
        if (result.has("ruleIndex")) {
            int index = result.get("ruleIndex").asInt(-1);
            if (index < 0 || index >= ruleIds.size() || !ruleIds.get(index).equals(ruleId)) {
                problems.add(at + ".ruleIndex does not point at rule " + ruleId);
            }
        }
        if (github && !ruleIds.contains(ruleId)) {
            problems.add(at + ".ruleId " + ruleId + " is not among tool.driver.rules");
        }
        JsonNode locations = result.path("locations");
        if (github && (!locations.isArray() || locations.isEmpty())) {
            problems.add(at + ": GitHub needs at least one location");
        }
        for (int l = 0; l < locations.size(); l++) {
            String lat = at + ".locations[" + l + "]";
            JsonNode loc = locations.get(l);
            object(loc, "location", lat);
            JsonNode physical = loc.path("physicalLocation");
            if (physical.isMissingNode()) {
                if (github) {
                    problems.add(lat + ": GitHub needs physicalLocation.artifactLocation.uri");
                }
            } else {
                object(physical, "physicalLocation", lat + ".physicalLocation");
                object(physical.path("artifactLocation"), "artifactLocation", lat + ".physicalLocation.artifactLocation");
                String uri = physical.path("artifactLocation").path("uri").asText("");
                try {
                    URI u = new URI(uri);
                    if (u.isAbsolute() || uri.startsWith("/") || uri.isEmpty()) {
                        problems.add(lat + ": artifact URI '" + uri + "' must be relative to the repository root");
                    }
                } catch (Exception e) {
                    problems.add(lat + ": artifact URI '" + uri + "' is not a valid URI reference");
                }
                if (physical.has("region")) {
                    object(physical.get("region"), "region", lat + ".physicalLocation.region");
                    if (physical.get("region").path("startLine").asInt(0) < 1) {
                        problems.add(lat + ".physicalLocation.region.startLine must be at least 1");
                    }
                }
            }
            for (JsonNode logical : loc.path("logicalLocations")) {
                object(logical, "logicalLocation", lat + ".logicalLocations[]");
            }
        }
    }

    private void level(JsonNode node, String at) {
        if (node.has("level") && !LEVELS.contains(node.get("level").asText())) {
            problems.add(at + ".level '" + node.get("level").asText() + "' is not one of " + LEVELS);
        }
    }

    private void object(JsonNode node, String type, String at) {
        if (!node.isObject()) {
            problems.add(at + " must be an object (" + type + ")");
            return;
        }
        keys(node, ALLOWED.get(type), at);
    }

    private void keys(JsonNode node, Set<String> allowed, String at) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                problems.add(at + " has property '" + k + "' that SARIF 2.1.0 does not define");
            }
        }
    }

    private void require(JsonNode node, String key, String at) {
        if (!node.has(key) || node.get(key).isNull()) {
            problems.add(at + " lacks required property '" + key + "'");
        }
    }
}
