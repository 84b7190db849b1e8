package dev.plumbline.diagrams.site;

import com.structurizr.model.Element;
import com.structurizr.model.Relationship;
import com.structurizr.view.DynamicView;
import com.structurizr.view.View;
import dev.plumbline.diagrams.site.SiteModel.Diagram;
import dev.plumbline.diagrams.site.SiteModel.ViewPage;
import dev.plumbline.diagrams.site.changes.ArchitectureChanges;
import dev.plumbline.model.Step;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A page per view: its diagrams (PlantUML and Mermaid, switchable without script), elements, steps and sources. */
final class ViewPages {

    private static final String ROOT = "../../";

    private final SiteModel model;
    private final ArchitectureChanges.Report changes;
    private final Observed observed;
    private final Path base;

    ViewPages(SiteModel model, ArchitectureChanges.Report changes, Observed observed, Path base) {
        this.model = model;
        this.changes = changes;
        this.observed = observed;
        this.base = base;
    }

    void write(Map<String, byte[]> files, SearchIndex search) {
        for (ViewPage page : model.views()) {
            String folder = "views/" + page.space().folder() + "/";
            for (Diagram diagram : page.diagrams()) {
                files.put(folder + page.slug() + "." + diagram.extension(), diagram.source().getBytes(StandardCharsets.UTF_8));
                diagram.svg().ifPresent(svg -> files.put(folder + page.slug() + "." + diagram.extension() + ".svg",
                        svg.getBytes(StandardCharsets.UTF_8)));
            }
            files.put(page.url(), Layout.page(ROOT, page.title(), body(page)).getBytes(StandardCharsets.UTF_8));
            search.add(page.title(), "view", page.url(), page.view().getKey() + " " + page.space().name() + " "
                    + java.util.Objects.toString(page.view().getDescription(), ""));
        }
    }

    private String body(ViewPage page) {
        View view = page.view();
        StringBuilder out = new StringBuilder();
        out.append("<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><a href=\"").append(ROOT).append("index.html\">")
                .append("Overview</a> › <a href=\"").append(ROOT).append("index.html#ws-").append(page.space().folder())
                .append("\">").append(Html.text(page.space().name())).append("</a></nav>\n");
        out.append("<h1>").append(Html.text(page.title())).append("</h1>\n");
        if (changes.changedView(page.space().folder(), view.getKey())) {
            out.append("<p class=\"badge changed\">Changed since ").append(Html.text(changes.since()))
                    .append(" — <a href=\"").append(ROOT).append("changes.html\">what changed</a></p>\n");
        }
        out.append("<dl class=\"facts\"><dt>Key</dt><dd><code>").append(Html.text(view.getKey())).append("</code></dd>")
                .append("<dt>Kind</dt><dd>").append(kind(view)).append("</dd>")
                .append("<dt>Defined at</dt><dd><code>").append(Html.text(where(page))).append("</code></dd></dl>\n");
        if (view.getDescription() != null && !view.getDescription().isBlank()) {
            out.append("<p class=\"description\">").append(Html.text(view.getDescription())).append("</p>\n");
        }
        List<Diagram> diagrams = page.diagrams();
        if (!diagrams.isEmpty()) {
            out.append("<div class=\"tabs\">\n");
            for (int i = 0; i < diagrams.size(); i++) {
                String ext = diagrams.get(i).extension();
                out.append("<input type=\"radio\" name=\"syntax\" id=\"tab-").append(ext).append("\"")
                        .append(i == 0 ? " checked" : "").append("><label for=\"tab-").append(ext).append("\">")
                        .append(diagrams.get(i).syntax()).append("</label>\n");
            }
            for (Diagram diagram : diagrams) {
                out.append(Figures.figure(page, diagram, "fig-" + diagram.extension(), ROOT));
            }
            out.append("</div>\n");
        }
        elements(page, out);
        if (view instanceof DynamicView dynamic) {
            steps(page, dynamic, out);
        } else {
            relationships(page, out);
        }
        out.append("<section><h2>Source</h2>\n");
        for (Diagram diagram : diagrams) {
            String file = page.slug() + "." + diagram.extension();
            out.append("<details><summary>").append(diagram.syntax()).append(" source</summary>")
                    .append("<p><a href=\"").append(file).append("\" download>").append(Html.text(file))
                    .append("</a></p><pre><code>").append(Html.text(diagram.source())).append("</code></pre></details>\n");
        }
        out.append("</section>\n");
        return out.toString();
    }

    private void elements(ViewPage page, StringBuilder out) {
        List<Element> elements = page.elements();
        if (elements.isEmpty()) {
            return;
        }
        out.append("<section><h2>Elements</h2>\n<ul class=\"elements\">\n");
        for (Element element : elements) {
            out.append("<li>").append(link(element)).append(" <span class=\"kind\">").append(SiteModel.kind(element))
                    .append("</span>");
            if (element.getDescription() != null && !element.getDescription().isBlank()) {
                out.append(" — ").append(Html.text(element.getDescription()));
            }
            out.append("</li>\n");
        }
        out.append("</ul></section>\n");
    }

    private void relationships(ViewPage page, StringBuilder out) {
        List<Relationship> relationships = page.relationships();
        if (relationships.isEmpty()) {
            return;
        }
        out.append("<section><h2>Relationships</h2>\n<ul class=\"relationships\">\n");
        for (Relationship r : relationships) {
            out.append("<li>").append(link(r.getSource())).append(" → ").append(link(r.getDestination()));
            if (r.getDescription() != null && !r.getDescription().isBlank()) {
                out.append(": ").append(Html.text(r.getDescription()));
            }
            if (r.getTechnology() != null && !r.getTechnology().isBlank()) {
                out.append(" <span class=\"technology\">[").append(Html.text(r.getTechnology())).append("]</span>");
            }
            out.append("</li>\n");
        }
        out.append("</ul></section>\n");
    }

    /** The modelled steps, and beside them the recorded ones where the run-time conformance tests wrote some. */
    private void steps(ViewPage page, DynamicView view, StringBuilder out) {
        List<Step> modelled = page.space().workspace().sequence(view).steps();
        Optional<List<Step>> recorded = observed.steps(view.getKey());
        out.append("<section><h2>Steps</h2>\n<div class=\"sequences\">\n<div><h3>As modelled</h3>\n");
        stepList(modelled, true, out);
        out.append("</div>\n<div><h3>As observed</h3>\n");
        if (recorded.isEmpty()) {
            out.append("<p>Not recorded: no run-time trace of this flow was found when the site was built.</p>\n");
        } else {
            stepList(recorded.get(), false, out);
            out.append(recorded.get().stream().map(ViewPages::stepText).toList()
                    .equals(modelled.stream().map(ViewPages::stepText).toList())
                    ? "<p class=\"status status-passed\">Matches the model.</p>\n"
                    : "<p class=\"status status-failed\">Differs from the model.</p>\n");
        }
        out.append("</div>\n</div></section>\n");
    }

    private void stepList(List<Step> steps, boolean linked, StringBuilder out) {
        out.append("<ol class=\"steps\">\n");
        for (Step step : steps) {
            out.append("<li>").append(linked ? link(step.source()) : Html.text(step.source().getName())).append(" → ")
                    .append(linked ? link(step.destination()) : Html.text(step.destination().getName()));
            if (!step.description().isBlank()) {
                out.append(": ").append(Html.text(step.description()));
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
    }

    private static String stepText(Step step) {
        return step.source().getName() + "\u0000" + step.destination().getName() + "\u0000" + step.description();
    }

    private String link(Element element) {
        return "<a href=\"" + ROOT + model.elementUrl(element) + "\">" + Html.text(element.getName()) + "</a>";
    }

    private String where(ViewPage page) {
        Path file = Path.of(page.space().workspace().file()).toAbsolutePath().normalize();
        Path shown = base.toAbsolutePath().normalize().relativize(file);
        int line = page.space().workspace().line(page.view());
        return shown.toString().replace('\\', '/') + (line > 0 ? ":" + line : "");
    }

    static String kind(View view) {
        String name = view.getClass().getSimpleName().replace("View", "");
        return switch (name) {
            case "SystemLandscape" -> "System landscape view";
            case "SystemContext" -> "System context view";
            default -> name + " view";
        };
    }
}
