package dev.plumbline.diagrams.site;

import com.structurizr.model.Component;
import com.structurizr.model.Container;
import com.structurizr.model.DeploymentNode;
import com.structurizr.model.Element;
import com.structurizr.model.InfrastructureNode;
import com.structurizr.model.Relationship;
import dev.plumbline.diagrams.site.SiteModel.Space;
import dev.plumbline.diagrams.site.SiteModel.ViewPage;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The element catalogue, a page per workspace: each element with its description, technology, tags, the views it
 * appears in, its relationships both ways and, where the model maps it ({@code plumbline.code}), its code.
 */
final class CataloguePages {

    private static final String ROOT = "../";

    private final SiteModel model;

    CataloguePages(SiteModel model) {
        this.model = model;
    }

    void write(Map<String, byte[]> files, SearchIndex search) {
        StringBuilder index = new StringBuilder("<h1>Elements</h1>\n<ul class=\"workspaces\">\n");
        for (Space space : model.spaces()) {
            List<Element> elements = model.elements(space);
            index.append("<li><a href=\"").append(space.folder()).append(".html\">").append(Html.text(space.name()))
                    .append("</a> — ").append(elements.size()).append(" elements</li>\n");
            StringBuilder body = new StringBuilder("<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><a href=\"")
                    .append(ROOT).append("index.html\">Overview</a> › <a href=\"index.html\">Elements</a></nav>\n")
                    .append("<h1>Elements of ").append(Html.text(space.name())).append("</h1>\n<ul class=\"toc\">\n");
            for (Element element : elements) {
                body.append("<li><a href=\"#").append(model.anchor(element)).append("\">")
                        .append(Html.text(element.getName())).append("</a> <span class=\"kind\">")
                        .append(SiteModel.kind(element)).append("</span></li>\n");
            }
            body.append("</ul>\n");
            for (Element element : elements) {
                entry(element, body);
                search.add(element.getName(), "element", model.elementUrl(element), SiteModel.kind(element) + " "
                        + space.name() + " " + java.util.Objects.toString(element.getDescription(), "") + " " + technology(element));
            }
            files.put("elements/" + space.folder() + ".html",
                    Layout.page(ROOT, "Elements of " + space.name(), body.toString()).getBytes(StandardCharsets.UTF_8));
        }
        index.append("</ul>\n");
        files.put("elements/index.html", Layout.page(ROOT, "Elements", index.toString()).getBytes(StandardCharsets.UTF_8));
    }

    private void entry(Element element, StringBuilder out) {
        out.append("<section class=\"element\" id=\"").append(model.anchor(element)).append("\">\n<h2>")
                .append(Html.text(element.getName())).append(" <span class=\"kind\">").append(SiteModel.kind(element))
                .append("</span></h2>\n<dl class=\"facts\">");
        fact(out, "Description", Html.text(element.getDescription()));
        fact(out, "Technology", Html.text(technology(element)));
        fact(out, "Tags", Html.text(String.join(", ", element.getTagsAsSet())));
        if (element.getParent() != null) {
            fact(out, "Part of", link(element.getParent()));
        }
        String code = element.getProperties().getOrDefault("plumbline.code", "");
        fact(out, "Code", code.isBlank() ? "" : "<code>" + Html.text(code) + "</code>");
        List<ViewPage> views = model.viewsOf(element);
        fact(out, "Views", String.join(", ", views.stream().map(v -> "<a href=\"" + ROOT + v.url() + "\">"
                + Html.text(v.title()) + "</a>").toList()));
        out.append("</dl>\n");
        List<Relationship> outgoing = element.getModel().getRelationships().stream()
                .filter(r -> r.getSource().equals(element)).sorted(ORDER).toList();
        List<Relationship> incoming = element.getModel().getRelationships().stream()
                .filter(r -> r.getDestination().equals(element)).sorted(ORDER).toList();
        relationships(out, "Uses", outgoing, true);
        relationships(out, "Used by", incoming, false);
        out.append("</section>\n");
    }

    private static final Comparator<Relationship> ORDER = Comparator
            .comparing((Relationship r) -> r.getSource().getName())
            .thenComparing(r -> r.getDestination().getName())
            .thenComparing(r -> String.valueOf(r.getDescription()))
            .thenComparing(Relationship::getId);

    private void relationships(StringBuilder out, String title, List<Relationship> relationships, boolean outgoing) {
        if (relationships.isEmpty()) {
            return;
        }
        out.append("<h3>").append(title).append("</h3>\n<ul class=\"relationships\">\n");
        for (Relationship r : relationships) {
            out.append("<li>").append(link(outgoing ? r.getDestination() : r.getSource()));
            if (r.getDescription() != null && !r.getDescription().isBlank()) {
                out.append(": ").append(Html.text(r.getDescription()));
            }
            if (r.getTechnology() != null && !r.getTechnology().isBlank()) {
                out.append(" <span class=\"technology\">[").append(Html.text(r.getTechnology())).append("]</span>");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static void fact(StringBuilder out, String name, String html) {
        if (!html.isBlank()) {
            out.append("<dt>").append(name).append("</dt><dd>").append(html).append("</dd>");
        }
    }

    private String link(Element element) {
        return "<a href=\"" + ROOT + model.elementUrl(element) + "\">" + Html.text(element.getName()) + "</a>";
    }

    static String technology(Element element) {
        String technology = switch (element) {
            case Container c -> c.getTechnology();
            case Component c -> c.getTechnology();
            case DeploymentNode d -> d.getTechnology();
            case InfrastructureNode i -> i.getTechnology();
            default -> "";
        };
        return technology == null ? "" : technology;
    }
}
