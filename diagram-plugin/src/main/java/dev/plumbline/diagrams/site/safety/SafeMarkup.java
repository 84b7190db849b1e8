package dev.plumbline.diagrams.site.safety;

import java.util.Objects;

/**
 * Makes markup from untrusted sources fit to inline in a site page: SVG from the renderers (whose labels come from
 * users' DSL) through an allowlist of inert SVG, and HTML from users' Markdown through OWASP's sanitizer. Both
 * remove rather than refuse, so one hostile label costs a label, not the site.
 */
public final class SafeMarkup {

    private SafeMarkup() {
    }

    /**
     * The SVG with only allowlisted elements and attributes: no script, no event handler, no link or resource
     * outside the document, no HTML in {@code foreignObject} beyond the text markup Mermaid writes for labels.
     *
     * @throws IllegalArgumentException if the text holds no {@code <svg>} element
     */
    public static String svg(String svg) {
        return SvgAllowlist.clean(Objects.requireNonNull(svg, "svg"));
    }

    /** HTML reduced to what rendered Markdown needs: text markup, tables, lists, links and local images. */
    public static String html(String html) {
        return HtmlPolicy.POLICY.sanitize(Objects.requireNonNull(html, "html"));
    }
}
