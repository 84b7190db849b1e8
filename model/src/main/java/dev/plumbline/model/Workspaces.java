package dev.plumbline.model;

import com.structurizr.dsl.StructurizrDslParser;
import com.structurizr.dsl.StructurizrDslParserException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.nio.ByteBuffer;

/**
 * Loads Structurizr DSL workspaces: from a path, from the classpath, or the ones bundled with Plumbline.
 * Parse errors come back as a {@link ModelException} whose findings read {@code file:line: error: message}.
 */
public final class Workspaces {

    /** The workspaces Plumbline ships: the five seed systems and Plumbline itself. */
    public static final List<String> BUNDLED = List.of(
            "plumbline/workspaces/visualgriddev-studio.dsl",
            "plumbline/workspaces/yawl-cloud-platform.dsl",
            "plumbline/workspaces/event-registration-platform.dsl",
            "plumbline/workspaces/agent-system-web-app.dsl",
            "plumbline/workspaces/data-streaming-pipeline.dsl",
            "plumbline/workspaces/plumbline.dsl");

    private Workspaces() {
    }

    /** Loads a workspace file; {@code !include}s resolve relative to it. */
    public static ModelWorkspace load(Path file) throws ModelException {
        Objects.requireNonNull(file, "file");
        return load(file, file.toString());
    }

    /**
     * Loads a workspace file, naming it {@code shownAs} in findings and in {@link ModelWorkspace#file()}: a tool
     * that reads an absolute path can still report the path the user knows, relative to the project.
     */
    public static ModelWorkspace load(Path file, String shownAs) throws ModelException {
        Objects.requireNonNull(file, "file");
        String label = Objects.requireNonNull(shownAs, "shownAs");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ModelException(List.of(Finding.error(label, 0, "cannot read workspace: " + e.getMessage())));
        }
        return parse(label, decode(label, bytes), file.toAbsolutePath().toFile());
    }

    /** Loads a workspace from the classpath, e.g. {@code plumbline/workspaces/plumbline.dsl}. */
    public static ModelWorkspace loadResource(String resource) throws ModelException {
        Objects.requireNonNull(resource, "resource");
        try (InputStream in = Workspaces.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ModelException(List.of(Finding.error(resource, 0, "no such workspace on the classpath")));
            }
            return parse(resource, decode(resource, in.readAllBytes()), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every bundled workspace. */
    public static List<ModelWorkspace> bundled() throws ModelException {
        List<ModelWorkspace> all = new ArrayList<>();
        for (String resource : BUNDLED) {
            all.add(loadResource(resource));
        }
        return all;
    }

    /**
     * Validates several workspaces as one model: each one's own findings, plus view keys that clash across them
     * (a view key names a diagram in the docs, so it must be unique everywhere).
     */
    public static List<Finding> validate(List<ModelWorkspace> workspaces) {
        List<Finding> findings = new ArrayList<>();
        Map<String, ModelWorkspace> owners = new HashMap<>();
        for (ModelWorkspace workspace : workspaces) {
            findings.addAll(workspace.validate());
            for (var view : workspace.views()) {
                ModelWorkspace first = owners.putIfAbsent(view.getKey(), workspace);
                if (first != null && first != workspace) {
                    findings.add(Finding.error(workspace.file(), workspace.line(view), "view key \"" + view.getKey()
                            + "\" is already used in " + first.file()));
                }
            }
        }
        return findings.stream().sorted().toList();
    }

    private static ModelWorkspace parse(String label, String text, java.io.File file) throws ModelException {
        StructurizrDslParser parser = new StructurizrDslParser();
        try {
            withoutStackTraces(() -> {
                if (file == null) {
                    // Classpath workspaces are ours and self-contained; no scripts, plugins or includes needed.
                    parser.setRestricted(true);
                    parser.parse(text);
                } else {
                    parser.parse(text, file);
                }
            });
        } catch (StructurizrDslParserException e) {
            throw new ModelException(List.of(Finding.error(label, e.getLineNumber(), parserMessage(e))));
        } catch (RuntimeException e) {
            // Structurizr reports some model errors (duplicate keys, bad relationships) as plain exceptions.
            throw new ModelException(List.of(Finding.error(label, 0, e.getMessage() == null
                    ? "Structurizr could not read the workspace" : withoutJavaTypes(e.getMessage()))));
        }
        return new ModelWorkspace(label, parser.getWorkspace(), DslSource.scan(label, text),
                parser.getIdentifiersRegister());
    }

    private interface Parse {
        void run() throws StructurizrDslParserException;
    }

    private static final Object STDERR = new Object();

    /**
     * Structurizr prints the stack trace of a failing {@code !script}, {@code !plugin} or {@code !docs} importer to
     * System.err before it rethrows the failure as a message; the message becomes a finding, the stack trace is
     * not the user's business. Workspaces load one at a time, before anything else runs, so the swap is safe.
     */
    private static void withoutStackTraces(Parse parse) throws StructurizrDslParserException {
        synchronized (STDERR) {
            java.io.PrintStream err = System.err;
            System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
            try {
                parse.run();
            } finally {
                System.setErr(err);
            }
        }
    }

    /** Structurizr appends " at line N of file: text" to its messages; the finding says that better. */
    private static String parserMessage(StructurizrDslParserException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf(" at line ");
        return withoutJavaTypes(at > 0 ? message.substring(0, at) : message);
    }

    /**
     * Structurizr wraps a failing script or plugin as "..., caused by java.lang.RuntimeException: reason"; the
     * reason is the user's business, the Java type is not.
     */
    private static String withoutJavaTypes(String message) {
        return JAVA_CAUSE.matcher(message).replaceAll(": ");
    }

    private static final java.util.regex.Pattern JAVA_CAUSE = java.util.regex.Pattern.compile(
            ",? caused by (?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?:: |$)");

    private static String decode(String label, byte[] bytes) throws ModelException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ModelException(List.of(Finding.error(label, 0, "workspace is not UTF-8 text")));
        }
    }
}
