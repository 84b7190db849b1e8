package dev.plumbline.maven;

/**
 * The Mojos' half of the contract with the worker JVM (whose half is
 * {@code dev.plumbline.diagrams.lifecycle.WorkerMain}): which main class does each goal's work, and what its exit
 * codes mean. The Mojos run on Java 17 and cannot link the worker's Java 21 classes, so the names are strings here
 * and a test holds both halves together.
 */
enum WorkerCommand {
    GENERATE("generate", "dev.plumbline.diagrams.generate.GenerateCommand"),
    CHECK("check", "dev.plumbline.diagrams.check.CheckCommand"),
    CONFORMANCE("conformance", "dev.plumbline.diagrams.conformance.ConformanceCommand"),
    REPORT("report", "dev.plumbline.diagrams.site.ReportCommand"),
    SERVE("serve", "dev.plumbline.diagrams.preview.ServeCommand");

    /** The worker finished and has nothing that fails the build. */
    static final int OK = 0;
    /** The worker reported errors in the user's input: a build failure, not an error of Plumbline's. */
    static final int FINDINGS = 1;

    private final String goal;
    private final String mainClass;

    WorkerCommand(String goal, String mainClass) {
        this.goal = goal;
        this.mainClass = mainClass;
    }

    /** The goal's name, as in {@code plumbline:<goal>}. */
    String goal() {
        return goal;
    }

    /** The worker's main class for this goal. */
    String mainClass() {
        return mainClass;
    }
}
