package dev.plumbline.diagrams.render.plantuml;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.plumbline.diagrams.lifecycle.ParentWatch;
import dev.plumbline.diagrams.render.DiagramProblem;
import dev.plumbline.diagrams.render.ImageFormat;
import dev.plumbline.diagrams.render.plantuml.PlantUmlOptions.Layout;

/**
 * The worker JVM: renders the diagrams its parent sends on stdin and answers on stdout, until stdin closes. Its
 * sandbox settings arrive as system properties on the command line (see {@link Sandbox}); the only argument is the
 * project directory.
 */
final class PlantUmlWorker {

    private static final String WARM_UP_SEQUENCE = """
            @startuml
            Alice -> Bob : warm up
            @enduml
            """;
    private static final String WARM_UP_GRAPH = """
            @startuml
            package p {
              component A
            }
            A --> B
            @enduml
            """;

    private PlantUmlWorker() {
    }

    public static void main(String[] args) throws Exception {
        // stdin is the protocol, read between renders only; the parent's pid tells mid-render that it is gone
        ParentWatch.start(false);
        // stdout carries the protocol only: whatever PlantUML prints goes to stderr instead.
        DataOutputStream protocol = new DataOutputStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        DataInputStream requests = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        System.setIn(InputStream.nullInputStream());

        DiagramEngine engine = new DiagramEngine(new Sandbox(Path.of(args[0])));
        // Class loading and JIT of the first render take seconds; pay them before the per-diagram clock runs.
        engine.render(WARM_UP_SEQUENCE, Layout.SMETANA, ImageFormat.SVG);
        engine.render(WARM_UP_GRAPH, Layout.SMETANA, ImageFormat.SVG);
        Frames.writeReady(protocol);

        Frames.Request request;
        while ((request = Frames.readRequest(requests)) != null) {
            Frames.Reply reply;
            boolean retiring = false;
            try {
                DiagramEngine.Outcome outcome = engine.render(request.source(), request.layout(), request.format());
                reply = new Frames.Reply(outcome.image(), outcome.problem(), false);
            } catch (Exception e) {
                reply = failure("PlantUML failed: " + describe(e), false);
            } catch (StackOverflowError e) {
                reply = failure("PlantUML failed: the diagram is nested too deeply (stack overflow)", false);
            } catch (Error e) {
                // An OutOfMemoryError or worse leaves this JVM unsound: answer, then make way for a fresh one.
                retiring = true;
                reply = failure("PlantUML failed: " + describe(e), true);
            }
            Frames.writeReply(protocol, reply);
            if (retiring) {
                ParentWatch.exit(3);
            }
        }
        ParentWatch.exit(0);
    }

    private static Frames.Reply failure(String message, boolean retiring) {
        return new Frames.Reply(null, new DiagramProblem(DiagramProblem.Kind.FAILED, 0, message), retiring);
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
    }
}
