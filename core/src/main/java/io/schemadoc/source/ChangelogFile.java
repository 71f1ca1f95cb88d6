package io.schemadoc.source;

import io.schemadoc.source.MigrationTracker.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Liquibase changelog file's text, to say on which line each changeSet sits: Liquibase keeps no line numbers, and
 * the docs and errors should point into the file the user edits. In a formatted-SQL changelog each changeSet's own
 * statements are kept at their real lines; in YAML, XML and JSON the changeSet's opening line is used.
 */
final class ChangelogFile {
    private static final Pattern FORMATTED_SQL = Pattern.compile("(?i)\\A\\uFEFF?\\s*--\\s*liquibase\\s+formatted\\s+sql\\b");
    private static final Pattern SQL_CHANGESET = Pattern.compile("(?i)^\\s*--\\s*changeset\\s+(\"[^\"]*\"|[^:\\s]+):(\"[^\"]*\"|\\S+)");
    /** {@code <changeSet}, {@code changeSet:} (YAML), {@code "changeSet":} (JSON). */
    private static final Pattern MARKUP_CHANGESET = Pattern.compile("<(?:[\\w-]+:)?changeSet\\b|(?:^|[\\s{,-])\"?changeSet\"?\\s*:");
    private static final Pattern FAILED_SQL = Pattern.compile("\\[Failed SQL: \\(-?\\d+\\) (.*)\\]\\s*\\z", Pattern.DOTALL);

    private final String name;
    private final String[] lines;
    private final boolean formattedSql;
    private final List<Block> blocks;

    /** A changeSet's lines, 1-based, {@code end} exclusive; id and author are known exactly only in formatted SQL. */
    private record Block(int start, int end, String id, String author) {}

    ChangelogFile(String name, String text) {
        this.name = name;
        this.lines = text.split("\n", -1);
        this.formattedSql = isFormattedSql(text);
        this.blocks = blocks();
    }

    static boolean isFormattedSql(String text) {
        return FORMATTED_SQL.matcher(text).lookingAt();
    }

    String name() {
        return name;
    }

    private List<Block> blocks() {
        List<Integer> starts = new ArrayList<>();
        List<String[]> ids = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (formattedSql) {
                Matcher m = SQL_CHANGESET.matcher(lines[i]);
                if (m.lookingAt()) {
                    starts.add(i + 1);
                    ids.add(new String[] {unquote(m.group(2)), unquote(m.group(1))});
                }
            } else if (MARKUP_CHANGESET.matcher(lines[i]).find()) {
                starts.add(i + 1);
                ids.add(null);
            }
        }
        List<Block> found = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.length + 1;
            String[] idAuthor = ids.get(k);
            found.add(new Block(starts.get(k), end, idAuthor == null ? null : idAuthor[0], idAuthor == null ? null : idAuthor[1]));
        }
        return List.copyOf(found);
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** The changeSet's block: the one whose id and author both match, else the first whose id matches; null if none. */
    private Block block(String id, String author) {
        Block idOnly = null;
        for (Block b : blocks) {
            boolean idMatches;
            boolean authorMatches;
            if (formattedSql) {
                idMatches = id.equals(b.id());
                authorMatches = author.equals(b.author());
            } else {
                String text = text(b);
                idMatches = attribute("id", id).matcher(text).find();
                authorMatches = attribute("author", author).matcher(text).find();
            }
            if (idMatches && authorMatches) {
                return b;
            }
            if (idMatches && idOnly == null) {
                idOnly = b;
            }
        }
        return idOnly;
    }

    /** {@code id: x}, {@code id="x"}, {@code "id": "x"}, quoted or not, as YAML, XML and JSON write it. */
    private static Pattern attribute(String key, String value) {
        return Pattern.compile("\\b" + key + "[\"']?\\s*[:=]\\s*[\"']?" + Pattern.quote(value) + "(?=[\"'\\s,}/>]|$)", Pattern.MULTILINE);
    }

    private String text(Block b) {
        StringBuilder sb = new StringBuilder();
        for (int i = b.start() - 1; i < b.end() - 1 && i < lines.length; i++) {
            sb.append(lines[i]).append('\n');
        }
        return sb.toString();
    }

    /** The changeSet's first line, 0 when it cannot be found. */
    int lineOf(String id, String author) {
        Block b = block(id, author);
        return b == null ? 0 : b.start();
    }

    /**
     * What the tracker places the changeSet's objects with: in formatted SQL the changeSet's statements at their real
     * lines (the rest of the file blanked, so no other changeSet's statement is taken for it); elsewhere no SQL, so
     * every object falls back to the changeSet's line.
     */
    Script script(String id, String author) {
        Block b = block(id, author);
        int line = b == null ? 0 : b.start();
        if (!formattedSql || b == null) {
            return new Script(name, SqlScript.parse(""), line);
        }
        return new Script(name, section(b), line);
    }

    private SqlScript section(Block b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            if (lineNo > b.start() && lineNo < b.end()) {
                sb.append(lines[i]);
            }
            if (i + 1 < lines.length) {
                sb.append('\n');
            }
        }
        return SqlScript.parse(sb.toString());
    }

    /**
     * The line a failing changeSet points at: in formatted SQL the statement Liquibase reported as failing (and the
     * line within it the server's error position gives), else the changeSet's first line.
     */
    int failedLine(String id, String author, String liquibaseMessage, int position) {
        Block b = block(id, author);
        if (b == null) {
            return 0;
        }
        if (!formattedSql || liquibaseMessage == null) {
            return b.start();
        }
        Matcher m = FAILED_SQL.matcher(liquibaseMessage);
        if (!m.find()) {
            return b.start();
        }
        String failed = m.group(1).strip();
        String wanted = squeeze(failed);
        for (SqlScript.Statement st : section(b).statements()) {
            String candidate = squeeze(st.text());
            if (!wanted.isEmpty() && (candidate.startsWith(wanted) || wanted.startsWith(candidate))) {
                return st.line() + newlinesBefore(failed, position);
            }
        }
        return b.start();
    }

    private static String squeeze(String sql) {
        String s = sql.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static int newlinesBefore(String text, int position) {
        int n = 0;
        for (int i = 0; i < Math.min(position - 1, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
