package dev.plumbline.model;

import com.structurizr.dsl.Features;
import com.structurizr.dsl.IndexedIdentifiersRegister;
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
import java.util.List;
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

    /**
     * Loads a workspace file, untrusted ({@link WorkspacePolicy#fromSystemProperties()}: the policy the worker was
     * started with, else confined to the working folder); {@code !include}s resolve relative to it.
     */
    public static ModelWorkspace load(Path file) throws ModelException {
        return load(file, WorkspacePolicy.fromSystemProperties());
    }

    /** Loads a workspace file under {@code policy}; {@code !include}s resolve relative to it. */
    public static ModelWorkspace load(Path file, WorkspacePolicy policy) throws ModelException {
        Objects.requireNonNull(file, "file");
        return load(file, file.toString(), policy);
    }

    /**
     * Loads a workspace file, naming it {@code shownAs} in findings and in {@link ModelWorkspace#file()}: a tool
     * that reads an absolute path can still report the path the user knows, relative to the project. Untrusted,
     * under the policy the worker was started with.
     */
    public static ModelWorkspace load(Path file, String shownAs) throws ModelException {
        return load(file, shownAs, WorkspacePolicy.fromSystemProperties());
    }

    /** Loads a workspace file under {@code policy}, naming it {@code shownAs}. */
    public static ModelWorkspace load(Path file, String shownAs, WorkspacePolicy policy) throws ModelException {
        return load(file, shownAs, policy, true);
    }

    /** {@link #load(Path, String, WorkspacePolicy)}, with Structurizr's own identifiers register if not indexed. */
    static ModelWorkspace load(Path file, String shownAs, WorkspacePolicy policy, boolean indexedIdentifiers)
            throws ModelException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(policy, "policy");
        String label = Objects.requireNonNull(shownAs, "shownAs");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ModelException(List.of(Finding.error(label, 1, "cannot read workspace: " + e.getMessage())));
        }
        String text = decode(label, bytes);
        WorkspaceReferences.Result references = WorkspaceReferences.scan(file, label, text, policy);
        if (!references.refusals().isEmpty()) {
            throw new ModelException(references.refusals().stream().sorted().toList());
        }
        return parse(label, text, file.toAbsolutePath().toFile(), policy, references.inputs(), indexedIdentifiers);
    }

    /** Loads a workspace from the classpath, e.g. {@code plumbline/workspaces/plumbline.dsl}. */
    public static ModelWorkspace loadResource(String resource) throws ModelException {
        Objects.requireNonNull(resource, "resource");
        try (InputStream in = Workspaces.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ModelException(List.of(Finding.error(resource, 1, "no such workspace on the classpath")));
            }
            return parse(resource, decode(resource, in.readAllBytes()), null, null, List.of(), true);
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
     * Validates several workspaces, each on its own: a view key need only be unique within its workspace (their
     * outputs live in a folder per workspace, and the docs may name a view {@code workspace/key}).
     */
    public static List<Finding> validate(List<ModelWorkspace> workspaces, Rules rules) {
        List<Finding> findings = new ArrayList<>();
        for (ModelWorkspace workspace : workspaces) {
            findings.addAll(workspace.validate(rules));
        }
        return findings.stream().sorted().toList();
    }

    /** {@link #validate(List, Rules)} with the rules as lint. */
    public static List<Finding> validate(List<ModelWorkspace> workspaces) {
        return validate(workspaces, Rules.LINT);
    }

    /** Parses DSL text as {@link #loadResource} does, with Structurizr's own identifiers register if not indexed. */
    static ModelWorkspace parse(String label, String text, boolean indexedIdentifiers) throws ModelException {
        return parse(label, text, null, null, List.of(), indexedIdentifiers);
    }

    private static ModelWorkspace parse(String label, String text, java.io.File file, WorkspacePolicy policy,
            List<Path> inputs, boolean indexedIdentifiers) throws ModelException {
        StructurizrDslParser parser = new StructurizrDslParser();
        if (indexedIdentifiers) {
            // Structurizr's register scans every identifier on each lookup, so large workspaces load in quadratic
            // time; this one answers the same in constant time (see its comment). Where it cannot be installed,
            // Structurizr's own register is kept.
            IndexedIdentifiersRegister.installInto(parser);
        }
        try {
            withoutStackTraces(() -> {
                if (file == null) {
                    // Classpath workspaces are ours and self-contained; no scripts, plugins or includes needed.
                    parser.setRestricted(true);
                    parser.parse(text);
                } else {
                    if (!policy.trusted()) {
                        restrict(parser, policy);
                    }
                    parser.parse(text, file);
                }
            });
        } catch (StructurizrDslParserException e) {
            throw new ModelException(List.of(Finding.error(label, e.getLineNumber(), parserMessage(e))));
        } catch (RuntimeException e) {
            // Structurizr reports some model errors (duplicate keys, bad relationships) as plain exceptions.
            throw new ModelException(List.of(Finding.error(label, 1, e.getMessage() == null
                    ? "Structurizr could not read the workspace" : withoutJavaTypes(e.getMessage()))));
        }
        return new ModelWorkspace(label, parser.getWorkspace(),
                DslSource.scan(label, text, file == null ? null : file.toPath()),
                parser.getIdentifiersRegister(), inputs);
    }

    /**
     * Structurizr's restricted mode minus its ban on files: files stay readable because {@link WorkspaceReferences}
     * has already confined every one of them to the project root. Allowed environment variables become constants,
     * so exactly those, and no others, are substituted.
     */
    private static void restrict(StructurizrDslParser parser, WorkspacePolicy policy) {
        Features features = parser.getFeatures();
        for (String feature : List.of(Features.ENVIRONMENT, Features.PLUGINS, Features.SCRIPTS,
                Features.COMPONENT_FINDER, Features.HTTP, Features.HTTPS)) {
            features.disable(feature);
        }
        for (String feature : List.of(Features.FILE_SYSTEM, Features.INCLUDE, Features.DOCUMENTATION,
                Features.DECISIONS)) {
            features.enable(feature);
        }
        for (String name : policy.allowedEnvironment()) {
            String value = System.getenv(name);
            if (value != null) {
                parser.addConstant(name, value);
            }
        }
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
            throw new ModelException(List.of(Finding.error(label, 1, "workspace is not UTF-8 text; Structurizr reads DSL as UTF-8")));
        }
    }
}
