import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference implementation under load, on loopback only, bounded in count and time: registrations per second
 * and p99 latency with concurrent clients, then an exactly-once check of the read model and the audit log; and a
 * SIGKILL under load, a restart, and the same checks. Run by bench/refimpl.sh; it stops by itself.
 *
 * Arguments: java jar data-dir clients seconds max-registrations warm-up-seconds. The database is H2 in each phase's
 * data folder, or with BENCH_JDBC_URL (a jdbc:postgresql: URL; BENCH_JDBC_USER, BENCH_JDBC_PASSWORD) a schema of
 * its own per phase on that server, dropped and created afresh.
 */
public final class RegistrationBench {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final Pattern PENDING = Pattern.compile("\"pendingDeliveries\":(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();

    /** Where a phase's service keeps its data: the H2 file in its data folder, or a fresh PostgreSQL schema. */
    record Store(String url, String user, String password, boolean external) {
        static Store forPhase(Path data, String phase) throws SQLException {
            String server = System.getenv("BENCH_JDBC_URL");
            if (server == null || server.isBlank()) {
                return new Store("jdbc:h2:file:" + data.toAbsolutePath().resolve("platform"), "sa", "", false);
            }
            String user = System.getenv().getOrDefault("BENCH_JDBC_USER", "plumbline");
            String password = System.getenv().getOrDefault("BENCH_JDBC_PASSWORD", "plumbline");
            String schema = "bench_" + phase;
            try (Connection db = DriverManager.getConnection(server, user, password);
                 Statement sql = db.createStatement()) {
                sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                sql.execute("CREATE SCHEMA " + schema);
            }
            return new Store(server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password,
                    true);
        }

        /** The service's options selecting this store; none for H2, which it finds in its data folder. */
        List<String> serviceOptions() {
            return external ? List.of("--jdbc-url=" + url, "--jdbc-user=" + user, "--jdbc-password=" + password)
                    : List.of();
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        String describe() {
            return external ? "PostgreSQL, " + url : "H2, " + url;
        }
    }

    record Load(int accepted, int failed, double seconds, long p50, long p99, long max) { }

    /** The service's CPU time so far (user + system, from /proc through ProcessHandle), in ms. */
    static long cpuMillis(Process process) {
        return process.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    /** The bench's own CPU time (the HTTP clients), in ms. */
    static long ownCpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    public static void main(String[] args) {
        try {
            bench(args);
        } catch (Exception e) {
            // System.exit runs the hook that stops the services: an exception alone left the JVM (its HTTP client
            // threads) and a restarted service running after the bench had given up
            System.out.println("RESULT: FAILED (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            System.exit(1);
        }
    }

    static void bench(String[] args) throws Exception {
        String java = args[0];
        Path jar = Path.of(args[1]);
        Path work = Path.of(args[2]);
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int maxRegistrations = Integer.parseInt(args[5]);
        int warmupSeconds = Integer.parseInt(args[6]);
        int warmupMax = maxRegistrations / 4;

        // 1. Throughput and latency.
        Path data = work.resolve("load");
        deleteTree(data);
        Store store = Store.forPhase(data, "load");
        System.out.println("database: " + store.describe());
        int port = freePort();
        Process service = start(java, jar, data, store, port);
        String base = "http://127.0.0.1:" + port;
        int warmupEvents = warmupMax / clients + 1;
        Fixture fixture = Fixture.create(base, clients, warmupEvents + maxRegistrations / clients + 1);
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        // Warm-up, not measured: the JIT compiles the hot paths (seconds of CPU on two cores), the pools fill.
        Load warmup = run(base, fixture.tokens(), fixture.events().subList(0, warmupEvents), clients,
                Duration.ofSeconds(warmupSeconds), warmupMax, accepted, null);
        awaitQuiet(base, Duration.ofSeconds(120));
        String loadBefore = loadAverage();
        long serviceCpu0 = cpuMillis(service);
        long ownCpu0 = ownCpuMillis();
        Load load = run(base, fixture.tokens(), fixture.events().subList(warmupEvents, fixture.events().size()),
                clients, Duration.ofSeconds(seconds), maxRegistrations, accepted, null);
        long serviceCpu1 = cpuMillis(service);
        long ownCpu1 = ownCpuMillis();
        long drain0 = System.nanoTime();
        awaitQuiet(base, Duration.ofSeconds(120));
        double drained = (System.nanoTime() - drain0) / 1e9;
        long serviceCpu2 = cpuMillis(service);
        String loadAfter = loadAverage();
        stop(service);
        Check check = Check.of(store, accepted);
        System.out.printf("warm-up: %d registrations in %.1f s, not counted%n", warmup.accepted(), warmup.seconds());
        System.out.printf("load: %d clients, %d registrations accepted in %.1f s = %.0f/s; latency p50 %d ms, p99 %d ms,"
                        + " max %d ms; %d failed%n", clients, load.accepted(), load.seconds(),
                load.accepted() / load.seconds(), load.p50(), load.p99(), load.max(), load.failed());
        int n = Math.max(1, load.accepted());
        System.out.printf("load: bus drained %.1f s after the load (%.0f/s end to end); CPU per registration:"
                        + " service %.2f ms during the load, %.2f ms with the drain, clients %.2f ms;"
                        + " load average before %s, after %s%n", drained, load.accepted() / (load.seconds() + drained),
                (serviceCpu1 - serviceCpu0) / (double) n, (serviceCpu2 - serviceCpu0) / (double) n,
                (ownCpu1 - ownCpu0) / (double) n, loadBefore, loadAfter);
        System.out.println("load check: " + check);
        if ("load".equals(System.getenv("BENCH_PHASES"))) {
            HTTP.close();
            System.exit(check.ok() ? 0 : 1);
        }

        // 2. SIGKILL under load, restart, check.
        Path faultData = work.resolve("fault");
        deleteTree(faultData);
        Store faultStore = Store.forPhase(faultData, "fault");
        int faultPort = freePort();
        Process victim = start(java, jar, faultData, faultStore, faultPort);
        String faultBase = "http://127.0.0.1:" + faultPort;
        Fixture faultFixture = Fixture.create(faultBase, clients, maxRegistrations / clients + 1);
        Set<String> acceptedBeforeKill = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        Thread killer = Thread.ofPlatform().start(() -> {
            sleep(Duration.ofSeconds(Math.max(2, seconds / 2)));
            victim.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush, no goodbye
            killed.set(true);
        });
        Load beforeKill = run(faultBase, faultFixture.tokens(), faultFixture.events(), clients,
                Duration.ofSeconds(seconds), maxRegistrations,
                acceptedBeforeKill, killed);
        killer.join();
        victim.waitFor(30, TimeUnit.SECONDS);
        Process restarted = start(java, jar, faultData, faultStore, faultPort);
        try {
            awaitQuiet(faultBase, Duration.ofSeconds(120));
        } catch (IllegalStateException stuck) {
            // Seen on H2 (bench/README.md, "Reference implementation"): the restarted service could not deliver what
            // the outbox held. Said as a result, not a stack trace.
            System.out.printf("fault: SIGKILL after %.1f s with %d registrations accepted; restarted, but %s "
                    + "deliveries were still pending after 120 s and did not move%n", beforeKill.seconds(),
                    beforeKill.accepted(), match(PENDING, get(faultBase + "/health").body()));
            System.out.println("RESULT: FAILED (the restarted service did not deliver what the outbox held)");
            stop(restarted);
            HTTP.close();
            System.exit(1);
        }
        stop(restarted);
        Check afterRestart = Check.of(faultStore, acceptedBeforeKill);
        System.out.printf("fault: SIGKILL after %.1f s with %d registrations accepted (%d requests cut off);"
                + " restarted%n", beforeKill.seconds(), beforeKill.accepted(), beforeKill.failed());
        System.out.println("fault check: " + afterRestart);
        boolean ok = check.ok() && afterRestart.ok();
        System.out.println(ok ? "RESULT: exactly once, nothing lost" : "RESULT: FAILED");
        HTTP.close();
        System.exit(ok ? 0 : 1);
    }

    /** Users with tokens and events to register them for; some events too small, so compensation runs too. */
    record Fixture(List<String> tokens, List<String> events) {
        static Fixture create(String base, int clients, int eventCount) throws Exception {
            List<String> tokens = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(8);
            for (int i = 0; i < clients; i++) {
                int n = i;
                pool.submit(() -> {
                    String email = "client" + n + "@bench.invalid";
                    post(base + "/api/users", "{\"email\":\"" + email + "\",\"name\":\"Client " + n
                            + "\",\"password\":\"bench password " + n + "\"}", null);
                    tokens.add(match(TOKEN, post(base + "/api/auth/login", "{\"email\":\"" + email
                            + "\",\"password\":\"bench password " + n + "\"}", null).body()));
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.MINUTES);
            List<String> events = new ArrayList<>();
            for (int i = 0; i < eventCount; i++) {
                // Every fifth event holds fewer than the clients: its late registrations are rejected.
                int capacity = i % 5 == 4 ? Math.max(1, clients / 2) : clients;
                events.add(match(ID, post(base + "/api/events", "{\"name\":\"Bench " + i + "\",\"capacity\":"
                        + capacity + "}", tokens.get(0)).body()));
            }
            awaitQuiet(base, Duration.ofSeconds(60));
            return new Fixture(List.copyOf(tokens), List.copyOf(events));
        }
    }

    /**
     * Each client registers for event after event until the time, the count, or (if given) the service is up. The
     * clients are {@link KeepAliveClient}s: the JDK's HttpClient spent about 1 ms of CPU per request, half of what
     * the target leaves the service on these two cores, which would measure the load generator instead.
     */
    static Load run(String base, List<String> tokens, List<String> events, int clients, Duration limit,
                    int maxRegistrations, Set<String> accepted, AtomicBoolean stopWhen) throws InterruptedException {
        URI uri = URI.create(base);
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            String token = tokens.get(c);
            Thread.ofPlatform().start(() -> {
                KeepAliveClient client = new KeepAliveClient(uri.getHost(), uri.getPort());
                try {
                    for (int e = 0; e < events.size(); e++) {
                        if (System.nanoTime() > deadline || issued.incrementAndGet() > maxRegistrations
                                || (stopWhen != null && stopWhen.get())) {
                            return;
                        }
                        long t0 = System.nanoTime();
                        try {
                            KeepAliveClient.Response response = client.post("/api/registrations",
                                    "{\"eventId\":\"" + events.get(e) + "\"}", token);
                            if (response.status() == 201) {
                                accepted.add(match(ID, response.body()));
                                latencies.add((System.nanoTime() - t0) / 1_000_000);
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (IOException | RuntimeException ex) {
                            failed.incrementAndGet();
                            client.close();
                        }
                    }
                } finally {
                    client.close();
                    done.countDown();
                }
            });
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Load(sorted.size(), failed.get(), seconds, percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
    }

    /**
     * One HTTP/1.1 connection kept alive, as a browser or a load generator such as wrk holds it: the request written
     * in one go, the answer read by its Content-Length (or chunks). Nothing else: no redirects, no TLS, loopback only.
     */
    static final class KeepAliveClient {
        record Response(int status, String body) { }

        private final String host;
        private final int port;
        private Socket socket;
        private BufferedInputStream in;
        private OutputStream out;

        KeepAliveClient(String host, int port) {
            this.host = host;
            this.port = port;
        }

        Response post(String path, String json, String token) throws IOException {
            if (socket == null) {
                socket = new Socket(host, port);
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(30_000);
                in = new BufferedInputStream(socket.getInputStream(), 8192);
                out = socket.getOutputStream();
            }
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                    + "\r\nContent-Type: application/json\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n";
            byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
            byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
            System.arraycopy(body, 0, request, headBytes.length, body.length);
            out.write(request);
            out.flush();
            String status = line();
            if (status == null || !status.startsWith("HTTP/1.1 ")) {
                throw new IOException("no HTTP answer: " + status);
            }
            int code = Integer.parseInt(status.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean closes = false;
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closes = true;
                }
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
                    content.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length >= 0) {
                content.write(in.readNBytes(length));
            } else {
                throw new IOException("an answer with neither Content-Length nor chunks");
            }
            if (closes) {
                close();
            }
            return new Response(code, content.toString(StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the connection closed");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a broken connection: nothing to do
                }
                socket = null;
            }
        }
    }

    /** What the database holds once the bus is quiet, against the registrations the clients were told were accepted. */
    record Check(int accepted, int missing, int duplicateRows, int auditMissingOrTwice, int auditDuplicates,
                 int countedTwice, int readModelMismatches, int pending, int dead) {
        static Check of(Store store, Set<String> accepted) throws SQLException {
            try (Connection db = store.connect(); Statement sql = db.createStatement()) {
                // LOCAL: H2's session-only kind, which PostgreSQL's TEMPORARY always is
                sql.execute("CREATE " + (store.external() ? "" : "LOCAL ") + "TEMPORARY TABLE accepted"
                        + " (id VARCHAR(36) PRIMARY KEY)");
                try (var insert = db.prepareStatement("INSERT INTO accepted VALUES (?)")) {
                    for (String id : accepted) {
                        insert.setString(1, id);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                return new Check(accepted.size(),
                        count(sql, "SELECT COUNT(*) FROM accepted a WHERE NOT EXISTS (SELECT 1 FROM registrations r WHERE r.id = a.id)"),
                        count(sql, "SELECT COUNT(*) FROM (SELECT id FROM registrations GROUP BY id HAVING COUNT(*) > 1) AS twice"),
                        count(sql, "SELECT COUNT(*) FROM accepted a WHERE (SELECT COUNT(*) FROM audit_log l WHERE"
                                + " l.type = 'REGISTRATION_CREATED' AND l.message_key = a.id) <> 1"),
                        count(sql, "SELECT COUNT(*) - COUNT(DISTINCT message_id) FROM audit_log"),
                        count(sql, "SELECT COUNT(*) FROM (SELECT payload FROM es_events WHERE type = 'PARTICIPANT_COUNTED'"
                                + " GROUP BY payload HAVING COUNT(*) > 1) AS twice"),
                        count(sql, "SELECT COUNT(*) FROM events e JOIN read_event_participation p ON p.event_id = e.id"
                                + " WHERE p.participants <> e.participants OR p.participants <> (SELECT COUNT(*) FROM"
                                + " registrations r WHERE r.event_id = e.id AND r.status = 'CREATED')"),
                        count(sql, "SELECT COUNT(*) FROM deliveries WHERE status = 'PENDING'"),
                        count(sql, "SELECT COUNT(*) FROM deliveries WHERE status = 'DEAD'"));
            }
        }

        boolean ok() {
            return missing == 0 && duplicateRows == 0 && auditMissingOrTwice == 0 && auditDuplicates == 0
                    && countedTwice == 0 && readModelMismatches == 0 && pending == 0 && dead == 0;
        }

        @Override
        public String toString() {
            return String.format("%d accepted: %d lost, %d stored twice, %d not audited exactly once, %d audit"
                            + " entries twice, %d counted twice, %d events whose read model disagrees, %d deliveries"
                            + " pending, %d dead -> %s", accepted, missing, duplicateRows, auditMissingOrTwice,
                    auditDuplicates, countedTwice, readModelMismatches, pending, dead, ok() ? "OK" : "FAILED");
        }
    }

    static int count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Every service this bench started: stopped however the bench ends, so none outlives it. */
    static final List<Process> STARTED = Collections.synchronizedList(new ArrayList<>());

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (STARTED) {
                STARTED.forEach(Process::destroyForcibly);
            }
        }));
    }

    static Process start(String java, Path jar, Path data, Store store, int port) throws Exception {
        Files.createDirectories(data);
        List<String> command = new ArrayList<>(List.of(java));
        String options = System.getenv("BENCH_SERVICE_OPTS"); // e.g. -XX:StartFlightRecording=... to profile it
        if (options != null && !options.isBlank()) {
            command.addAll(List.of(options.strip().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--data=" + data, "--host=127.0.0.1", "--port=" + port));
        command.addAll(store.serviceOptions());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile()).start();
        STARTED.add(process);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                if (get("http://127.0.0.1:" + port + "/health").statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                sleep(Duration.ofMillis(200));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited; see " + data + ".log");
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not start within 90 s");
    }

    static void stop(Process service) throws InterruptedException {
        service.destroy(); // SIGTERM: the platform closes the gateway, the bus and the database
        if (!service.waitFor(60, TimeUnit.SECONDS)) {
            service.destroyForcibly();
            service.waitFor();
        }
    }

    static void awaitQuiet(String base, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (Integer.parseInt(match(PENDING, get(base + "/health").body())) == 0) {
                return;
            }
            sleep(Duration.ofMillis(100));
        }
        throw new IllegalStateException("deliveries still pending after " + limit);
    }

    static HttpResponse<String> post(String url, String json, String token) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    static HttpResponse<String> get(String url) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build());
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + text);
        }
        return m.group(1);
    }

    static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
