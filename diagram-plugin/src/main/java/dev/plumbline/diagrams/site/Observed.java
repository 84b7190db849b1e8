package dev.plumbline.diagrams.site;

import com.structurizr.view.DynamicView;
import com.structurizr.view.View;
import dev.plumbline.model.ModelException;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Step;
import dev.plumbline.model.Workspaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Dynamic views recorded at run time ("as observed"): Structurizr DSL workspaces whose dynamic views carry the key
 * of the modelled view they were recorded for. Where one exists, the view's page shows both step lists side by side.
 */
final class Observed {

    private final Map<String, List<Step>> steps;

    private Observed(Map<String, List<Step>> steps) {
        this.steps = steps;
    }

    Optional<List<Step>> steps(String viewKey) {
        return Optional.ofNullable(steps.get(viewKey));
    }

    static Observed read(Path folder, Consumer<String> warnings) throws IOException {
        Map<String, List<Step>> steps = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return new Observed(steps);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".dsl")).sorted().toList();
        }
        for (Path file : files) {
            try {
                ModelWorkspace workspace = Workspaces.load(file);
                for (View view : workspace.views()) {
                    if (view instanceof DynamicView dynamic) {
                        steps.putIfAbsent(view.getKey(), workspace.sequence(dynamic).steps());
                    }
                }
            } catch (ModelException e) {
                warnings.accept(file + ": recorded views not shown: "
                        + e.findings().stream().map(Object::toString).findFirst().orElse(e.getMessage()));
            }
        }
        return new Observed(steps);
    }
}
