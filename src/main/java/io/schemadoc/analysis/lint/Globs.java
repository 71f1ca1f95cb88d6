package io.schemadoc.analysis.lint;

import java.util.regex.Pattern;

/** {@code *} and {@code ?} globs over object names, matched whole and case-sensitively like catalog names. */
final class Globs {
    private Globs() {}

    static boolean matches(String glob, String name) {
        return toPattern(glob).matcher(name).matches();
    }

    static Pattern toPattern(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
