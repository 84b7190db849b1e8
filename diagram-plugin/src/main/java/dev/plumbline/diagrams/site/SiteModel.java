package dev.plumbline.diagrams.site;

import com.structurizr.model.Element;
import com.structurizr.model.Relationship;
import com.structurizr.view.DynamicView;
import com.structurizr.view.ElementView;
import com.structurizr.view.ModelView;
import com.structurizr.view.View;
import dev.plumbline.diagrams.export.ViewExporter;
import dev.plumbline.diagrams.site.safety.SafeMarkup;
import dev.plumbline.model.ModelWorkspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** What the pages are made of: every workspace, view and element, with its page, sources and sanitized SVGs. */
final class SiteModel {

    /** A workspace and the folder its views live in (the workspace file's name, as {@code generate} names it). */
    record Space(ModelWorkspace workspace, String folder) {
        String name() {
            return workspace.name() == null || workspace.name().isBlank() ? folder : workspace.name();
        }
    }

    /** A diagram of a view in one syntax: its source text and, if rendered, its sanitized SVG. */
    record Diagram(String syntax, String extension, String source, Optional<String> svg) {
    }

    /** A view with its page and diagrams. */
    record ViewPage(Space space, View view, String slug, List<Diagram> diagrams) {
        String url() {
            return "views/" + space.folder() + "/" + slug + ".html";
        }

        String title() {
            return view.getTitle() == null || view.getTitle().isBlank() ? view.getKey() : view.getTitle();
        }

        /** The elements the view shows, in the order the view lists them. */
        List<Element> elements() {
            if (view instanceof ModelView mv) {
                return mv.getElements().stream().map(ElementView::getElement)
                        .sorted(Comparator.comparing(Element::getName).thenComparing(Element::getId)).toList();
            }
            return List.of();
        }

        List<Relationship> relationships() {
            if (view instanceof ModelView mv && !(view instanceof DynamicView)) {
                return mv.getRelationships().stream().map(r -> r.getRelationship())
                        .sorted(Comparator.comparing((Relationship r) -> r.getSource().getName())
                                .thenComparing(r -> r.getDestination().getName())
                                .thenComparing(r -> String.valueOf(r.getDescription()))).toList();
            }
            return List.of();
        }

        Optional<Diagram> thumbnail() {
            return diagrams.stream().filter(d -> d.svg().isPresent()).findFirst();
        }
    }

    private final List<Space> spaces = new ArrayList<>();
    private final List<ViewPage> views = new ArrayList<>();
    private final Map<Element, Space> spaceOf = new HashMap<>();
    private final Map<Element, String> anchors = new HashMap<>();
    private final Map<Element, List<ViewPage>> viewsOf = new HashMap<>();

    SiteModel(List<ModelWorkspace> workspaces, Path diagrams, Consumer<String> warnings) throws IOException {
        Set<String> folders = new LinkedHashSet<>();
        for (ModelWorkspace workspace : workspaces) {
            String folder = folderOf(workspace);
            if (!folders.add(folder)) {
                folder = folder + "-" + folders.size();
                folders.add(folder);
            }
            Space space = new Space(workspace, folder);
            spaces.add(space);
            Set<String> used = new LinkedHashSet<>();
            for (Element element : workspace.structurizr().getModel().getElements()) {
                spaceOf.put(element, space);
                String id = workspace.identifier(element);
                String anchor = "el-" + Html.slug(id == null || id.isBlank() ? "id" + element.getId() : id);
                while (!used.add(anchor)) {
                    anchor = anchor + "_" + element.getId();
                }
                anchors.put(element, anchor);
            }
            Set<String> slugs = new LinkedHashSet<>();
            for (View view : workspace.views()) {
                String slug = Html.slug(view.getKey());
                while (!slugs.add(slug)) {
                    slug = slug + "_";
                }
                List<Diagram> list = new ArrayList<>();
                for (ViewExporter.Format format : ViewExporter.formatsFor(view)) {
                    String source = Exports.text(workspace, view, format);
                    String ext = format.extension();
                    list.add(new Diagram(format == ViewExporter.Format.PLANTUML ? "PlantUML" : "Mermaid", ext, source,
                            svg(diagrams.resolve(folder).resolve(view.getKey() + "." + ext), source, warnings)));
                }
                ViewPage page = new ViewPage(space, view, slug, List.copyOf(list));
                views.add(page);
                for (Element element : page.elements()) {
                    viewsOf.computeIfAbsent(element, e -> new ArrayList<>()).add(page);
                }
            }
        }
    }

    /**
     * The SVG {@code generate} rendered from exactly this source (it writes the source beside its image), sanitized;
     * empty when there is none, e.g. Mermaid on a machine without Node.js.
     */
    private static Optional<String> svg(Path source, String expected, Consumer<String> warnings) throws IOException {
        Path image = source.resolveSibling(source.getFileName() + ".svg");
        if (!Files.isRegularFile(image) || !Files.isRegularFile(source)
                || !Files.readString(source, StandardCharsets.UTF_8).equals(expected)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SafeMarkup.svg(Files.readString(image, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            warnings.accept(image + ": not an SVG image, left out of the site: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Whether every diagram has its current image; the report renders the missing ones before it writes. */
    static boolean imagesCurrent(List<ModelWorkspace> workspaces, Path diagrams) throws IOException {
        for (ModelWorkspace workspace : workspaces) {
            String folder = folderOf(workspace);
            for (View view : workspace.views()) {
                for (ViewExporter.Format format : ViewExporter.formatsFor(view)) {
                    Path source = diagrams.resolve(folder).resolve(view.getKey() + "." + format.extension());
                    if (!Files.isRegularFile(source.resolveSibling(source.getFileName() + ".svg"))
                            || !Files.readString(source, StandardCharsets.UTF_8)
                            .equals(Exports.text(workspace, view, format))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The workspace file's name without {@code .dsl}: the folder {@code generate} writes its views to. */
    static String folderOf(ModelWorkspace workspace) {
        String file = Path.of(workspace.file()).getFileName().toString();
        return file.endsWith(".dsl") ? file.substring(0, file.length() - 4) : file;
    }

    List<Space> spaces() {
        return spaces;
    }

    List<ViewPage> views() {
        return views;
    }

    List<ViewPage> views(Space space) {
        return views.stream().filter(v -> v.space() == space).toList();
    }

    Optional<ViewPage> view(String key) {
        return views.stream().filter(v -> v.view().getKey().equals(key)).findFirst();
    }

    /** Every element of a workspace, people and systems first, each kind by name. */
    List<Element> elements(Space space) {
        return space.workspace().structurizr().getModel().getElements().stream()
                .sorted(Comparator.comparing(SiteModel::kindOrder).thenComparing(Element::getCanonicalName))
                .toList();
    }

    /** The element's entry in the catalogue, relative to the site root. */
    String elementUrl(Element element) {
        return "elements/" + spaceOf.get(element).folder() + ".html#" + anchors.get(element);
    }

    String anchor(Element element) {
        return anchors.get(element);
    }

    List<ViewPage> viewsOf(Element element) {
        return viewsOf.getOrDefault(element, List.of());
    }

    static String kind(Element element) {
        return switch (element.getClass().getSimpleName()) {
            case "SoftwareSystem" -> "Software system";
            case "DeploymentNode" -> "Deployment node";
            case "InfrastructureNode" -> "Infrastructure node";
            case "SoftwareSystemInstance" -> "Software system instance";
            case "ContainerInstance" -> "Container instance";
            case "CustomElement" -> "Element";
            default -> element.getClass().getSimpleName();
        };
    }

    private static final List<String> KIND_ORDER = List.of("Person", "SoftwareSystem", "Container", "Component",
            "CustomElement", "DeploymentNode", "InfrastructureNode", "SoftwareSystemInstance", "ContainerInstance");

    private static int kindOrder(Element element) {
        int index = KIND_ORDER.indexOf(element.getClass().getSimpleName());
        return index < 0 ? KIND_ORDER.size() : index;
    }
}
