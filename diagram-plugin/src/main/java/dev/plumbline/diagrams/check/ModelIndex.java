package dev.plumbline.diagrams.check;

import dev.plumbline.model.Finding;
import com.structurizr.view.View;
import dev.plumbline.model.ModelException;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Rules;
import dev.plumbline.model.ViewKeys;
import dev.plumbline.model.Workspaces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The views of every workspace, found by key or by title. */
final class ModelIndex {

    /** A view and the workspace it belongs to. */
    record ViewRef(ModelWorkspace workspace, View view) {
        String key() {
            return view.getKey();
        }
    }

    private final List<ModelWorkspace> workspaces;
    private final ViewKeys keys;
    private final Map<String, ViewRef> byKey = new LinkedHashMap<>();
    private final Map<String, List<ViewRef>> byTitle = new LinkedHashMap<>();

    private ModelIndex(List<ModelWorkspace> workspaces) {
        this.workspaces = List.copyOf(workspaces);
        this.keys = new ViewKeys(workspaces);
        for (ModelWorkspace workspace : workspaces) {
            for (View view : workspace.views()) {
                ViewRef ref = new ViewRef(workspace, view);
                byKey.putIfAbsent(keys.name(workspace) + "/" + view.getKey(), ref);
                for (String name : List.of(Labels.title(view.getTitle()), Labels.title(view.getKey()))) {
                    if (!name.isEmpty()) {
                        List<ViewRef> refs = byTitle.computeIfAbsent(name, n -> new ArrayList<>());
                        if (!refs.contains(ref)) {
                            refs.add(ref);
                        }
                    }
                }
            }
        }
    }

    List<ModelWorkspace> workspaces() {
        return workspaces;
    }

    /** Loads the workspaces (files, or folders searched for {@code .dsl}); problems become issues. */
    static ModelIndex load(List<Path> inputs, Path base, Rules rules, List<Issue> issues) {
        List<ModelWorkspace> loaded = new ArrayList<>();
        for (Path input : inputs) {
            for (Path file : dslFiles(input, base, issues)) {
                try {
                    loaded.add(Workspaces.load(file));
                } catch (ModelException e) {
                    e.findings().forEach(f -> issues.add(issue(f, base)));
                }
            }
        }
        Workspaces.validate(loaded, rules).forEach(f -> issues.add(issue(f, base)));
        return new ModelIndex(loaded);
    }

    int views() {
        return byKey.size();
    }

    /** The view a marker names: by key where one workspace defines it, else as {@code workspace/key}. */
    Optional<ViewRef> key(String key) {
        return keys.find(key).map(t -> new ViewRef(t.workspace(), t.view()));
    }

    /** Every {@code workspace/key} with this key, to tell a writer of an ambiguous marker what to write. */
    List<String> qualified(String key) {
        return keys.qualified(key);
    }

    /** Views whose title or key equals {@code title} once both are normalised. */
    List<ViewRef> titled(String title) {
        return byTitle.getOrDefault(Labels.title(title), List.of());
    }

    private static List<Path> dslFiles(Path input, Path base, List<Issue> issues) {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        if (!Files.isDirectory(input)) {
            issues.add(new Issue(new Finding(DocsCheck.shown(input, base), 1, Finding.Severity.ERROR,
                    "no such workspace file or folder"), Rule.WORKSPACE, 0));
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(input)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".dsl") && Files.isRegularFile(p))
                    .sorted().toList();
            if (files.isEmpty()) {
                issues.add(new Issue(new Finding(DocsCheck.shown(input, base), 1, Finding.Severity.ERROR,
                        "folder holds no .dsl workspace"), Rule.WORKSPACE, 0));
            }
            return files;
        } catch (IOException | UncheckedIOException e) {
            issues.add(new Issue(new Finding(DocsCheck.shown(input, base), 1, Finding.Severity.ERROR,
                    "cannot list folder: " + e.getMessage()), Rule.WORKSPACE, 0));
            return List.of();
        }
    }

    private static Issue issue(Finding f, Path base) {
        return new Issue(new Finding(DocsCheck.shown(Path.of(f.file()), base), Math.max(1, f.line()), f.severity(),
                f.message().replace("\n", "\\n")), Rule.WORKSPACE, 0);
    }
}
