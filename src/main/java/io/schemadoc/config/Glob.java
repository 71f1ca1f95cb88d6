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
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        this.pattern = Pattern.compile(re.toString(), Pattern.DOTALL);
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
