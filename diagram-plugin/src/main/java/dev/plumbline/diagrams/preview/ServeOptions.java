package dev.plumbline.diagrams.preview;

import dev.plumbline.diagrams.lifecycle.WorkerArguments;
import dev.plumbline.model.Rules;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The options of one {@code serve} session, as the Mojo passes them on the worker's command line.
 *
 * @param workspaces         workspace files or folders holding them
 * @param docs               Markdown files or folders whose diagrams are previewed too
 * @param host               the address to listen on, loopback unless {@code allowRemote}
 * @param port               the port, 0 for any free one
 * @param allowRemote        whether a non-loopback address may be bound
 * @param rules              how severe each model rule is ({@code plumbline.rules})
 * @param dot                Graphviz dot for PlantUML, empty for Smetana
 * @param mermaidCli         mermaid-cli install folder, if configured
 * @param browser            browser executable, if configured
 * @param cache              cache folder for the tools Plumbline installs
 * @param timeout            wall-clock limit per diagram
 * @param mermaidMaxTextSize Mermaid's limit on a diagram's length, in characters
 */
record ServeOptions(List<Path> workspaces, List<Path> docs, String host, int port, boolean allowRemote, Rules rules,
                    Optional<Path> dot, Optional<Path> mermaidCli, Optional<Path> browser, Path cache,
                    Duration timeout, int mermaidMaxTextSize) {

    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 8765;

    ServeOptions {
        workspaces = List.copyOf(workspaces);
        docs = List.copyOf(docs);
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Options for the given workspaces with every default: a test's or the bench's starting point. */
    static ServeOptions of(List<Path> workspaces, List<Path> docs) {
        return new ServeOptions(workspaces, docs, DEFAULT_HOST, 0, false, Rules.LINT, Optional.empty(),
                Optional.empty(), Optional.empty(), Path.of(System.getProperty("user.home"), ".cache", "plumbline"),
                Duration.ofSeconds(20), 50_000);
    }

    ServeOptions withHost(String value, boolean remote) {
        return new ServeOptions(workspaces, docs, value, port, remote, rules, dot, mermaidCli, browser, cache,
                timeout, mermaidMaxTextSize);
    }

    ServeOptions withPort(int value) {
        return new ServeOptions(workspaces, docs, host, value, allowRemote, rules, dot, mermaidCli, browser, cache,
                timeout, mermaidMaxTextSize);
    }

    /**
     * The address to bind. A preview serves the model to whoever can connect, so anything but a loopback address
     * needs the user's explicit consent; the message says how to give it.
     */
    InetAddress address() {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("plumbline.serve.host: unknown host \"" + host + "\"");
        }
        if (!address.isLoopbackAddress() && !allowRemote) {
            throw new IllegalArgumentException("plumbline.serve.host=" + host + " is not a loopback address: the "
                    + "preview would show the model to anyone who can reach this machine. Use 127.0.0.1, or set "
                    + "-Dplumbline.serve.allowRemote=true if that is what you want");
        }
        return address;
    }

    /** The Maven property behind each worker option, for the messages a user reads. */
    private static final Map<String, String> OPTIONS = Map.ofEntries(Map.entry("--docs", "plumbline.docs"),
            Map.entry("--host", "plumbline.serve.host"), Map.entry("--port", "plumbline.serve.port"),
            Map.entry("--allow-remote", "plumbline.serve.allowRemote"), Map.entry("--rules", "plumbline.rules"),
            Map.entry("--dot", "plumbline.dot"), Map.entry("--mermaid-cli", "plumbline.mermaidCli"),
            Map.entry("--browser", "plumbline.browser"), Map.entry("--cache", "plumbline.cacheDirectory"),
            Map.entry("--timeout", "plumbline.renderTimeout"),
            Map.entry("--mermaid-max-text-size", "plumbline.mermaidMaxTextSize"));

    /** Parses {@code --name value} pairs and workspace paths; throws with a message for the user. */
    static ServeOptions parse(String[] args) {
        WorkerArguments given = WorkerArguments.parse(args, OPTIONS, Map.of());
        List<Path> workspaces = given.plain().stream().map(Path::of).toList();
        if (workspaces.isEmpty()) {
            throw new IllegalArgumentException("plumbline.workspaces names no workspace file or folder");
        }
        int port = given.number("--port", DEFAULT_PORT);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("plumbline.serve.port must be between 0 (any free port) and 65535, not "
                    + port);
        }
        int timeout = given.number("--timeout", 20);
        if (timeout < 1) {
            throw new IllegalArgumentException("plumbline.renderTimeout must be at least 1 second");
        }
        int maxTextSize = given.number("--mermaid-max-text-size", 50_000);
        if (maxTextSize < 1) {
            throw new IllegalArgumentException("the Mermaid text size limit must be at least 1 character");
        }
        ServeOptions defaults = of(workspaces, given.paths("--docs"));
        return new ServeOptions(workspaces, given.paths("--docs"), given.value("--host", DEFAULT_HOST).strip(), port,
                given.bool("--allow-remote", false), given.value("--rules").map(Rules::parse).orElse(Rules.LINT),
                given.path("--dot"), given.path("--mermaid-cli"), given.path("--browser"),
                given.path("--cache").orElse(defaults.cache()), Duration.ofSeconds(timeout), maxTextSize);
    }
}
