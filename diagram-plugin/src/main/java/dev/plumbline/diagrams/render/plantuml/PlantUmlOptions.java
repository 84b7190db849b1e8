package dev.plumbline.diagrams.render.plantuml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link PlantUmlRenderer} renders.
 *
 * @param projectDir     the only directory diagrams may {@code !include} files from; relative includes resolve
 *                       against it
 * @param layout         the layout engine tried first
 * @param dotExecutable  Graphviz {@code dot}; required for {@link Layout#DOT}, ignored otherwise
 * @param poolSize       number of warm worker JVMs
 * @param timeout        wall-clock limit for one layout attempt of one diagram
 * @param fallback       whether a diagram whose layout timed out is retried with another layout (direction
 *                       toggled, then Smetana when Graphviz was used)
 * @param javaExecutable the {@code java} that runs the workers
 * @param workerJvmArgs  extra JVM options for the workers, e.g. {@code -Xmx512m}
 * @param startupTimeout how long a new worker may take to start and warm up
 */
public record PlantUmlOptions(
        Path projectDir,
        Layout layout,
        Optional<Path> dotExecutable,
        int poolSize,
        Duration timeout,
        boolean fallback,
        Path javaExecutable,
        List<String> workerJvmArgs,
        Duration startupTimeout) {

    /** PlantUML's layout engines for graph-like diagrams (sequence diagrams need none). */
    public enum Layout {
        /** PlantUML's pure-Java port of Graphviz dot: needs nothing installed. */
        SMETANA,
        /** The Graphviz {@code dot} executable given in the options. */
        DOT
    }

    public PlantUmlOptions {
        Objects.requireNonNull(projectDir, "projectDir");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(dotExecutable, "dotExecutable");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(javaExecutable, "javaExecutable");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        workerJvmArgs = List.copyOf(workerJvmArgs);
        if (!Files.isDirectory(projectDir)) {
            throw new IllegalArgumentException("project directory does not exist: " + projectDir);
        }
        try {
            // Real path: the include confinement compares canonical paths, so symlinks must not fool it.
            projectDir = projectDir.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot resolve project directory " + projectDir + ": " + e.getMessage());
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be >= 1: " + poolSize);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (layout == Layout.DOT) {
            Path dot = dotExecutable.orElseThrow(
                    () -> new IllegalArgumentException("layout DOT needs the path of the Graphviz dot executable"));
            if (!Files.isExecutable(dot)) {
                throw new IllegalArgumentException("Graphviz dot is not an executable file: " + dot);
            }
        }
    }

    /** Options with defaults: Smetana, one worker per core, 30 s per layout, fallback on, the running JVM's java. */
    public static Builder builder(Path projectDir) {
        return new Builder(projectDir);
    }

    public static final class Builder {
        private final Path projectDir;
        private Layout layout = Layout.SMETANA;
        private Path dotExecutable;
        private int poolSize = Runtime.getRuntime().availableProcessors();
        private Duration timeout = Duration.ofSeconds(30);
        private boolean fallback = true;
        private Path javaExecutable = currentJava();
        private List<String> workerJvmArgs = List.of();
        private Duration startupTimeout = Duration.ofSeconds(60);

        private Builder(Path projectDir) {
            this.projectDir = Objects.requireNonNull(projectDir, "projectDir");
        }

        public Builder layout(Layout layout) {
            this.layout = Objects.requireNonNull(layout, "layout");
            return this;
        }

        /** Lay out with Graphviz {@code dot} at this path. */
        public Builder dot(Path dotExecutable) {
            this.dotExecutable = Objects.requireNonNull(dotExecutable, "dotExecutable");
            this.layout = Layout.DOT;
            return this;
        }

        public Builder poolSize(int poolSize) {
            this.poolSize = poolSize;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        public Builder fallback(boolean fallback) {
            this.fallback = fallback;
            return this;
        }

        public Builder javaExecutable(Path javaExecutable) {
            this.javaExecutable = Objects.requireNonNull(javaExecutable, "javaExecutable");
            return this;
        }

        public Builder workerJvmArgs(List<String> workerJvmArgs) {
            this.workerJvmArgs = List.copyOf(workerJvmArgs);
            return this;
        }

        public Builder startupTimeout(Duration startupTimeout) {
            this.startupTimeout = Objects.requireNonNull(startupTimeout, "startupTimeout");
            return this;
        }

        public PlantUmlOptions build() {
            return new PlantUmlOptions(projectDir, layout, Optional.ofNullable(dotExecutable), poolSize, timeout,
                    fallback, javaExecutable, workerJvmArgs, startupTimeout);
        }

        private static Path currentJava() {
            return ProcessHandle.current().info().command().map(Path::of)
                    .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java"));
        }
    }
}
