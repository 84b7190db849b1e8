package dev.plumbline.diagrams.generate;

import dev.plumbline.diagrams.lifecycle.WorkerMain;
import dev.plumbline.diagrams.files.AtomicFiles;
import com.structurizr.view.ImageView;
import com.structurizr.view.View;
import dev.plumbline.diagrams.docs.GeneratedBlocks;
import dev.plumbline.diagrams.export.ViewExporter;
import dev.plumbline.diagrams.render.DiagramProblem;
import dev.plumbline.diagrams.render.DiagramRenderer;
import dev.plumbline.diagrams.render.DiagramRequest;
import dev.plumbline.diagrams.render.ImageFormat;
import dev.plumbline.diagrams.render.RenderResult;
import dev.plumbline.model.Finding;
import dev.plumbline.model.ModelException;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.ViewKeys;
import dev.plumbline.model.Workspaces;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** One {@code generate} run: load and validate the workspaces, export every view, render what changed. */
final class Generation {

    /** A diagram source written for a view, to be rendered. */
    private record Source(ModelWorkspace workspace, View view, String format, String text, Path image) {
    }

    private final GenerateOptions options;
    private final Consumer<String> console;
    private final RendererFactory renderers;
    private final TreeMap<String, Path> outputs = new TreeMap<>();
    private int renders;
    private int cacheHits;
    private int failures;
    private boolean skippedSomething;
    private RendererStarts started;

    /** Opens the renderers a run needs; a seam so tests can count renders. */
    interface RendererFactory {
        /** What the PlantUML images depend on besides their source, known without starting anything. */
        String plantUmlIdentity(GenerateOptions options);

        /** What the Mermaid images depend on besides their source, known without starting anything. */
        String mermaidIdentity(GenerateOptions options);

        /**
         * A renderer for about {@code diagrams} renders ({@link Integer#MAX_VALUE} when not known yet);
         * {@code withMermaid}: the Mermaid browser renders at the same time and needs a core of its own.
         */
        DiagramRenderer plantUml(GenerateOptions options, int diagrams, boolean withMermaid);

        /** Empty, with a reason printed to the console, when Mermaid cannot render here. */
        Optional<DiagramRenderer> mermaid(GenerateOptions options, Consumer<String> console);
    }

    Generation(GenerateOptions options, Consumer<String> console, RendererFactory renderers) {
        this.options = Objects.requireNonNull(options, "options");
        this.console = Objects.requireNonNull(console, "console");
        this.renderers = Objects.requireNonNull(renderers, "renderers");
    }

    /** Runs; returns the process exit code: 0 done, 1 errors reported. */
    int run() throws IOException {
        long start = System.nanoTime();
        boolean firstRun = !Files.isRegularFile(options.out().resolve(".plumbline-state"));
        try (RendererStarts started = RendererStarts.begin(renderers, options, console, firstRun)) {
            List<ModelWorkspace> workspaces = load();
            if (workspaces == null || workspaces.isEmpty() && failures > 0) {
                return 1; // when no workspace loads, nothing is written: not even the lock or the state file
            }
            // nothing is written before the workspaces load, and nothing without the folder's lock
            try (BuildLock lock = BuildLock.output(options.out(), console)) {
                this.started = started;
                return write(workspaces, start);
            }
        }
    }

    private int write(List<ModelWorkspace> workspaces, long start) throws IOException {
        ViewKeys keys = new ViewKeys(workspaces);
        ImageViews images = new ImageViews(Path.of(""));
        List<Source> sources = new ArrayList<>();
        int views = 0;
        for (ModelWorkspace workspace : workspaces) {
            String folder = keys.name(workspace);
            List<View> wsViews = workspace.views();
            views += wsViews.size();
            console.accept("Plumbline: " + workspace.file() + ": " + wsViews.size() + " views");
            for (View view : wsViews) {
                Path base = options.out().resolve(folder);
                if (view instanceof ImageView image) {
                    imageView(workspace, image, images.of(workspace, image), base, sources);
                    continue;
                }
                Optional<String> reason = ViewExporter.notExported(view);
                if (reason.isPresent()) {
                    info(workspace, view, reason.get());
                    continue;
                }
                for (ViewExporter.Format format : ViewExporter.formatsFor(view)) {
                    String ext = format.extension();
                    if (!options.covers(ext)) {
                        continue;
                    }
                    String text;
                    try {
                        text = ViewExporter.export(workspace, view, format);
                    } catch (IllegalArgumentException e) {
                        failures++;
                        console.accept("[ERROR] " + workspace.where(view) + ": error: view \"" + view.getKey()
                                + "\": " + e.getMessage());
                        break;
                    }
                    addSource(new Source(workspace, view, ext, text, base.resolve(view.getKey() + "." + ext)), sources);
                }
            }
        }
        if (options.wants("svg")) {
            render(sources, "svg");
        }
        if (options.wants("png")) {
            render(sources.stream().filter(s -> s.format().equals("puml")).toList(), "png");
        }
        refreshDocs(workspaces);
        boolean complete = failures == 0 && !skippedSomething;
        if (complete) {
            removeStaleOutputs();
        }
        writeState(workspaces, complete);
        long millis = (System.nanoTime() - start) / 1_000_000;
        console.accept(String.format(java.util.Locale.ROOT,
                "Plumbline: %d workspaces, %d views, %d sources, %d rendered, %d from cache, %d failed in %.1f s",
                workspaces.size(), views, sources.size(), renders, cacheHits, failures, millis / 1000.0));
        return failures == 0 ? 0 : 1;
    }

    private void addSource(Source source, List<Source> sources) throws IOException {
        if (options.wants(source.format())) {
            write(source.image(), source.text().getBytes(StandardCharsets.UTF_8));
        }
        sources.add(source);
    }

    /** An image view: its own PlantUML/Mermaid source rendered like a view's, or its picture copied. */
    private void imageView(ModelWorkspace workspace, ImageView view, ImageViews.Outcome outcome, Path base,
                           List<Source> sources) throws IOException {
        switch (outcome) {
            case ImageViews.Diagram diagram ->
                    addSource(new Source(workspace, view, diagram.format(), diagram.text(),
                            base.resolve(view.getKey() + "." + diagram.format())), sources);
            // the picture is the view's output whatever formats are asked for: there is nothing else to give
            case ImageViews.Picture picture -> write(base.resolve(view.getKey() + "." + picture.extension()),
                    picture.bytes());
            case ImageViews.Reason reason -> info(workspace, view, reason.text());
        }
    }

    /** The one line a view that is not exported gets, so nothing is skipped silently. */
    private void info(ModelWorkspace workspace, View view, String reason) {
        console.accept("[INFO] " + workspace.where(view) + ": info: " + reason);
    }

    /**
     * Rewrites the generated diagram blocks of the docs in place, so they show the model as it is now. A doc whose
     * blocks cannot be rewritten safely, or that changes on disk meanwhile, is left exactly as it was.
     */
    private void refreshDocs(List<ModelWorkspace> workspaces) throws IOException {
        GeneratedBlocks blocks = new GeneratedBlocks(workspaces);
        for (Path root : options.docs()) {
            if (!Files.exists(root)) {
                // a default docs folder that does not exist yet is never passed; a configured one must exist
                console.accept("[ERROR] " + shown(root) + ":0: error: no such documentation file or folder "
                        + "(plumbline.docs)");
                failures++;
                continue;
            }
            List<Path> markdown;
            try (Stream<Path> walk = Files.walk(root)) {
                markdown = walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".md")).sorted().toList();
            }
            for (Path file : markdown) {
                refreshDoc(blocks, file);
            }
        }
    }

    private void refreshDoc(GeneratedBlocks blocks, Path file) throws IOException {
        try (BuildLock lock = BuildLock.doc(options.cache(), file, console)) {
            byte[] bytes = Files.readAllBytes(file);
            Optional<String> text = utf8(file, bytes);
            if (text.isEmpty()) {
                return;
            }
            GeneratedBlocks.Rewrite rewrite = blocks.rewrite(shown(file), text.get());
            if (!rewrite.refusal().isEmpty()) {
                rewrite.refusal().forEach(f -> console.accept("[ERROR] " + f));
                fail();
                return;
            }
            if (rewrite.text().isPresent() && !options.updateDocs()) {
                console.accept("[WARNING] " + shown(file) + ": generated diagram blocks are out of date and were "
                        + "not rewritten, as plumbline.updateDocs is false (the default when CI is set); "
                        + "plumbline:check fails on them");
            } else if (rewrite.text().isPresent()) {
                AtomicFiles.replace(file, Optional.of(bytes), rewrite.text().get().getBytes(StandardCharsets.UTF_8));
                console.accept("Plumbline: " + shown(file) + ": rewrote its generated diagram blocks");
            }
        } catch (AtomicFiles.ChangedOnDiskException e) {
            console.accept("[ERROR] " + shown(file) + ":1: error: the file changed on disk while Plumbline was "
                    + "rewriting it; it is left as the other writer made it (run generate again)");
            fail();
        }
    }

    /** The doc's text, or empty after reporting where it stops being UTF-8. */
    private Optional<String> utf8(Path file, byte[] bytes) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(in).toString();
            return Optional.of(text);
        } catch (java.nio.charset.CharacterCodingException e) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            console.accept("[ERROR] " + shown(file) + ":" + line + ": error: not valid UTF-8 text; Plumbline "
                    + "rewrites only UTF-8 docs, so this one is left as it is");
            fail();
            return Optional.empty();
        }
    }

    private synchronized void fail() {
        failures++;
    }

    private List<ModelWorkspace> load() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : options.workspaces()) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(p -> p.toString().endsWith(".dsl") && Files.isRegularFile(p)).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                console.accept("[ERROR] " + input + ":0: error: no such workspace file or folder");
                return null;
            }
        }
        if (files.isEmpty()) {
            console.accept("[ERROR] no .dsl workspaces in " + options.workspaces());
            return null;
        }
        // Each workspace stands alone: a broken one is reported and fails the build at the end, the others generate.
        List<ModelWorkspace> loaded = new ArrayList<>();
        for (Path file : files) {
            String stem = file.getFileName().toString().replaceFirst("\\.dsl$", "");
            if (stem.isBlank() || stem.startsWith(".")) {
                // the stem names the workspace's output folder: "..", "." or a hidden name would leave or hide it
                console.accept("[ERROR] " + shown(file) + ":1: error: the file name gives the output folder \"" + stem
                        + "\", which is empty or hidden or leaves the output folder; rename the file");
                failures++;
                continue;
            }
            ModelWorkspace workspace;
            try {
                workspace = Workspaces.load(shown(file));
            } catch (ModelException e) {
                e.findings().forEach(f -> console.accept(prefix(f) + f));
                failures++;
                continue;
            }
            List<Finding> findings = workspace.validate(options.rules());
            findings.forEach(f -> console.accept(prefix(f) + f));
            if (findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR)) {
                failures++;
                console.accept("[ERROR] " + workspace.file() + ": its views are not generated until the errors above "
                        + "are fixed");
            } else {
                loaded.add(workspace);
            }
        }
        return loaded;
    }

    private static String prefix(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> "[ERROR] ";
            case WARNING -> "[WARNING] ";
            case INFO -> "[INFO] ";
        };
    }

    /**
     * Images come from the cache where they can; a renderer starts only when something is left to render (or, on a
     * first run, while the workspaces load, and is closed unused if the cache had everything), and
     * PlantUML (child JVMs) and Mermaid (a browser) render at the same time, as they use different processes.
     */
    private void render(List<Source> sources, String imageFormat) throws IOException {
        RenderCache cache = new RenderCache(options.renderCache(), console);
        String plantUmlIdentity = renderers.plantUmlIdentity(options);
        String mermaidIdentity = renderers.mermaidIdentity(options);
        List<Source> plantUml = pending(cache, sources, "puml", plantUmlIdentity, imageFormat);
        List<Source> mermaid = imageFormat.equals("svg")
                ? pending(cache, sources, "mmd", mermaidIdentity, imageFormat) : List.of();
        if (plantUml.isEmpty()) {
            started.closePlantUml();
        }
        if (mermaid.isEmpty()) {
            started.closeMermaid();
        }
        CompletableFuture<Void> mermaidRun = mermaid.isEmpty() ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> renderMermaid(cache, mermaidIdentity, mermaid, imageFormat));
        try {
            if (!plantUml.isEmpty()) {
                try (DiagramRenderer renderer = started.plantUml(plantUml.size(), !mermaid.isEmpty())) {
                    render(renderer, cache, plantUmlIdentity, plantUml, imageFormat);
                } catch (RuntimeException e) {
                    rendererDied("PlantUML", plantUml, e);
                }
            }
        } finally {
            try {
                mermaidRun.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw e;
            }
        }
    }

    private void renderMermaid(RenderCache cache, String identity, List<Source> mermaid, String imageFormat) {
        Optional<DiagramRenderer> renderer = started.mermaid();
        if (renderer.isEmpty()) {
            synchronized (this) {
                skippedSomething = true;
                if (options.failOnMissingRenderer()) {
                    failures++;
                }
            }
            return;
        }
        try (DiagramRenderer r = renderer.get()) {
            render(r, cache, identity, mermaid, imageFormat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            rendererDied("Mermaid", mermaid, e);
        }
    }

    /**
     * A renderer that died (at start-up or mid-run: a child JVM, Node or the browser killed or crashed) fails the
     * views of its batch (a batch is written only once all of it is rendered), each at its DSL line, with what is known of the death; never a stack trace.
     */
    private void rendererDied(String renderer, List<Source> sources, RuntimeException e) {
        String why = WorkerMain.describe(e);
        for (Source source : sources) {
            fail();
            console.accept("[ERROR] " + source.workspace().file() + ":" + source.workspace().line(source.view())
                    + ": error: view \"" + source.view().getKey() + "\" (" + source.format() + "): not rendered, the "
                    + renderer + " renderer stopped: " + why);
        }
    }

    /** Writes what the cache has; returns the sources of this format left to render. */
    private List<Source> pending(RenderCache cache, List<Source> sources, String format, String identity,
            String imageFormat) throws IOException {
        List<Source> pending = new ArrayList<>();
        for (Source source : sources) {
            if (!source.format().equals(format)) {
                continue;
            }
            Optional<byte[]> cached = cache.get(RenderCache.key(identity, imageFormat, source.text()), imageFormat);
            if (cached.isPresent()) {
                synchronized (this) {
                    cacheHits++;
                }
                write(imageOf(source, imageFormat), cached.get());
            } else {
                pending.add(source);
            }
        }
        return pending;
    }

    private void render(DiagramRenderer renderer, RenderCache cache, String identity, List<Source> pending,
            String imageFormat) throws IOException {
        ImageFormat format = imageFormat.equals("png") ? ImageFormat.PNG : ImageFormat.SVG;
        List<RenderResult> results = renderer.renderAll(pending.stream()
                .map(s -> new DiagramRequest(s.view().getKey(), s.text(), format)).toList());
        for (int i = 0; i < pending.size(); i++) {
            Source source = pending.get(i);
            String where = source.workspace().where(source.view());
            switch (results.get(i)) {
                case RenderResult.Failed failed -> {
                    synchronized (this) {
                        failures++;
                    }
                    DiagramProblem problem = failed.problem();
                    console.accept("[ERROR] " + where + ": error: view \"" + source.view().getKey() + "\" ("
                            + source.format() + (problem.line() > 0 ? " line " + problem.line() : "") + "): "
                            + problem.message());
                }
                case RenderResult.Rendered rendered -> {
                    rendered.warnings().forEach(w -> console.accept("[WARNING] " + where + ": warning: view \""
                            + source.view().getKey() + "\": " + w));
                    synchronized (this) {
                        renders++;
                    }
                    byte[] image = rendered.image();
                    cache.put(RenderCache.key(identity, imageFormat, source.text()), imageFormat, image);
                    write(imageOf(source, imageFormat), image);
                }
            }
        }
    }

    private static Path imageOf(Source source, String imageFormat) {
        return source.image().resolveSibling(source.image().getFileName() + "." + imageFormat);
    }

    private void write(Path file, byte[] content) throws IOException {
        AtomicFiles.write(file, content);
        synchronized (outputs) {
            outputs.put(options.out().relativize(file).toString().replace('\\', '/'), file);
        }
    }

    /**
     * Outputs of the last run that this run no longer produces (a view or a whole workspace was removed or renamed)
     * are deleted, and folders left empty with them.
     */
    private void removeStaleOutputs() throws IOException {
        Path out = options.out().toAbsolutePath().normalize();
        for (String relative : previousOutputs()) {
            Path old = out.resolve(relative).normalize();
            if (!outputs.containsKey(relative) && old.startsWith(out) && !old.equals(out)) {
                Files.deleteIfExists(old);
                for (Path folder = old.getParent(); folder != null && folder.startsWith(out) && !folder.equals(out);
                        folder = folder.getParent()) {
                    try (Stream<Path> left = Files.list(folder)) {
                        if (left.findAny().isPresent()) {
                            break;
                        }
                    }
                    Files.delete(folder);
                }
            }
        }
    }

    /** The outputs the state file of the last run lists. */
    private List<String> previousOutputs() throws IOException {
        Path state = options.out().resolve(".plumbline-state");
        if (!Files.isRegularFile(state)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(state, StandardCharsets.UTF_8);
        return lines.subList(Math.min(1, lines.size()), lines.size()).stream()
                .filter(line -> !line.startsWith("input ") && line.indexOf(' ') > 0)
                .map(line -> line.substring(line.indexOf(' ') + 1)).toList();
    }

    /**
     * Records what this run produced and read, for the Mojo's no-op check and the next run's stale-file cleanup.
     * An incomplete run (failures, a renderer missing) records no fingerprint, so the next run is never a no-op,
     * and keeps listing the last run's outputs it did not replace, so a later complete run can still prune them.
     */
    private void writeState(List<ModelWorkspace> workspaces, boolean complete) throws IOException {
        StringBuilder state = new StringBuilder(complete ? options.fingerprint().orElse("-") : "-").append('\n');
        TreeMap<String, Path> listed = new TreeMap<>(outputs);
        if (!complete) {
            for (String relative : previousOutputs()) {
                Path old = options.out().resolve(relative).normalize();
                if (old.startsWith(options.out().normalize()) && Files.isRegularFile(old)) {
                    listed.putIfAbsent(relative, old);
                }
            }
        }
        for (var entry : listed.entrySet()) {
            // sha:size:mtime, so the Mojo's no-op check can skip re-hashing thousands of untouched outputs
            BasicFileAttributes file = Files.readAttributes(entry.getValue(), BasicFileAttributes.class);
            state.append(sha256(Files.readAllBytes(entry.getValue()))).append(':').append(file.size()).append(':')
                    .append(file.lastModifiedTime().to(TimeUnit.NANOSECONDS)).append(' ').append(entry.getKey())
                    .append('\n');
        }
        java.util.TreeSet<Path> inputs = new java.util.TreeSet<>();
        workspaces.forEach(w -> inputs.addAll(w.inputs()));
        Set<Path> fingerprinted = fingerprinted();
        for (Path input : inputs) {
            if (Files.isRegularFile(input) && !fingerprinted.contains(input.toAbsolutePath().normalize())) {
                state.append("input ").append(sha256(Files.readAllBytes(input))).append(' ').append(input).append('\n');
            }
        }
        AtomicFiles.write(options.out().resolve(".plumbline-state"), state.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The files the Mojo's fingerprint already hashes, found as it finds them: the workspace and docs arguments, and
     * the regular files under those that are folders (not through linked folders). Listing one again would only
     * hash it twice in every no-op check, a large model's DSL included.
     */
    private Set<Path> fingerprinted() throws IOException {
        Set<Path> files = new java.util.HashSet<>();
        List<Path> roots = new ArrayList<>(options.workspaces());
        roots.addAll(options.docs());
        for (Path root : roots) {
            List<Path> found;
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    found = walk.filter(Files::isRegularFile).toList();
                }
            } else {
                found = Files.isRegularFile(root) ? List.of(root) : List.of();
            }
            for (Path file : found) {
                files.add(file.toAbsolutePath().normalize());
                files.add(file.toRealPath());
            }
        }
        return files;
    }

    /** A path as the user should see it in findings: relative to the working folder when inside it. */
    private static Path shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
