package dev.plumbline.diagrams.generate;

import dev.plumbline.diagrams.lifecycle.WorkerMain;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The worker side of {@code plumbline:generate}: {@code java -cp <plugin classpath> dev.plumbline.diagrams.generate.GenerateCommand
 * --out <dir> [options] <workspace.dsl|folder>...}. Prints progress and {@code file:line: severity: message} findings;
 * exits 0 when done, 1 when it reported errors, 2 when it was called wrongly.
 */
public final class GenerateCommand {

    private GenerateCommand() {
    }

    public static void main(String[] args) {
        WorkerMain.run("generate", args, GenerateCommand::run);
    }

    /** Runs generate in this JVM with the real renderers (the site report uses it for missing images). */
    public static int run(String[] args, PrintStream out) {
        return WorkerMain.parsed(args, out, GenerateOptions::parse, GenerateCommand::generate);
    }

    private static int generate(GenerateOptions options, PrintStream out) {
        try {
            return new Generation(options, out::println, new DefaultRenderers()).run();
        } catch (IOException e) {
            out.println("[ERROR] cannot write diagrams: " + e.getMessage());
            return WorkerMain.FINDINGS;
        }
    }
}
