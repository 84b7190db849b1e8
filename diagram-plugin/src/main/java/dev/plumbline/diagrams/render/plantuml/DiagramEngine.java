package dev.plumbline.diagrams.render.plantuml;

import dev.plumbline.diagrams.render.SvgSafety;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.plumbline.diagrams.render.DiagramProblem;
import dev.plumbline.diagrams.render.DiagramProblem.Kind;
import dev.plumbline.diagrams.render.ImageFormat;
import dev.plumbline.diagrams.render.plantuml.PlantUmlOptions.Layout;
import net.sourceforge.plantuml.BlockUml;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.error.PSystemError;
import net.sourceforge.plantuml.preproc.Defines;
import net.sourceforge.plantuml.security.SFile;
import net.sourceforge.plantuml.text.StringLocated;
import net.sourceforge.plantuml.utils.LineLocation;

/** PlantUML itself, driven through its Java API inside one (sandboxed) JVM. */
final class DiagramEngine {

    /** Either an image or the problem that prevented it. */
    record Outcome(byte[] image, DiagramProblem problem) {
        static Outcome of(byte[] image) {
            return new Outcome(Objects.requireNonNull(image, "image"), null);
        }

        static Outcome of(DiagramProblem problem) {
            return new Outcome(null, Objects.requireNonNull(problem, "problem"));
        }
    }

    private final Sandbox sandbox;

    DiagramEngine(Sandbox sandbox) {
        this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
    }

    /** Parses and checks the source without laying it out: the fast path for syntax checks. */
    Optional<DiagramProblem> check(String source) {
        Parsed parsed = parse(source, Layout.SMETANA);
        return Optional.ofNullable(parsed.problem());
    }

    Outcome render(String source, Layout layout, ImageFormat format) throws IOException {
        Parsed parsed = parse(source, layout);
        if (parsed.problem() != null) {
            return Outcome.of(parsed.problem());
        }
        // No metadata: the SVG/PNG would otherwise embed the (compressed) source text.
        FileFormatOption option = new FileFormatOption(
                format == ImageFormat.PNG ? FileFormat.PNG : FileFormat.SVG, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parsed.diagram().exportDiagram(out, 0, option);
        byte[] image = out.toByteArray();
        if (format == ImageFormat.SVG) {
            Optional<String> unsafe = SvgSafety.violation(image);
            if (unsafe.isPresent()) {
                return Outcome.of(new DiagramProblem(Kind.REFUSED, 0, unsafe.get()));
            }
        }
        return Outcome.of(image);
    }

    private record Parsed(Diagram diagram, DiagramProblem problem) {
    }

    private Parsed parse(String source, Layout layout) {
        // The engine choice goes in as a config line, so the user's own line numbers stay as they are.
        List<String> config = layout == Layout.SMETANA ? List.of("!pragma layout smetana") : List.of();
        SourceStringReader reader = new SourceStringReader(Defines.createEmpty(), source,
                StandardCharsets.UTF_8.name(), config, SFile.fromFile(sandbox.projectDir().toFile()));
        List<BlockUml> blocks = reader.getBlocks();
        if (blocks.isEmpty()) {
            return problem(Kind.SYNTAX, 1, "no @startuml ... @enduml block found");
        }
        if (blocks.size() > 1) {
            return problem(Kind.SYNTAX, 1, "expected one @startuml ... @enduml block, found " + blocks.size());
        }
        BlockUml block = blocks.get(0);
        Optional<String> includeViolation = sandbox.includeViolation(block.getIncluded());
        if (includeViolation.isPresent()) {
            return problem(Kind.REFUSED, 0, includeViolation.get());
        }
        Diagram diagram = block.getDiagram();
        if (diagram instanceof PSystemError error) {
            return syntaxProblem(error);
        }
        for (StringLocated line : block.getData()) {
            Optional<String> violation = sandbox.referenceViolation(line.getString());
            if (violation.isPresent()) {
                return problem(Kind.REFUSED, lineInSource(line.getLocation()), violation.get());
            }
        }
        return new Parsed(diagram, null);
    }

    private static Parsed syntaxProblem(PSystemError error) {
        LineLocation location = error.getLineLocation();
        String message = error.getFirstError() == null ? "syntax error" : error.getFirstError().getError();
        if (location != null && location.getParent() != null) {
            message = message + " (in included " + location.getDescription() + ", line "
                    + (location.getPosition() + 1) + ")";
        }
        // PlantUML refuses includes with the same error type as syntax errors; keep them apart for the user.
        Kind kind = message.startsWith("cannot include") || message.startsWith("Cannot open URL")
                ? Kind.REFUSED : Kind.SYNTAX;
        return problem(kind, lineInSource(location), message);
    }

    /** 1-based line in the caller's source: for a problem inside an included file, the line of the include. */
    private static int lineInSource(LineLocation location) {
        if (location == null) {
            return 0;
        }
        LineLocation root = location;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return Math.max(0, root.getPosition()) + 1;
    }

    private static Parsed problem(Kind kind, int line, String message) {
        return new Parsed(null, new DiagramProblem(kind, line, message));
    }
}
