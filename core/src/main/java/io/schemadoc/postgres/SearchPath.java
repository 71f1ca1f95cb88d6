package io.schemadoc.postgres;

import java.util.ArrayList;
import java.util.List;

/** Splits a search_path setting into its entries as written ({@code "$user", public} → {@code "$user"}, {@code public}). */
final class SearchPath {
    private SearchPath() {}

    static List<String> split(String setting) {
        List<String> out = new ArrayList<>();
        if (setting == null) {
            return out;
        }
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < setting.length(); i++) {
            char ch = setting.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
                cur.append(ch);
            } else if (ch == ',' && !quoted) {
                add(out, cur);
            } else {
                cur.append(ch);
            }
        }
        add(out, cur);
        return out;
    }

    private static void add(List<String> out, StringBuilder cur) {
        String entry = cur.toString().strip();
        if (!entry.isEmpty()) {
            out.add(entry);
        }
        cur.setLength(0);
    }
}
