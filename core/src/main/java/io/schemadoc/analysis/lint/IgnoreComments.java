package io.schemadoc.analysis.lint;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code schemadoc:ignore rule-a, rule-b} from an object's COMMENT: the object (and, for a table,
 * everything in it) is opted out of those rules. Several markers may appear in one comment.
 */
final class IgnoreComments {
    private static final Pattern MARKER = Pattern.compile("schemadoc:ignore\\s+([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");

    private IgnoreComments() {}

    static Set<String> ruleIds(String comment) {
        Set<String> ids = new HashSet<>();
        if (comment == null) {
            return ids;
        }
        Matcher m = MARKER.matcher(comment);
        while (m.find()) {
            for (String id : m.group(1).split(",")) {
                ids.add(id.strip());
            }
        }
        return ids;
    }
}
