package dev.plumbline.diagrams;

import com.structurizr.view.View;
import dev.plumbline.diagrams.docs.GeneratedBlocks;
import dev.plumbline.diagrams.export.ViewExporter;
import dev.plumbline.model.Finding;
import dev.plumbline.model.ModelException;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Workspaces;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

    /** Opens the renderers a run needs; a seam so tests can count renders. */
    interface RendererFactory {
        /** What the PlantUML images depend on besides their source, known without starting anything. */
        String plantUmlIdentity(GenerateOptions options);

        /** What the Mermaid images depend on besides their source, known without starting anything. */
        String mermaidIdentity(GenerateOptions options);

        ImageRenderer plantUml(GenerateOptions options, String imageFormat);

        /** Empty, with a reason printed to the console, when Mermaid cannot render here. */
        Optional<ImageRenderer> mermaid(GenerateOptions options, Consumer<String> console);
    }

    Generation(GenerateOptions options, Consumer<String> console, RendererFactory renderers) {
        this.options = Objects.requireNonNull(options, "options");
        this.console = Objects.requireNonNull(console, "console");
        this.renderers = Objects.requireNonNull(renderers, "renderers");
    }

    /** Runs; returns the process exit code: 0 done, 1 errors reported. */
    int run() throws IOException {
        long start = System.nanoTime();
        List<ModelWorkspace> workspaces = load();
        if (workspaces == null) {
            return 1;
        }
        List<Source> sources = new ArrayList<>();
        int views = 0;
        for (ModelWorkspace workspace : workspaces) {
            String folder = folderOf(workspace);
            List<View> wsViews = workspace.views();
            views += wsViews.size();
            console.accept("Plumbline: " + workspace.file() + ": " + wsViews.size() + " views");
            for (View view : wsViews) {
                for (ViewExporter.Format format : ViewExporter.formatsFor(view)) {
                    String ext = format.extension();
                    if (!options.covers(ext)) {
                        continue;
                    }
                    String text = ViewExporter.export(workspace, view, format);
                    Path file = options.out().resolve(folder).resolve(view.getKey() + "." + ext);
                    if (options.wants(ext)) {
                        write(file, text.getBytes(StandardCharsets.UTF_8));
                    }
                    sources.add(new Source(workspace, view, ext, text, file));
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
        removeStaleOutputs();
        if (failures == 0 && !skippedSomething) {
            writeState();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        console.accept(String.format(java.util.Locale.ROOT,
                "Plumbline: %d workspaces, %d views, %d sources, %d rendered, %d from cache, %d failed in %.1f s",
                workspaces.size(), views, sources.size(), renders, cacheHits, failures, millis / 1000.0));
        return failures == 0 ? 0 : 1;
    }

    /** Rewrites the generated diagram blocks of the docs in place, so they show the model as it is now. */
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
                Optional<String> refreshed = blocks.refreshed(file, Files.readString(file, StandardCharsets.UTF_8));
                if (refreshed.isPresent() && options.updateDocs()) {
                    AtomicFiles.write(file, refreshed.get().getBytes(StandardCharsets.UTF_8));
                    console.accept("Plumbline: " + shown(file) + ": rewrote its generated diagram blocks");
                } else if (refreshed.isPresent()) {
                    console.accept("[WARNING] " + shown(file) + ": generated diagram blocks are out of date and were "
                            + "not rewritten, as plumbline.updateDocs is false (the default when CI is set); "
                            + "plumbline:check fails on them");
                }
            }
        }
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
        List<ModelWorkspace> loaded = new ArrayList<>();
        boolean broken = false;
        for (Path file : files) {
            try {
                loaded.add(Workspaces.load(shown(file)));
            } catch (ModelException e) {
                e.findings().forEach(f -> console.accept("[ERROR] " + f));
                broken = true;
            }
        }
        if (broken) {
            return null;
        }
        List<Finding> findings = Workspaces.validate(loaded);
        findings.forEach(f -> console.accept((f.severity() == Finding.Severity.ERROR ? "[ERROR] " : "[WARNING] ") + f));
        return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR) ? null : loaded;
    }

    /**
     * Images come from the cache where they can; a renderer starts only when something is left to render, and
     * PlantUML (child JVMs) and Mermaid (a browser) render at the same time, as they use different processes.
     */
    private void render(List<Source> sources, String imageFormat) throws IOException {
        RenderCache cache = new RenderCache(options.renderCache());
        String plantUmlIdentity = renderers.plantUmlIdentity(options);
        String mermaidIdentity = renderers.mermaidIdentity(options);
        List<Source> plantUml = pending(cache, sources, "puml", plantUmlIdentity, imageFormat);
        List<Source> mermaid = imageFormat.equals("svg")
                ? pending(cache, sources, "mmd", mermaidIdentity, imageFormat) : List.of();
        CompletableFuture<Void> mermaidRun = mermaid.isEmpty() ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> renderMermaid(cache, mermaidIdentity, mermaid, imageFormat));
        try {
            if (!plantUml.isEmpty()) {
                try (ImageRenderer renderer = renderers.plantUml(options, imageFormat)) {
                    render(renderer, cache, plantUmlIdentity, plantUml, imageFormat);
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
        Optional<ImageRenderer> renderer = renderers.mermaid(options, console);
        if (renderer.isEmpty()) {
            synchronized (this) {
                skippedSomething = true;
                if (options.failOnMissingRenderer()) {
                    failures++;
                }
            }
            return;
        }
        try (ImageRenderer r = renderer.get()) {
            render(r, cache, identity, mermaid, imageFormat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private void render(ImageRenderer renderer, RenderCache cache, String identity, List<Source> pending,
            String imageFormat) throws IOException {
        List<ImageRenderer.Outcome> outcomes = renderer.render(pending.stream()
                .map(s -> new ImageRenderer.Job(s.view().getKey(), s.text())).toList());
        for (int i = 0; i < pending.size(); i++) {
            Source source = pending.get(i);
            ImageRenderer.Outcome outcome = outcomes.get(i);
            String where = source.workspace().file() + ":" + source.workspace().line(source.view());
            outcome.warnings().forEach(w -> console.accept("[WARNING] " + where + ": warning: view \""
                    + source.view().getKey() + "\": " + w));
            if (outcome.failed()) {
                synchronized (this) {
                    failures++;
                }
                console.accept("[ERROR] " + where + ": error: view \"" + source.view().getKey() + "\" ("
                        + source.format() + (outcome.line() > 0 ? " line " + outcome.line() : "") + "): "
                        + outcome.problem());
                continue;
            }
            synchronized (this) {
                renders++;
            }
            cache.put(RenderCache.key(identity, imageFormat, source.text()), imageFormat, outcome.image());
            write(imageOf(source, imageFormat), outcome.image());
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

    /** Outputs of the last run that this run no longer produces (a view was removed or renamed) are deleted. */
    private void removeStaleOutputs() throws IOException {
        Path state = options.out().resolve(".plumbline-state");
        if (!Files.isRegularFile(state)) {
            return;
        }
        List<String> lines = Files.readAllLines(state, StandardCharsets.UTF_8);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String relative = line.substring(line.indexOf(' ') + 1);
            Path old = options.out().resolve(relative).normalize();
            if (!outputs.containsKey(relative) && old.startsWith(options.out().normalize())) {
                Files.deleteIfExists(old);
            }
        }
    }

    /** Records what this run produced, for the Mojo's no-op check and the next run's stale-file cleanup. */
    private void writeState() throws IOException {
        StringBuilder state = new StringBuilder(options.fingerprint().orElse("-")).append('\n');
        for (var entry : outputs.entrySet()) {
            state.append(sha256(Files.readAllBytes(entry.getValue()))).append(' ').append(entry.getKey()).append('\n');
        }
        AtomicFiles.write(options.out().resolve(".plumbline-state"), state.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A path as the user should see it in findings: relative to the working folder when inside it. */
    private static Path shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    }

    /** The workspace file's name without {@code .dsl}: one output folder per workspace. */
    private static String folderOf(ModelWorkspace workspace) {
        String name = Path.of(workspace.file()).getFileName().toString();
        return name.endsWith(".dsl") ? name.substring(0, name.length() - 4) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
