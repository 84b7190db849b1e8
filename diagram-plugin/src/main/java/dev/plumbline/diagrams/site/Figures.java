package dev.plumbline.diagrams.site;

import com.structurizr.model.Element;
import dev.plumbline.diagrams.site.SiteModel.Diagram;
import dev.plumbline.diagrams.site.SiteModel.ViewPage;
import java.util.stream.Collectors;

/**
 * A diagram as it is inlined in a page: the sanitized SVG, labelled with the view's title and the names of its
 * elements for screen readers, in a scrolling frame at its natural size (legible without zooming out; the script
 * adds zoom and pan).
 */
final class Figures {

    private Figures() {
    }

    /** The figure of one diagram; {@code id} must be unique in the page. */
    static String figure(ViewPage view, Diagram diagram, String id, String root) {
        String alt = alternative(view, diagram);
        StringBuilder out = new StringBuilder("<figure class=\"diagram\" id=\"").append(id)
                .append("\" aria-labelledby=\"").append(id).append("-caption\">\n");
        if (diagram.svg().isEmpty()) {
            out.append("<p class=\"no-image\">No ").append(diagram.syntax()).append(" image was rendered for this view "
                    + "(see the build log of <code>plumbline:generate</code>); its source is below.</p>\n");
        } else {
            out.append("<div class=\"zoom-controls js-only\" role=\"toolbar\" aria-label=\"Zoom\">")
                    .append("<button type=\"button\" data-zoom=\"in\" aria-label=\"Zoom in\">+</button>")
                    .append("<button type=\"button\" data-zoom=\"out\" aria-label=\"Zoom out\">−</button>")
                    .append("<button type=\"button\" data-zoom=\"reset\">Actual size</button></div>\n")
                    .append("<div class=\"zoom\" tabindex=\"0\">")
                    .append(labelled(diagram.svg().get(), alt)).append("</div>\n");
        }
        out.append("<figcaption id=\"").append(id).append("-caption\"><a href=\"").append(root).append(view.url())
                .append("\">").append(Html.text(view.title())).append("</a> (").append(diagram.syntax())
                .append(")</figcaption>\n</figure>\n");
        return out.toString();
    }

    /** Title and element names: what the picture shows, in words. */
    static String alternative(ViewPage view, Diagram diagram) {
        String names = view.elements().stream().map(Element::getName).distinct().collect(Collectors.joining(", "));
        return view.title() + " (" + diagram.syntax() + " diagram)" + (names.isEmpty() ? "" : ". Shows: " + names + ".");
    }

    /** The root element gets the role and label first, so they win over any the renderer wrote. */
    private static String labelled(String svg, String alt) {
        int at = svg.indexOf("<svg") + 4;
        return svg.substring(0, at) + " role=\"img\" aria-label=\"" + Html.text(alt) + "\"" + svg.substring(at);
    }
}
