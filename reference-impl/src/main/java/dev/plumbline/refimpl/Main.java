package dev.plumbline.refimpl;

import io.opentelemetry.api.OpenTelemetry;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the platform: {@code java -jar plumbline-reference-impl.jar [--data=DIR] [--port=N] ...} (see the README),
 * prints the URL it serves and runs until stopped (Ctrl-C or SIGTERM close it cleanly).
 */
public final class Main {

    private static final Set<String> OPTIONS = Set.of("data", "host", "port", "jdbc-url", "jdbc-user",
            "jdbc-password", "smtp-host", "smtp-port", "smtp-from", "jwt-key-file", "snapshot-interval");

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        PlatformConfig config;
        try {
            config = configure(options(args));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("options: --" + String.join("=..., --", OPTIONS.stream().sorted().toList()) + "=...");
            System.exit(2);
            return;
        }
        Platform platform;
        try {
            platform = Platform.start(config, OpenTelemetry.noop());
        } catch (RuntimeException e) {
            // A port in use, an unreachable database, an unreadable key: say which, without a stack trace.
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            System.err.println("error: the platform did not start: " + e.getMessage()
                    + (root != e ? " (" + root.getMessage() + ")" : ""));
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            stopped.countDown();
        }, "shutdown"));
        System.out.println("Event Registration Platform serving at " + platform.url()
                + " (data: " + config.dataDir().toAbsolutePath() + ", database: " + database(config) + ")");
        stopped.await();
    }

    private static String database(PlatformConfig config) {
        String url = config.effectiveJdbcUrl();
        int parameters = url.indexOf(';');
        return parameters < 0 ? url : url.substring(0, parameters);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("expected --option=value, got " + arg);
            }
            String name = arg.substring(2, equals);
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            options.put(name, arg.substring(equals + 1));
        }
        return options;
    }

    static PlatformConfig configure(Map<String, String> options) {
        PlatformConfig config = PlatformConfig.defaults(Path.of(options.getOrDefault("data", "data")))
                .withPort(number(options, "port", 8080));
        if (options.containsKey("host")) {
            config = config.withHost(options.get("host"));
        }
        if (options.containsKey("jdbc-url")) {
            config = config.withDatabase(options.get("jdbc-url"), options.getOrDefault("jdbc-user", ""),
                    options.getOrDefault("jdbc-password", ""));
        }
        if (options.containsKey("smtp-host")) {
            config = config.withSmtp(options.get("smtp-host"), number(options, "smtp-port", 25));
        }
        if (options.containsKey("smtp-from")) {
            config = config.withSmtpFrom(options.get("smtp-from"));
        }
        if (options.containsKey("jwt-key-file")) {
            config = config.withJwtKeyFile(Path.of(options.get("jwt-key-file")));
        }
        if (options.containsKey("snapshot-interval")) {
            config = config.withSnapshotInterval(number(options, "snapshot-interval", 10));
        }
        return config;
    }

    private static int number(Map<String, String> options, String name, int fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " needs a number, got " + value);
        }
    }
}
