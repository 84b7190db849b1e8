package dev.plumbline.diagrams.render.mermaid;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The SVG element id for a diagram name. Mermaid prefixes every internal id and CSS selector with it, so it must be
 * a plain CSS identifier, and it must be stable: it is the only per-diagram input besides the source.
 */
final class SvgId {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private SvgId() {
    }

    static String of(String name) {
        if (PLAIN.matcher(name).matches()) {
            return name;
        }
        // Keep it readable, and keep distinct names distinct after the unsafe characters are replaced.
        var readable = name.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^[^A-Za-z]+", "");
        return "mermaid-" + (readable.isEmpty() ? "" : readable + "-") + shortHash(name);
    }

    private static String shortHash(String name) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
