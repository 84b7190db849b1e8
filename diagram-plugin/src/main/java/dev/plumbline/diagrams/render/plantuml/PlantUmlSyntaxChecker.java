package dev.plumbline.diagrams.render.plantuml;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import dev.plumbline.diagrams.render.DiagramProblem;

/**
 * Checks PlantUML sources in this JVM without laying them out: a few milliseconds per diagram, for the
 * {@code check} goal.
 *
 * <p>It confines PlantUML in this whole JVM to the project directory (PlantUML's security settings are global), so
 * it must be created before anything else in the JVM uses PlantUML, and only for one project.
 */
public final class PlantUmlSyntaxChecker {

    private final DiagramEngine engine;

    private PlantUmlSyntaxChecker(DiagramEngine engine) {
        this.engine = engine;
    }

    /**
     * A checker whose diagrams may include files from {@code projectDir} only.
     *
     * @throws IllegalStateException if PlantUML in this JVM was already set up otherwise
     */
    public static PlantUmlSyntaxChecker forProject(Path projectDir) {
        Objects.requireNonNull(projectDir, "projectDir");
        Path dir;
        try {
            dir = projectDir.toRealPath();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot resolve project directory " + projectDir + ": "
                    + e.getMessage());
        }
        Sandbox sandbox = new Sandbox(dir);
        sandbox.applyToThisJvm();
        return new PlantUmlSyntaxChecker(new DiagramEngine(sandbox));
    }

    /**
     * The first problem in the source (syntax error, refused include), with its 1-based line in the source, or
     * empty if PlantUML accepts it.
     */
    public Optional<DiagramProblem> check(String source) {
        Objects.requireNonNull(source, "source");
        return engine.check(source);
    }
}
