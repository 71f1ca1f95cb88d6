package io.schemadoc.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A glob over object names as written in {@code .schemadoc.yml}: {@code *} any run of characters (dots too),
 * {@code ?} one character, everything else literal. A pattern without a dot also matches the bare name,
 * so {@code users} and {@code public.users} both select {@code public.users}.
 */
public final class Glob {
    private final String text;
    private final Pattern pattern;

    public Glob(String text) {
        this.text = text;
        this.pattern = pattern(text);
    }

    /**
     * The Java pattern of a glob: {@code *} any run, {@code ?} one character, everything else literal; matched whole
     * and case-sensitively, like catalog names. (The catalog queries use PostgreSQL's regex dialect: postgres/Globs.)
     */
    public static Pattern pattern(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    public String text() {
        return text;
    }

    /** Whether the glob selects the object {@code schema.name}. */
    public boolean matches(String schema, String name) {
        if (pattern.matcher(schema + "." + name).matches()) {
            return true;
        }
        return text.indexOf('.') < 0 && pattern.matcher(name).matches();
    }

    public static boolean any(List<String> globs, String schema, String name) {
        for (String g : globs) {
            if (new Glob(g).matches(schema, name)) {
                return true;
            }
        }
        return false;
    }
}
