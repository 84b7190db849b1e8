package dev.plumbline.diagrams.site;

import com.structurizr.model.Element;
import dev.plumbline.diagrams.site.SiteModel.Diagram;
import dev.plumbline.diagrams.site.SiteModel.ViewPage;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A diagram as it is inlined in a page: the sanitized SVG, labelled with the view's title and the names of its
 * elements for screen readers, in a scrolling frame at its natural size (legible without zooming out; the script
 * adds zoom and pan).
 */
final class Figures {

    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    // How an SVG points at its own ids outside <style>: url(#x), href="#x" and the aria id lists.
    private static final Pattern REFERENCE = Pattern.compile(
            "(url\\(\\s*['\"]?#|href=\"#)([^)'\"\\s]+)|(aria-(?:labelledby|describedby)=\")([^\"]*)\"");
    private static final Pattern STYLE = Pattern.compile("(?s)(<style[^>]*>)(.*?)(</style>)");
    private static final Pattern SELECTOR = Pattern.compile("#([A-Za-z_][\\w-]*)");

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
                    .append(labelled(scoped(diagram.svg().get(), id), alt)).append("</div>\n");
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

    /**
     * The SVG with each of its ids prefixed by the figure's id, and every reference to them with it. Renderers number
     * their ids per diagram (PlantUML's {@code ent0001}, a Mermaid diagram's markers), so two figures in one page
     * would otherwise share ids, and one figure's arrows could take the other's markers.
     */
    static String scoped(String svg, String prefix) {
        Set<String> ids = new HashSet<>();
        Matcher declared = ID.matcher(svg);
        while (declared.find()) {
            ids.add(declared.group(1));
        }
        if (ids.isEmpty()) {
            return svg;
        }
        Function<String, String> scope = ref -> ids.contains(ref) ? prefix + "-" + ref : ref;
        String scoped = ID.matcher(svg).replaceAll(m -> Matcher.quoteReplacement(" id=\"" + scope.apply(m.group(1)) + "\""));
        scoped = REFERENCE.matcher(scoped).replaceAll(m -> Matcher.quoteReplacement(m.group(3) == null
                ? m.group(1) + scope.apply(m.group(2))
                : m.group(3) + Arrays.stream(m.group(4).split(" ", -1)).map(scope).collect(Collectors.joining(" ")) + "\""));
        // Only inside <style> is "#x" a selector; elsewhere it is a colour or the diagram's own text.
        return STYLE.matcher(scoped).replaceAll(style -> Matcher.quoteReplacement(style.group(1)
                + SELECTOR.matcher(style.group(2)).replaceAll(m -> Matcher.quoteReplacement("#" + scope.apply(m.group(1))))
                + style.group(3)));
    }

    /** The root element gets the role and label first, so they win over any the renderer wrote. */
    private static String labelled(String svg, String alt) {
        int at = svg.indexOf("<svg") + 4;
        return svg.substring(0, at) + " role=\"img\" aria-label=\"" + Html.text(alt) + "\"" + svg.substring(at);
    }
}
