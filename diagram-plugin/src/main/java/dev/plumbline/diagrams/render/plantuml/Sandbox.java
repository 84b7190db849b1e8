package dev.plumbline.diagrams.render.plantuml;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sourceforge.plantuml.security.SecurityProfile;
import net.sourceforge.plantuml.security.SecurityUtils;

/**
 * Confines PlantUML to one project directory and to no network.
 *
 * <p>PlantUML's ALLOWLIST profile refuses every URL (none is allow-listed) and every file outside the allow-listed
 * directory, but it compares un-normalised absolute paths as plain string prefixes: {@code project/../secret} and a
 * sibling {@code project-other/} both pass its check. So after preprocessing we check the canonical paths of what
 * was really included, and before rendering the image references that the layout would read.
 */
final class Sandbox {

    static final String PROFILE_PROPERTY = "PLANTUML_SECURITY_PROFILE";
    static final String ALLOWLIST_PATH_PROPERTY = "plantuml.allowlist.path";
    static final String INCLUDE_PATH_PROPERTY = "plantuml.include.path";
    static final String DOT_PROPERTY = "GRAPHVIZ_DOT";

    // <img:path> and <img path> in labels, !theme x from dir, %load_json("path") and !import archive
    private static final List<Pattern> FILE_REFERENCES = List.of(
            Pattern.compile("<img[:\\s]\\s*([^>{}]+?)\\s*(?:\\{[^}]*\\})?\\s*>", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*!theme\\s+\\S+\\s+from\\s+(\\S+)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("%load_json\\(\\s*\"([^\"]+)\"", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*!import\\s+(\\S+)", Pattern.CASE_INSENSITIVE));

    /** Guards PlantUML's JVM-wide allow-list while in-process checks of possibly different projects run. */
    static final Object LOCK = new Object();

    private final Path projectDir;

    Sandbox(Path projectDir) {
        this.projectDir = Objects.requireNonNull(projectDir, "projectDir");
    }

    Path projectDir() {
        return projectDir;
    }

    /** JVM options that put a worker's PlantUML into the sandbox before it loads its first class. */
    List<String> workerSystemProperties(Optional<Path> dotExecutable) {
        List<String> args = new ArrayList<>();
        args.add("-D" + PROFILE_PROPERTY + "=" + SecurityProfile.ALLOWLIST.name());
        args.add("-D" + ALLOWLIST_PATH_PROPERTY + "=" + projectDir);
        args.add("-D" + INCLUDE_PATH_PROPERTY + "=" + projectDir);
        args.add("-Djava.awt.headless=true");
        dotExecutable.ifPresent(dot -> args.add("-D" + DOT_PROPERTY + "=" + dot));
        return args;
    }

    /**
     * Puts PlantUML in this JVM into the sandbox of this project. PlantUML fixes its security profile when first
     * used, so this must run before anything else in the JVM uses PlantUML; the allowed directory, though, is read
     * on every file access, so callers hold {@link #LOCK} from this call until their PlantUML use is over.
     *
     * @throws IllegalStateException if PlantUML was already initialised with another security profile
     */
    void applyToThisJvm() {
        if (!Thread.holdsLock(LOCK)) {
            throw new IllegalStateException("hold Sandbox.LOCK while PlantUML runs in this JVM");
        }
        String dir = projectDir.toString();
        System.setProperty(PROFILE_PROPERTY, SecurityProfile.ALLOWLIST.name());
        System.setProperty(ALLOWLIST_PATH_PROPERTY, dir);
        System.setProperty(INCLUDE_PATH_PROPERTY, dir);
        System.setProperty("java.awt.headless", "true");
        SecurityProfile profile = SecurityUtils.getSecurityProfile();
        if (profile != SecurityProfile.ALLOWLIST) {
            throw new IllegalStateException("PlantUML in this JVM already runs with security profile " + profile
                    + "; Plumbline must initialise it first");
        }
    }

    /** The first included file that lies outside the project, described for the user. */
    Optional<String> includeViolation(Collection<File> included) {
        for (File file : included) {
            Path path = canonical(file.toPath());
            if (!path.startsWith(projectDir)) {
                return Optional.of("include of " + file + " refused: only files inside the project directory "
                        + projectDir + " may be included");
            }
        }
        return Optional.empty();
    }

    /**
     * The first reference in the (preprocessed) line to a file outside the project or to a URL, described for the
     * user.
     */
    Optional<String> referenceViolation(String line) {
        for (Pattern pattern : FILE_REFERENCES) {
            Matcher m = pattern.matcher(line);
            while (m.find()) {
                String target = m.group(1).trim();
                if (target.isEmpty()) {
                    continue;
                }
                if (isUrl(target)) {
                    return Optional.of("reference to URL " + target + " refused: rendering is offline");
                }
                if (target.startsWith("<") || target.startsWith("data:")) {
                    continue; // bundled stdlib, inline data: nothing is read from disk or network
                }
                Path path = canonical(projectDir.resolve(target));
                if (!path.startsWith(projectDir)) {
                    return Optional.of("reference to " + target + " refused: only files inside the project directory "
                            + projectDir + " may be read");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isUrl(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        return lower.matches("^[a-z][a-z0-9+.-]*://.*");
    }

    private static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException | SecurityException e) {
            // A file that does not exist cannot be read either; its normalised path is as good as any.
            return absolute;
        }
    }
}
