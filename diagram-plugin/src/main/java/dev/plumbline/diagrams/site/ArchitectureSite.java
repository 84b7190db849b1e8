package dev.plumbline.diagrams.site;

import dev.plumbline.diagrams.site.changes.ArchitectureChanges;
import dev.plumbline.model.ModelWorkspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The architecture site: a landing page, a page per view, the element catalogue, the docs, the drift and
 * conformance reports, the changes since a revision, and search, as static files that work from {@code file://}
 * with nothing fetched. Everything from users (DSL text, Markdown, SVG labels) is escaped or sanitized.
 */
public final class ArchitectureSite {

    /**
     * What the site is made from.
     *
     * @param workspaces  the loaded workspaces
     * @param diagrams    where {@code generate} wrote the views' sources and SVGs
     * @param docs        Markdown files or folders
     * @param base        the project folder, to show paths relative to it
     * @param checkReports where {@code check} wrote its reports
     * @param conformance where the {@code conformance} goal wrote its reports
     * @param observed    where dynamic views recorded at run time ("as observed") are, as DSL workspaces
     * @param changes     the changes since a revision
     * @param out         the site folder; replaced as a whole
     */
    public record Options(List<ModelWorkspace> workspaces, Path diagrams, List<Path> docs, Path base,
                          Path checkReports, Path conformance, Path observed, ArchitectureChanges.Report changes,
                          Path out) {
        public Options {
            workspaces = List.copyOf(workspaces);
            Objects.requireNonNull(diagrams, "diagrams");
            docs = List.copyOf(docs);
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(checkReports, "checkReports");
            Objects.requireNonNull(conformance, "conformance");
            Objects.requireNonNull(observed, "observed");
            Objects.requireNonNull(changes, "changes");
            Objects.requireNonNull(out, "out");
        }
    }

    private static final List<String> ASSETS = List.of("site.css", "site.js");

    private ArchitectureSite() {
    }

    /** Whether {@code generate}'s folder holds a current SVG for every view, so the site needs no render. */
    public static boolean imagesCurrent(List<ModelWorkspace> workspaces, Path diagrams) throws IOException {
        return SiteModel.imagesCurrent(workspaces, diagrams);
    }

    /**
     * Writes the site; returns the number of pages. Warnings (an image that is not SVG, a document that cannot be
     * read) go to {@code warnings}, and the site is written without what they name.
     */
    public static int write(Options options, Consumer<String> warnings) throws IOException {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(warnings, "warnings");
        SiteModel model = new SiteModel(options.workspaces(), options.diagrams(), warnings);
        Map<String, byte[]> files = new TreeMap<>();
        SearchIndex search = new SearchIndex();
        Findings drift = Findings.read(options.checkReports(), options.base());
        Findings conformance = Findings.read(options.conformance(), options.base());
        Observed observed = Observed.read(options.observed(), warnings);
        DocPages docs = new DocPages(model, options.docs(), options.workspaces(), options.base(), warnings);
        new ViewPages(model, options.changes(), observed, options.base()).write(files, search);
        new CataloguePages(model).write(files, search);
        docs.write(files, search);
        new LandingPage(model, drift, conformance, options.changes(), docs).write(files);
        FindingsPage.write(files, "drift.html", "Docs drift", "the drift check (plumbline:check)", drift, docs);
        FindingsPage.write(files, "conformance.html", "Code conformance",
                "the code-conformance rules (plumbline:conformance)", conformance, docs);
        ChangesPage.write(files, model, options.changes());
        search.write(files);
        for (String asset : ASSETS) {
            try (InputStream in = ArchitectureSite.class.getResourceAsStream("assets/" + asset)) {
                files.put("assets/" + asset, Objects.requireNonNull(in, asset).readAllBytes());
            }
        }
        replace(options.out(), files);
        return (int) files.keySet().stream().filter(f -> f.endsWith(".html")).count();
    }

    /** Writes the files into a fresh folder beside {@code out} and swaps it in, so no half-written site remains. */
    private static void replace(Path out, Map<String, byte[]> files) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + out.getFileName() + "-");
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = staging.resolve(file.getKey()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("refusing to write outside the site: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            if (Files.exists(out)) {
                Path old = Files.createTempDirectory(parent, "." + out.getFileName() + "-old-");
                Files.move(out, old.resolve("site"), StandardCopyOption.ATOMIC_MOVE);
                Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
                delete(old);
            } else {
                Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            if (Files.exists(staging)) {
                delete(staging);
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
