import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Save to updated picture in plumbline:serve, as a user sees it: starts the preview worker (as the Mojo starts it:
 * stdin a silent pipe) on a copy of the seed model, listens to its event stream like the page, then edits one view's
 * title N times. Each latency runs from just before the file is written to the new SVG fetched over HTTP, for the
 * view's PlantUML picture and for both its pictures (PlantUML and Mermaid).
 *
 *   java -cp <plugin classpath> bench/ServeLatency.java <seed copy folder> <workspace file name> <edits> [worker flags]
 */
public class ServeLatency {

    private static final Pattern FIGURE = Pattern.compile("\"id\":\"([0-9a-f]+)\".*\"title\":\"([^\"]*)\",\"format\":"
            + "\"(puml|mmd)\".*\"svg\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        Path seed = Path.of(args[0]);
        Path file = seed.resolve(args[1]);
        int edits = Integer.parseInt(args[2]);
        String view = "events-monitoring-architecture";
        String title = "title \"Monitoring and Observability Architecture\"";
        String original = Files.readString(file);
        if (!original.contains(title)) {
            throw new IllegalStateException(file + " no longer holds " + title + ": pick another view for the bench");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        for (int i = 3; i < args.length; i++) {
            command.add(args[i]);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "dev.plumbline.diagrams.preview.ServeCommand", "--port", "0", seed.toString()));
        long launched = System.nanoTime();
        Process serve = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread log = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    System.err.println("   serve: " + line);
                    Matcher m = Pattern.compile("preview at (http://\\S+)").matcher(line);
                    if (m.find()) {
                        url.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                // gone
            }
        });
        log.setDaemon(true);
        log.start();
        try {
            String base = url.get(120, TimeUnit.SECONDS).replaceAll("/$", "");
            HttpClient http = HttpClient.newHttpClient();
            BlockingQueue<String[]> events = new LinkedBlockingQueue<>();
            HttpResponse<java.util.stream.Stream<String>> stream = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/events")).build(), HttpResponse.BodyHandlers.ofLines());
            Thread reader = new Thread(() -> {
                String name = null;
                try {
                    for (Iterator<String> it = stream.body().iterator(); it.hasNext(); ) {
                        String line = it.next();
                        if (line.startsWith("event: ")) {
                            name = line.substring(7);
                        } else if (line.startsWith("data: ") && name != null) {
                            events.add(new String[] {name, line.substring(6), String.valueOf(System.nanoTime())});
                        }
                    }
                } catch (java.io.UncheckedIOException e) {
                    // the preview stopped at the end of the run
                }
            });
            reader.setDaemon(true);
            reader.start();
            // the first render of every view, with both renderers starting: not what is measured
            while (true) {
                String[] event = take(events);
                if ((event[0].equals("snapshot") || event[0].equals("refreshed")) && event[1].contains("\"complete\":true")) {
                    break;
                }
            }
            System.err.printf(Locale.ROOT, "   first render of the whole model: %.1f s after launch%n",
                    (System.nanoTime() - launched) / 1e9);
            List<Long> plantUml = new ArrayList<>();
            List<Long> both = new ArrayList<>();
            List<Long> server = new ArrayList<>();
            long cpuTicks = 0;
            for (int i = 0; i < edits + 2; i++) {
                String edited = original.replace(title, title.replace("Architecture\"", "Architecture " + (i + 1) + "\""));
                Thread.sleep(300);
                events.clear();
                long ticksBefore = ticks(serve.toHandle());
                long start = System.nanoTime();
                Files.writeString(file, edited);
                long pumlDone = 0;
                long mmdDone = 0;
                long refreshMillis = -1;
                while (pumlDone == 0 || mmdDone == 0 || refreshMillis < 0) {
                    String[] event = take(events);
                    Matcher m = FIGURE.matcher(event[1]);
                    if (event[0].equals("figure") && m.find() && m.group(2).equals(view)) {
                        HttpResponse<String> svg = http.send(HttpRequest.newBuilder(URI.create(base + m.group(4)))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        if (svg.statusCode() != 200 || !svg.body().contains("Architecture " + (i + 1))) {
                            throw new IllegalStateException("edit " + (i + 1) + ": the new " + m.group(3)
                                    + " picture is not served: " + svg.statusCode());
                        }
                        long done = System.nanoTime() - start;
                        if (m.group(3).equals("puml")) {
                            pumlDone = done;
                        } else {
                            mmdDone = done;
                        }
                    } else if (event[0].equals("refreshed")) {
                        Matcher ms = Pattern.compile("\"millis\":(\\d+)").matcher(event[1]);
                        refreshMillis = ms.find() ? Long.parseLong(ms.group(1)) : 0;
                    }
                }
                if (i < 2) {
                    continue; // two edits warm the JIT for the edit path; a user's first edits are these
                }
                cpuTicks += ticks(serve.toHandle()) - ticksBefore;
                plantUml.add(pumlDone / 1_000_000);
                both.add(Math.max(pumlDone, mmdDone) / 1_000_000);
                server.add(refreshMillis);
            }
            Files.writeString(file, original);
            System.out.printf(Locale.ROOT, "serve_edits %d%nserve_puml_median_ms %d%nserve_puml_max_ms %d%n"
                    + "serve_both_median_ms %d%nserve_both_max_ms %d%nserve_refresh_median_ms %d%nserve_cpu_per_edit_ms %d%n",
                    edits, median(plantUml), max(plantUml), median(both), max(both), median(server),
                    cpuTicks * 10 / edits);
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String[] take(BlockingQueue<String[]> events) throws InterruptedException {
        String[] event = events.poll(120, TimeUnit.SECONDS);
        if (event == null) {
            throw new IllegalStateException("no event from the preview within 120 s");
        }
        return event;
    }

    /**
     * CPU time (user + system, in clock ticks of 10 ms) of the preview and every process it started, the browser
     * included: what an edit costs whatever else the machine is doing, unlike the wall-clock latency.
     */
    private static long ticks(ProcessHandle root) {
        long sum = 0;
        for (ProcessHandle p : java.util.stream.Stream.concat(java.util.stream.Stream.of(root), root.descendants())
                .toList()) {
            try {
                String stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                sum += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException e) {
                // gone meanwhile
            }
        }
        return sum;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
