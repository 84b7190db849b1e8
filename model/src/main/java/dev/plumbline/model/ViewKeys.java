package dev.plumbline.model;

import com.structurizr.view.View;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * View keys across several workspaces. A key is unique only within its workspace, so each workspace has a short name
 * (its file name without {@code .dsl}; where two share one, the folders above it until they differ, e.g.
 * {@code big-bank-plc/workspace}) that is both its output folder and the qualifier the docs may write:
 * {@code shop/SystemContext-001}. An unqualified key that several workspaces define names none of them.
 */
public final class ViewKeys {

    /** A view and the workspace it is in. */
    public record Target(ModelWorkspace workspace, View view) {
        public Target {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(view, "view");
        }
    }

    private final Map<ModelWorkspace, String> names = new IdentityHashMap<>();
    private final Map<String, ModelWorkspace> byName = new LinkedHashMap<>();

    public ViewKeys(List<ModelWorkspace> workspaces) {
        List<ModelWorkspace> all = List.copyOf(workspaces);
        for (ModelWorkspace workspace : all) {
            String name = shortName(workspace, all);
            names.put(workspace, name);
            byName.putIfAbsent(name, workspace);
        }
    }

    /** The workspace's short name: its output folder and its qualifier in docs markers. */
    public String name(ModelWorkspace workspace) {
        return Objects.requireNonNull(names.get(workspace), "not one of these workspaces");
    }

    /** The view a marker names: {@code key} when one workspace defines it, or {@code workspace/key}. */
    public Optional<Target> find(String written) {
        int slash = written.lastIndexOf('/');
        if (slash > 0) {
            ModelWorkspace workspace = byName.get(written.substring(0, slash));
            if (workspace != null) {
                return workspace.view(written.substring(slash + 1)).map(v -> new Target(workspace, v));
            }
        }
        List<Target> all = all(written);
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    /** The qualified keys of every workspace's view with this (unqualified) key, for a message about ambiguity. */
    public List<String> qualified(String key) {
        return all(key).stream().map(t -> name(t.workspace()) + "/" + key).toList();
    }

    private List<Target> all(String key) {
        List<Target> found = new ArrayList<>();
        for (ModelWorkspace workspace : byName.values()) {
            workspace.view(key).ifPresent(v -> found.add(new Target(workspace, v)));
        }
        return found;
    }

    private static String shortName(ModelWorkspace workspace, List<ModelWorkspace> all) {
        for (int up = 0; ; up++) {
            String name = suffix(workspace, up);
            boolean clash = false;
            for (ModelWorkspace other : all) {
                clash |= other != workspace && suffix(other, up).equals(name);
            }
            if (!clash || name.equals(suffix(workspace, up + 1))) {
                return name;
            }
        }
    }

    /** The file's stem with {@code up} folders above it: {@code big-bank-plc/workspace} for up = 1. */
    private static String suffix(ModelWorkspace workspace, int up) {
        Path file = Path.of(workspace.file()).normalize();
        String stem = file.getFileName().toString();
        stem = stem.endsWith(".dsl") ? stem.substring(0, stem.length() - 4) : stem;
        List<String> parts = new ArrayList<>(List.of(stem));
        Path dir = file.getParent();
        for (int i = 0; i < up && dir != null && dir.getFileName() != null; i++, dir = dir.getParent()) {
            parts.add(0, dir.getFileName().toString());
        }
        return String.join("/", parts);
    }
}
