package io.schemadoc.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a SQL script into top-level statements the way psql does: semicolons inside comments, quoted strings,
 * quoted identifiers, dollar quotes and {@code BEGIN ATOMIC … END} bodies do not end a statement. Also finds
 * psql meta-commands (a backslash at the start of a line, outside all of those), which only psql understands.
 */
public final class SqlScript {

    /** A statement with its text and the 1-based line it starts on (its first non-blank, non-comment character). */
    public record Statement(String text, int line, int offset) {}

    /** A psql meta-command found in the script, e.g. {@code \i} on line 3. */
    public record MetaCommand(String command, int line) {}

    private final String text;
    private final List<Statement> statements = new ArrayList<>();
    private final List<MetaCommand> metaCommands = new ArrayList<>();

    private SqlScript(String text) {
        this.text = text;
    }

    public static SqlScript parse(String text) {
        SqlScript script = new SqlScript(text.startsWith("\uFEFF") ? text.substring(1) : text);
        script.scan();
        return script;
    }

    public String text() {
        return text;
    }

    public List<Statement> statements() {
        return List.copyOf(statements);
    }

    public List<MetaCommand> metaCommands() {
        return List.copyOf(metaCommands);
    }

    /** The 1-based line of a 0-based character offset. */
    public int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private void scan() {
        int n = text.length();
        int i = 0;
        int line = 1;
        int start = -1;
        int startLine = 0;
        // Keyword tracking for BEGIN ATOMIC bodies, as psql's lexer does for CREATE FUNCTION/PROCEDURE.
        List<String> head = new ArrayList<>();
        int depth = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '\\') {
                int end = i + 1;
                while (end < n && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                metaCommands.add(new MetaCommand(text.substring(i, end), line));
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int nest = 0;
                while (i < n) {
                    if (text.startsWith("/*", i)) {
                        nest++;
                        i += 2;
                    } else if (text.startsWith("*/", i)) {
                        nest--;
                        i += 2;
                        if (nest == 0) {
                            break;
                        }
                    } else {
                        if (text.charAt(i) == '\n') {
                            line++;
                        }
                        i++;
                    }
                }
                continue;
            }
            if (start < 0) {
                start = i;
                startLine = line;
                head.clear();
                depth = 0;
            }
            if (c == ';') {
                if (depth == 0) {
                    statements.add(new Statement(text.substring(start, i + 1), startLine, start));
                    start = -1;
                }
                i++;
                continue;
            }
            if (c == '\'' || c == '"') {
                int from = i;
                i = skipQuoted(i, c);
                line += newlines(from, i);
                continue;
            }
            if (c == '$') {
                int tagEnd = dollarTagEnd(i);
                if (tagEnd > 0) {
                    String tag = text.substring(i, tagEnd + 1);
                    int close = text.indexOf(tag, tagEnd + 1);
                    int from = i;
                    i = close < 0 ? n : close + tag.length();
                    line += newlines(from, i);
                    continue;
                }
                i++;
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_' || text.charAt(end) == '$')) {
                    end++;
                }
                String word = text.substring(i, end).toLowerCase(Locale.ROOT);
                if (head.size() < 4) {
                    head.add(word);
                }
                if (isRoutineDefinition(head)) {
                    if (word.equals("begin") || word.equals("case")) {
                        depth++;
                    } else if (word.equals("end") && depth > 0) {
                        depth--;
                    }
                }
                i = end;
                continue;
            }
            i++;
        }
        if (start >= 0) {
            String rest = text.substring(start).strip();
            if (!rest.isEmpty()) {
                statements.add(new Statement(text.substring(start), startLine, start));
            }
        }
    }

    private int newlines(int from, int to) {
        int count = 0;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static boolean isRoutineDefinition(List<String> head) {
        if (head.isEmpty() || !head.get(0).equals("create")) {
            return false;
        }
        int k = 1;
        if (head.size() > 2 && head.get(1).equals("or") && head.get(2).equals("replace")) {
            k = 3;
        }
        return head.size() > k && (head.get(k).equals("function") || head.get(k).equals("procedure"));
    }

    private int skipQuoted(int i, char quote) {
        int n = text.length();
        boolean backslashEscapes = quote == '\'' && i > 0 && (text.charAt(i - 1) == 'E' || text.charAt(i - 1) == 'e')
            && (i < 2 || !Character.isLetterOrDigit(text.charAt(i - 2)));
        int j = i + 1;
        while (j < n) {
            char d = text.charAt(j);
            if (backslashEscapes && d == '\\') {
                j += 2;
                continue;
            }
            if (d == quote) {
                if (j + 1 < n && text.charAt(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return n;
    }

    /** If a dollar-quote opening tag ($$ or $tag$) starts at i, the index of its closing '$'; else -1. */
    private int dollarTagEnd(int i) {
        if (i > 0) {
            char before = text.charAt(i - 1);
            if (Character.isLetterOrDigit(before) || before == '_') {
                return -1; // part of an identifier such as a$b
            }
        }
        int j = i + 1;
        int n = text.length();
        if (j < n && Character.isDigit(text.charAt(j))) {
            return -1; // $1 parameter
        }
        while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
            j++;
        }
        return j < n && text.charAt(j) == '$' ? j : -1;
    }

    /**
     * What a statement creates, from its first words: kind (lower case), the object's name, the schema it was
     * qualified with (null when unqualified), and for triggers, policies, indexes and constraints the table.
     */
    public record Created(String kind, String schema, String name, String table) {
        public Created(String kind, String name, String table) {
            this(kind, null, name, table);
        }
    }

    private static final java.util.Set<String> MODIFIERS = java.util.Set.of(
        "or", "replace", "temp", "temporary", "unlogged", "global", "local", "unique", "materialized", "recursive",
        "constraint", "foreign", "trusted", "procedural", "default");
    private static final java.util.Set<String> KINDS = java.util.Set.of(
        "table", "view", "index", "function", "procedure", "trigger", "type", "domain", "sequence", "policy", "schema",
        "extension", "aggregate", "rule", "operator", "collation", "cast", "language", "server", "publication");

    /** The object a CREATE (or ALTER TABLE … ADD CONSTRAINT) statement creates, or null. */
    public static Created created(String statement) {
        List<String> words = headTokens(statement, 16);
        if (words.isEmpty()) {
            return null;
        }
        if (words.get(0).equals("create")) {
            int k = 1;
            while (k < words.size() && MODIFIERS.contains(words.get(k))) {
                k++;
            }
            if (k >= words.size() || !KINDS.contains(words.get(k))) {
                return null;
            }
            String kind = words.get(k);
            k++;
            if (k < words.size() && words.get(k).equals("concurrently")) {
                k++;
            }
            if (k + 2 < words.size() && words.get(k).equals("if") && words.get(k + 1).equals("not") && words.get(k + 2).equals("exists")) {
                k += 3;
            }
            String name = qualifiedTail(words, k);
            String schema = qualifier(words, k);
            String table = null;
            if (kind.equals("trigger") || kind.equals("policy") || kind.equals("index") || kind.equals("rule")) {
                int on = words.indexOf("on");
                if (on > 0) {
                    int t = on + 1;
                    if (t < words.size() && words.get(t).equals("only")) {
                        t++;
                    }
                    table = qualifiedTail(words, t);
                }
            }
            return name == null ? null : new Created(kind, kind.equals("trigger") || kind.equals("policy") ? null : schema, name, table);
        }
        if (words.size() > 4 && words.get(0).equals("alter") && words.get(1).equals("table")) {
            int k = 2;
            while (k < words.size() && (words.get(k).equals("only") || words.get(k).equals("if") || words.get(k).equals("exists"))) {
                k++;
            }
            String table = qualifiedTail(words, k);
            int add = words.indexOf("add");
            String schema = qualifier(words, k);
            if (add > 0 && add + 2 < words.size() && words.get(add + 1).equals("constraint")) {
                return new Created("constraint", schema, unquote(words.get(add + 2)), table);
            }
            return table == null ? null : new Created("alter table", schema, table, table);
        }
        return null;
    }

    /** The schema of a dotted name starting at k ({@code s.t} → s), or null when it is unqualified. */
    private static String qualifier(List<String> words, int k) {
        if (k + 2 < words.size() && words.get(k + 1).equals(".")) {
            String first = words.get(k);
            int parts = 1;
            int j = k;
            while (j + 2 < words.size() && words.get(j + 1).equals(".")) {
                j += 2;
                parts++;
            }
            // db.schema.name: the schema is the part before the name
            return unquote(parts >= 3 ? words.get(j - 2) : first);
        }
        return null;
    }

    /** The last part of a dotted name starting at k (tokens are words, quoted identifiers and dots). */
    private static String qualifiedTail(List<String> words, int k) {
        if (k >= words.size()) {
            return null;
        }
        String name = words.get(k);
        while (k + 2 < words.size() && words.get(k + 1).equals(".")) {
            k += 2;
            name = words.get(k);
        }
        return name.equals("(") ? null : unquote(name);
    }

    private static String unquote(String token) {
        if (token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")) {
            return token.substring(1, token.length() - 1).replace("\"\"", "\"");
        }
        return token;
    }

    /** The first tokens of a statement: lower-cased words, quoted identifiers as written, and punctuation. */
    static List<String> headTokens(String statement, int max) {
        List<String> tokens = new ArrayList<>();
        int n = statement.length();
        int i = 0;
        while (i < n && tokens.size() < max) {
            char c = statement.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && statement.charAt(i + 1) == '-') {
                while (i < n && statement.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && statement.charAt(i + 1) == '*') {
                int end = statement.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"') {
                int j = i + 1;
                while (j < n && !(statement.charAt(j) == '"' && (j + 1 >= n || statement.charAt(j + 1) != '"'))) {
                    j += statement.charAt(j) == '"' ? 2 : 1;
                }
                tokens.add(statement.substring(i, Math.min(j + 1, n)));
                i = j + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(statement.charAt(j)) || statement.charAt(j) == '_' || statement.charAt(j) == '$')) {
                    j++;
                }
                tokens.add(statement.substring(i, j).toLowerCase(Locale.ROOT));
                i = j;
            } else {
                tokens.add(String.valueOf(c));
                i++;
            }
        }
        return tokens;
    }

    /** Every identifier of a statement as PostgreSQL names it: unquoted words folded to lower case, quoted ones as written. */
    static List<String> identifiers(String statement) {
        List<String> out = new ArrayList<>();
        int n = statement.length();
        int i = 0;
        while (i < n) {
            char c = statement.charAt(i);
            if (c == '"') {
                StringBuilder sb = new StringBuilder();
                int j = i + 1;
                while (j < n) {
                    char d = statement.charAt(j);
                    if (d == '"') {
                        if (j + 1 < n && statement.charAt(j + 1) == '"') {
                            sb.append('"');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    sb.append(d);
                    j++;
                }
                out.add(sb.toString());
                i = j + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(statement.charAt(j)) || statement.charAt(j) == '_' || statement.charAt(j) == '$')) {
                    j++;
                }
                out.add(statement.substring(i, j).toLowerCase(Locale.ROOT));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }
}
