package dev.plumbline.diagrams.render.plantuml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import dev.plumbline.diagrams.render.DiagramProblem;

/**
 * Checks PlantUML sources in this JVM without laying them out: a few milliseconds per diagram, for the
 * {@code check} goal.
 *
 * <p>PlantUML's security settings are global to the JVM: the first checker fixes its profile (so it must be
 * created before anything else in the JVM uses PlantUML), and checks are serialised so that each runs confined to
 * its own project directory.
 */
public final class PlantUmlSyntaxChecker {

    private final Sandbox sandbox;
    private final DiagramEngine engine;

    private PlantUmlSyntaxChecker(Sandbox sandbox, DiagramEngine engine) {
        this.sandbox = sandbox;
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
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot resolve project directory " + projectDir + ": "
                    + e.getMessage());
        }
        Sandbox sandbox = new Sandbox(dir);
        synchronized (Sandbox.LOCK) {
            sandbox.applyToThisJvm();
        }
        return new PlantUmlSyntaxChecker(sandbox, new DiagramEngine(sandbox));
    }

    /**
     * The first problem in the source (syntax error, refused include), with its 1-based line in the source, or
     * empty if PlantUML accepts it.
     */
    public Optional<DiagramProblem> check(String source) {
        Objects.requireNonNull(source, "source");
        synchronized (Sandbox.LOCK) {
            sandbox.applyToThisJvm();
            return engine.check(source);
        }
    }
}
