package dev.plumbline.diagrams.site;

import com.structurizr.model.SoftwareSystem;
import dev.plumbline.diagrams.site.SiteModel.Diagram;
import dev.plumbline.diagrams.site.SiteModel.Space;
import dev.plumbline.diagrams.site.SiteModel.ViewPage;
import dev.plumbline.diagrams.site.changes.ArchitectureChanges;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The overview: the gates' status, then per workspace its systems and its views as thumbnails. */
final class LandingPage {

    private final SiteModel model;
    private final Findings drift;
    private final Findings conformance;
    private final ArchitectureChanges.Report changes;
    private final DocPages docs;

    LandingPage(SiteModel model, Findings drift, Findings conformance, ArchitectureChanges.Report changes,
            DocPages docs) {
        this.model = model;
        this.drift = drift;
        this.conformance = conformance;
        this.changes = changes;
        this.docs = docs;
    }

    void write(Map<String, byte[]> files) {
        StringBuilder out = new StringBuilder("<h1>Architecture</h1>\n<ul class=\"gates\">\n");
        gate(out, "drift.html", "Docs drift", drift);
        gate(out, "conformance.html", "Code conformance", conformance);
        out.append("<li><a href=\"changes.html\">Changes since ").append(Html.text(changes.since())).append("</a>: ")
                .append(changes.unavailable().isPresent() ? "<span class=\"status status-not-run\">unavailable</span>"
                        : "<strong>" + changes.changes().size() + "</strong> changes")
                .append("</li>\n</ul>\n");
        List<Map.Entry<String, String>> documents = docs.index();
        if (!documents.isEmpty()) {
            out.append("<section><h2>Docs</h2>\n<ul class=\"docs\">\n");
            for (Map.Entry<String, String> doc : documents) {
                out.append("<li><a href=\"").append(doc.getValue()).append("\">").append(Html.text(doc.getKey()))
                        .append("</a></li>\n");
            }
            out.append("</ul></section>\n");
        }
        for (Space space : model.spaces()) {
            out.append("<section class=\"workspace\" id=\"ws-").append(space.folder()).append("\">\n<h2>")
                    .append(Html.text(space.name())).append("</h2>\n");
            String description = space.workspace().structurizr().getDescription();
            if (description != null && !description.isBlank()) {
                out.append("<p>").append(Html.text(description)).append("</p>\n");
            }
            List<SoftwareSystem> systems = space.workspace().systems();
            if (!systems.isEmpty()) {
                out.append("<h3>Systems</h3>\n<ul class=\"systems\">\n");
                for (SoftwareSystem system : systems) {
                    out.append("<li><a href=\"").append(model.elementUrl(system)).append("\">")
                            .append(Html.text(system.getName())).append("</a>");
                    if (system.getDescription() != null && !system.getDescription().isBlank()) {
                        out.append(" — ").append(Html.text(system.getDescription()));
                    }
                    out.append("</li>\n");
                }
                out.append("</ul>\n");
            }
            out.append("<p><a href=\"elements/").append(space.folder()).append(".html\">All elements of ")
                    .append(Html.text(space.name())).append("</a></p>\n<h3>Views</h3>\n<ul class=\"thumbnails\">\n");
            for (ViewPage view : model.views(space)) {
                thumbnail(out, view);
            }
            out.append("</ul>\n</section>\n");
        }
        files.put("index.html", Layout.page("", "Overview", out.toString()).getBytes(StandardCharsets.UTF_8));
    }

    private void thumbnail(StringBuilder out, ViewPage view) {
        boolean changed = changes.changedView(view.space().folder(), view.view().getKey());
        out.append("<li").append(changed ? " class=\"changed\"" : "").append("><a href=\"").append(view.url())
                .append("\">");
        Optional<Diagram> image = view.thumbnail();
        if (image.isPresent()) {
            out.append("<img loading=\"lazy\" src=\"views/").append(view.space().folder()).append('/')
                    .append(view.slug()).append('.').append(image.get().extension()).append(".svg\" alt=\"")
                    .append(Html.text(Figures.alternative(view, image.get()))).append("\">");
        } else {
            out.append("<span class=\"no-image\">no image</span>");
        }
        out.append("<span class=\"title\">").append(Html.text(view.title())).append("</span>");
        if (changed) {
            out.append("<span class=\"badge changed\">changed</span>");
        }
        out.append("</a></li>\n");
    }

    private static void gate(StringBuilder out, String page, String name, Findings findings) {
        out.append("<li><a href=\"").append(page).append("\">").append(name).append("</a>: <span class=\"status status-")
                .append(findings.state().replace(' ', '-')).append("\">").append(findings.state()).append("</span>");
        if (findings.ran()) {
            out.append(" (").append(findings.errors()).append(" errors, ").append(findings.warnings())
                    .append(" warnings)");
        }
        out.append("</li>\n");
    }
}
