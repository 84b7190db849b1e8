package dev.plumbline.maven;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.io.Reader;

/**
 * Finds a java executable of version 21 or later for the worker JVMs. Maven may run on 17, but Structurizr 6
 * needs 21, so the order is: what the user configured, the JDK toolchain the build selected, the JVM running
 * Maven when it is new enough, then the usual install locations (the same places maven-toolchains-plugin's
 * discovery looks).
 */
final class JavaFinder {

    static final int REQUIRED = 21;

    private JavaFinder() {
    }

    /** The configured JDK home or java executable, validated. */
    static Path configured(String jdk) throws WorkerException {
        Path given = Paths.get(jdk);
        Path java = Files.isDirectory(given) ? executableIn(given) : given;
        if (!Files.isExecutable(java)) {
            throw new WorkerException("plumbline.jdk=" + jdk + " is not a JDK home or java executable");
        }
        Path home = java.toAbsolutePath().getParent() == null ? null : java.toAbsolutePath().getParent().getParent();
        int version = home == null ? 0 : featureVersion(home);
        if (version != 0 && version < REQUIRED) {
            throw new WorkerException("plumbline.jdk=" + jdk + " is Java " + version + "; Plumbline's workers need "
                    + REQUIRED + " or later");
        }
        return java;
    }

    /** The running JVM when it is new enough, else the newest JDK >= 21 in the usual places. */
    static Optional<Path> discover() {
        if (Runtime.version().feature() >= REQUIRED) {
            return Optional.of(executableIn(Paths.get(System.getProperty("java.home"))));
        }
        List<Path> homes = new ArrayList<>();
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null) {
            homes.add(Paths.get(javaHome));
        }
        String userHome = System.getProperty("user.home");
        for (String root : List.of("/usr/lib/jvm", "/usr/java", "/opt/java", "/Library/Java/JavaVirtualMachines",
                userHome + "/.sdkman/candidates/java", userHome + "/.jdks", userHome + "/.asdf/installs/java",
                "C:\\Program Files\\Java", "C:\\Program Files\\Eclipse Adoptium")) {
            children(Paths.get(root), homes);
        }
        return homes.stream()
                .map(home -> Files.isDirectory(home.resolve("Contents/Home")) ? home.resolve("Contents/Home") : home)
                .filter(home -> featureVersion(home) >= REQUIRED && Files.isExecutable(executableIn(home)))
                .max(Comparator.comparingInt(JavaFinder::featureVersion).thenComparing(Path::toString))
                .map(JavaFinder::executableIn);
    }

    static Path executableIn(Path home) {
        boolean windows = System.getProperty("os.name", "").toLowerCase().contains("win");
        return home.resolve("bin").resolve(windows ? "java.exe" : "java");
    }

    /** The feature version from a JDK's {@code release} file, 0 when it has none. */
    static int featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(release)) {
            properties.load(reader);
        } catch (IOException e) {
            return 0;
        }
        String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
        String feature = version.split("[.+-]")[0];
        try {
            return feature.equals("1") ? 8 : Integer.parseInt(feature);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void children(Path root, List<Path> into) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                into.add(entry);
            }
        } catch (IOException | SecurityException e) {
            // an unreadable folder holds no JDK we could use anyway
        }
    }
}
