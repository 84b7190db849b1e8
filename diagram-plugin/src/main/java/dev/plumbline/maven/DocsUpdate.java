package dev.plumbline.maven;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Whether {@code generate} rewrites stale generated blocks in the docs. Generated blocks are snapshots: on a
 * developer's machine {@code generate} refreshes them, as a snapshot test updates its snapshots, and the developer
 * commits the result; in CI nothing may change the work tree, so {@code check} fails on a stale block instead.
 */
final class DocsUpdate {

    private DocsUpdate() {
    }

    /**
     * The configured {@code plumbline.updateDocs} when set; else true unless the {@code CI} environment variable
     * is set (GitHub Actions, GitLab CI, Jenkins' and most other CI servers' convention), other than
     * {@code false} or {@code 0}.
     */
    static boolean enabled(Boolean configured, Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment");
        if (configured != null) {
            return configured;
        }
        String ci = environment.get("CI");
        return ci == null || ci.isBlank() || ci.strip().toLowerCase(Locale.ROOT).matches("false|0");
    }
}
