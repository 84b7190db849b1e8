import dev.plumbline.diagrams.render.DiagramRequest;
import dev.plumbline.diagrams.render.ImageFormat;
import dev.plumbline.diagrams.render.RenderResult;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer;
import dev.plumbline.diagrams.render.plantuml.PlantUmlOptions;
import dev.plumbline.diagrams.render.plantuml.PlantUmlRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs one of the plugin's renderers, configured as {@code generate} configures it, over ready-made diagram files and
 * writes {@code <name>.svg} next to nothing else: the plugin's render phase alone, without loading or exporting a model,
 * so it can be set against the peer CLIs on exactly the same input. Used by {@code bench/run.sh}; not part of the build.
 *
 * <pre>
 * java -cp &lt;plugin classpath&gt;:bench/work/classes RenderPhase plantuml &lt;out&gt; &lt;file.puml&gt;...
 * java -cp &lt;plugin classpath&gt;:bench/work/classes RenderPhase mermaid &lt;out&gt; &lt;mermaid-cli dir&gt; &lt;browser&gt; &lt;file.mmd&gt;...
 * </pre>
 *
 * Prints {@code start_ms=<pool or browser start> render_ms=<all renders> rendered=<n> failed=<n>}; exit 1 if any failed.
 * {@code -Dbench.pool=<n>} changes the PlantUML pool size (generate starts a worker JVM per 250 diagrams, at most one per
 * core, less the Mermaid browser's core when it renders at the same time). {@code -Dbench.rounds=<n>} renders
 * the files n times in the same renderer and prints {@code warm_ms=<last round>}: the cost once the workers are warm.
 * {@code -Dbench.pages=<n>} changes the number of Mermaid pages (generate uses one per CPU, 1 to 4);
 * {@code -Dbench.warm=true} renders the Mermaid files a second time on the warm pages and prints
 * {@code warm_render_ms=<ms> warm_ms_per_diagram=<ms> warm_cpu_ms=<node + browser CPU> differ=<n>} (n: results whose
 * bytes differ from the first round's; they count as failures). Mermaid also prints
 * {@code pages=<n> node_and_browser_cpu_ms=<ms>}: CPU that /usr/bin/time cannot see, and before it
 * {@code start_cpu_ms=<ms>}, the part of it spent starting Node and the browser (so a cold round's own CPU is the
 * difference). {@code -Dbench.threads=true} then prints {@code thread <name> cpu_ms=<ms>} lines after the cold round:
 * the same CPU by thread name (Linux thread names, trailing digits dropped), e.g. a renderer's main thread against
 * Chromium's worker pool, where V8's optimising compilers and GC run.
 */
final class RenderPhase {

    // generate's defaults: --timeout 20, and Mermaid waits at least 30 s (DefaultRenderers).
    private static final Duration PLANTUML_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration MERMAID_TIMEOUT = Duration.ofSeconds(30);

    private RenderPhase() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: RenderPhase plantuml <out> <file>... | mermaid <out> <cli dir> <browser> <file>...");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[1]));
        boolean plantUml = args[0].equals("plantuml");
        List<Path> files = new ArrayList<>();
        for (int i = plantUml ? 2 : 4; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        int failed = plantUml ? plantUml(out, files) : mermaid(out, Path.of(args[2]), Path.of(args[3]), files);
        System.exit(failed == 0 ? 0 : 1);
    }

    private static int plantUml(Path out, List<Path> files) throws IOException {
        // as generate's DefaultRenderers with nothing else rendering; worker JVMs share a class-data archive
        // DefaultRenderers.poolSize with nothing else rendering: a worker per 250 diagrams, at most one per core
        int pool = Integer.getInteger("bench.pool",
                Math.min(Runtime.getRuntime().availableProcessors(), 1 + files.size() / 250));
        java.nio.file.Path archive = java.nio.file.Path.of(System.getProperty("user.home"), ".cache", "plumbline", "cds",
                "plantuml-worker-jdk" + Runtime.version().feature() + "-"
                        + Integer.toHexString(System.getProperty("java.class.path").hashCode()) + ".jsa");
        long t0 = System.nanoTime();
        try (PlantUmlRenderer renderer = PlantUmlRenderer.start(PlantUmlOptions.builder(commonParent(files))
                .poolSize(pool).timeout(PLANTUML_TIMEOUT)
                .workerJvmArgs(java.util.List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive,
                        "-Xlog:cds*=off"))
                .build())) {
            long t1 = System.nanoTime();
            List<DiagramRequest> requests = new ArrayList<>();
            for (Path file : files) {
                requests.add(new DiagramRequest(stem(file), Files.readString(file), ImageFormat.SVG));
            }
            int failed = written(out, renderer.renderAll(requests));
            report(t0, t1, System.nanoTime(), files.size() - failed, failed);
            int rounds = Integer.getInteger("bench.rounds", 1);
            long last = 0;
            for (int round = 1; round < rounds; round++) {
                long r0 = System.nanoTime();
                renderer.renderAll(requests);
                last = System.nanoTime() - r0;
            }
            if (rounds > 1) {
                System.out.printf(Locale.ROOT, "warm_ms=%d%n", last / 1_000_000);
            }
            return failed;
        }
    }

    /** Writes each image to {@code out}; returns how many diagrams failed, each printed with its problem. */
    private static int written(Path out, List<RenderResult> results) throws IOException {
        int failed = 0;
        for (RenderResult result : results) {
            switch (result) {
                case RenderResult.Rendered done -> Files.write(out.resolve(done.name() + ".svg"), done.image());
                case RenderResult.Failed f -> {
                    failed++;
                    System.err.println(f.name() + ": " + f.problem().message());
                }
            }
        }
        return failed;
    }

    private static int mermaid(Path out, Path cli, Path browser, List<Path> files) throws Exception {
        MermaidRenderer.Options defaults = MermaidRenderer.Options.defaults();
        int pages = Integer.getInteger("bench.pages", defaults.pages());
        long t0 = System.nanoTime();
        try (MermaidRenderer renderer = MermaidRenderer.start(defaults.withPages(pages)
                .withMermaidCliDirectory(cli).withBrowserExecutable(browser).withTimeout(MERMAID_TIMEOUT)
                .withCacheDirectory(out.resolve(".tools")))) {
            System.out.printf(Locale.ROOT, "start_cpu_ms=%d%n", liveDescendantsCpuMillis());
            long t1 = System.nanoTime();
            List<DiagramRequest> sources = new ArrayList<>();
            for (Path file : files) {
                sources.add(DiagramRequest.svg(stem(file), Files.readString(file)));
            }
            List<RenderResult> first = renderer.renderAll(sources);
            int failed = written(out, first);
            report(t0, t1, System.nanoTime(), files.size() - failed, failed);
            // /usr/bin/time never sees the browser (it is not reaped into this process tree): read it while it lives.
            long coldCpu = liveDescendantsCpuMillis();
            System.out.printf(Locale.ROOT, "pages=%d node_and_browser_cpu_ms=%d%n", pages, coldCpu);
            if (Boolean.getBoolean("bench.threads")) {
                threadCpuMillis().forEach((name, ms) -> System.out.printf(Locale.ROOT, "thread %s cpu_ms=%d%n", name, ms));
            }
            if (Boolean.getBoolean("bench.warm")) {
                // The same files again on the now warm pages: the per-diagram cost once warm, and the same bytes.
                long w0 = System.nanoTime();
                List<RenderResult> again = renderer.renderAll(sources);
                long warmMs = (System.nanoTime() - w0) / 1_000_000;
                long differ = java.util.stream.IntStream.range(0, first.size())
                        .filter(i -> !first.get(i).equals(again.get(i))).count();
                failed += (int) differ;
                System.out.printf(Locale.ROOT, "warm_render_ms=%d warm_ms_per_diagram=%.0f warm_cpu_ms=%d differ=%d%n",
                        warmMs, (double) warmMs / sources.size(), liveDescendantsCpuMillis() - coldCpu, differ);
            }
            return failed;
        }
    }

    /** CPU of the live descendants' threads, summed by thread name, from /proc (Linux only; 100 ticks a second). */
    private static java.util.Map<String, Long> threadCpuMillis() {
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        ProcessHandle.current().descendants().forEach(process -> {
            try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
                tasks.forEach(task -> {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        int close = stat.lastIndexOf(')');
                        String name = stat.substring(stat.indexOf('(') + 1, close).replaceAll("[0-9]+$", "").strip();
                        String[] fields = stat.substring(close + 2).split(" ");
                        // fields 14 and 15 of stat (utime, stime) are 11 and 12 after the name
                        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        byName.merge(name.replace(' ', '_'), ticks * 10, Long::sum);
                    } catch (IOException | RuntimeException gone) {
                        // the thread ended while being read
                    }
                });
            } catch (IOException | RuntimeException gone) {
                // the process ended while being read
            }
        });
        return byName;
    }

    private static long liveDescendantsCpuMillis() {
        return ProcessHandle.current().descendants()
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L)).sum();
    }

    private static void report(long t0, long t1, long t2, int rendered, int failed) {
        System.out.printf(Locale.ROOT, "start_ms=%d render_ms=%d rendered=%d failed=%d%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, rendered, failed);
    }

    private static Path commonParent(List<Path> files) {
        Path common = files.get(0).toAbsolutePath().getParent();
        for (Path file : files) {
            while (!file.toAbsolutePath().startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
