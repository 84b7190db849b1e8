package dev.plumbline.model;

import java.util.ArrayList;
import java.util.List;

/** Splits a DSL line the way Structurizr does: whitespace-separated tokens, double-quoted strings kept whole. */
final class DslTokens {

    private DslTokens() {
    }

    static List<String> split(String line) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int start = i++;
                while (i < n && line.charAt(i) != '"') {
                    if (line.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    i++;
                }
                i = Math.min(i + 1, n);
                tokens.add(line.substring(start, i));
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                tokens.add(line.substring(start, i));
            }
        }
        return tokens;
    }

    static String unquote(String token) {
        if (token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")) {
            return token.substring(1, token.length() - 1).replace("\\\"", "\"");
        }
        return token;
    }
}
