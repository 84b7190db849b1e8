package dev.plumbline.diagrams.preview;

import dev.plumbline.model.Rules;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    /** Parses {@code --name value} pairs followed by workspace paths; throws with a message for the user. */
    static ServeOptions parse(String[] args) {
        ServeOptions options = of(List.of(Path.of(".")), List.of());
        List<Path> workspaces = new ArrayList<>();
        List<Path> docs = new ArrayList<>();
        String host = DEFAULT_HOST;
        int port = DEFAULT_PORT;
        boolean remote = false;
        Rules rules = Rules.LINT;
        String dot = "";
        String mermaidCli = "";
        String browser = "";
        Path cache = options.cache();
        int timeout = 20;
        int maxTextSize = 50_000;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                workspaces.add(Path.of(arg));
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(property(arg) + " needs a value");
            }
            String value = args[++i];
            switch (arg) {
                case "--docs" -> docs.add(Path.of(value));
                case "--host" -> host = value.strip();
                case "--port" -> port = number(arg, value);
                case "--allow-remote" -> remote = Boolean.parseBoolean(value);
                case "--rules" -> rules = Rules.parse(value);
                case "--dot" -> dot = value;
                case "--mermaid-cli" -> mermaidCli = value;
                case "--browser" -> browser = value;
                case "--cache" -> cache = Path.of(value);
                case "--timeout" -> timeout = number(arg, value);
                case "--mermaid-max-text-size" -> maxTextSize = number(arg, value);
                default -> throw new IllegalArgumentException("unknown worker option " + arg
                        + " (a Plumbline plugin and worker of different versions?)");
            }
        }
        if (workspaces.isEmpty()) {
            throw new IllegalArgumentException("plumbline.workspaces names no workspace file or folder");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("plumbline.serve.port must be between 0 (any free port) and 65535, not "
                    + port);
        }
        if (timeout < 1) {
            throw new IllegalArgumentException("plumbline.renderTimeout must be at least 1 second");
        }
        if (maxTextSize < 1) {
            throw new IllegalArgumentException("the Mermaid text size limit must be at least 1 character");
        }
        return new ServeOptions(workspaces, docs, host, port, remote, rules, path(dot), path(mermaidCli),
                path(browser), cache, Duration.ofSeconds(timeout), maxTextSize);
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property(option) + " must be a number, not \"" + value + "\"");
        }
    }

    /** The Maven property behind a worker option, for messages a user reads. */
    private static String property(String option) {
        return switch (option) {
            case "--host", "--port" -> "plumbline.serve." + option.substring(2);
            case "--allow-remote" -> "plumbline.serve.allowRemote";
            case "--timeout" -> "plumbline.renderTimeout";
            case "--cache" -> "plumbline.cacheDirectory";
            case "--mermaid-cli" -> "plumbline.mermaidCli";
            case "--mermaid-max-text-size" -> "plumbline.mermaidMaxTextSize";
            default -> "plumbline." + option.substring(2);
        };
    }

    private static Optional<Path> path(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }
}
