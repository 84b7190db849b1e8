package dev.plumbline.diagrams.site.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The malicious corpus: what a hostile workspace or document can put into an SVG or Markdown, and what is left. */
class SafeMarkupTest {

    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + "viewBox=\"0 0 100 100\">%s</svg>";

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<script xlink:href=\"data:text/javascript,alert(1)\"/>",
        "<g onload=\"alert(1)\"><rect width=\"1\" height=\"1\" onclick=\"alert(1)\" ONMOUSEOVER=\"alert(1)\"/></g>",
        "<a xlink:href=\"javascript:alert(1)\"><text>x</text></a>",
        "<a href=\"java&#9;script:alert(1)\"><text>x</text></a>",
        "<a href=\"https://evil.example/\"><text>x</text></a>",
        "<image href=\"https://evil.example/track.png\" width=\"1\" height=\"1\"/>",
        "<use xlink:href=\"https://evil.example/sprite.svg#a\"/>",
        "<use href=\"other.svg#a\"/>",
        "<foreignObject><iframe src=\"https://evil.example/\"></iframe></foreignObject>",
        "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\"><img src=\"x\" onerror=\"alert(1)\"/></div></foreignObject>",
        "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\"><a href=\"javascript:alert(1)\">x</a></div></foreignObject>",
        "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\" onclick=\"alert(1)\">x</div></foreignObject>",
        "<animate attributeName=\"href\" to=\"javascript:alert(1)\"/>",
        "<set attributeName=\"onmouseover\" to=\"alert(1)\"/>",
        "<handler type=\"text/javascript\">alert(1)</handler>",
        "<iframe src=\"https://evil.example/\"/>",
        "<embed src=\"https://evil.example/x.swf\"/>",
        "<object data=\"https://evil.example/x\"/>",
        "<style>@import url(https://evil.example/x.css); .a { fill: red; }</style>",
        "<style>.a { background: url(https://evil.example/beacon.png); }</style>",
        "<style>.a { background: u\\72l(https://evil.example/beacon.png); }</style>",
        "<style>.a { background: url( 'https://evil.example/beacon.png' ); }</style>",
        "<style><![CDATA[ .a { background: url(//evil.example/b) } ]]></style>",
        "<rect style=\"fill: url(https://evil.example/p.svg#g)\" width=\"1\" height=\"1\"/>",
        "<rect fill=\"url(https://evil.example/p.svg#g)\" width=\"1\" height=\"1\"/>",
        "<g xml:base=\"https://evil.example/\"><use href=\"#a\"/></g>",
    })
    void hostile_svg_loses_everything_that_runs_or_reaches_out(String hostile) {
        String clean = SafeMarkup.svg(SVG.formatted(hostile)).toLowerCase(Locale.ROOT);

        assertThat(clean).startsWith("<svg").doesNotContain("<script", "alert", "onload", "onclick", "onmouseover",
                "onerror", "javascript", "evil.example", "<iframe", "<embed", "<object", "<animate", "<set",
                "<handler", "@import", "xml:base", "other.svg");
    }

    @Test
    void mermaid_label_markup_and_local_references_survive() {
        String label = "<defs><marker id=\"arrow\"><path d=\"M0,0 L1,1\"/></marker><linearGradient id=\"g\"/></defs>"
                + "<style>#m .node rect { fill: #eee; stroke: url(#g); }</style>"
                + "<path d=\"M0,0 L10,10\" marker-end=\"url(#arrow)\"/>"
                + "<foreignObject width=\"80\" height=\"20\"><div xmlns=\"http://www.w3.org/1999/xhtml\" "
                + "style=\"display: table-cell\"><span class=\"nodeLabel\"><p>Order <b>Service</b><br/>[Java]</p></span>"
                + "</div></foreignObject><text x=\"1\" y=\"2\">Orders &amp; Stock</text><use href=\"#arrow\"/>";

        String clean = SafeMarkup.svg(SVG.formatted(label));

        assertThat(clean).contains("<span class=\"nodeLabel\"><p>Order <b>Service</b><br />[Java]</p></span>",
                "marker-end=\"url(#arrow)\"", "stroke: url(#g)", "Orders &amp; Stock", "<use href=\"#arrow\"",
                "style=\"display: table-cell\"");
    }

    @Test
    void text_that_looks_like_markup_stays_text() {
        String clean = SafeMarkup.svg(SVG.formatted("<text>&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;</text>"));

        assertThat(clean).contains("&lt;/svg&gt;&lt;script&gt;").doesNotContain("<script");
    }

    @Test
    void a_document_without_svg_is_refused() {
        assertThatThrownBy(() -> SafeMarkup.svg("<html><script>alert(1)</script></html>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no <svg>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=\"x.png\" onerror=\"alert(1)\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<img src=\"https://evil.example/track.png\">",
        "<img src=\"//evil.example/track.png\">",
        "<div style=\"background: url(https://evil.example/b.png)\">x</div>",
        "<style>body { background: url(https://evil.example/b.png) }</style>",
        "<svg onload=\"alert(1)\"><circle r=\"1\"/></svg>",
        "<object data=\"https://evil.example/x\"></object>",
        "<form action=\"https://evil.example/\"><input name=\"q\"></form>",
        "<meta http-equiv=\"refresh\" content=\"0; url=https://evil.example/\">",
        "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
        "<base href=\"https://evil.example/\">",
    })
    void hostile_html_in_markdown_is_reduced_to_text_markup(String hostile) {
        String clean = SafeMarkup.html("<p>before</p>" + hostile + "<p>after</p>").toLowerCase(Locale.ROOT);

        assertThat(clean).contains("before", "after").doesNotContain("<script", "alert", "onerror", "onload",
                "javascript", "evil.example", "<iframe", "<style", "<svg", "<form", "<meta", "<link", "<base");
    }

    @Test
    void rendered_markdown_keeps_tables_anchors_links_and_local_images() {
        String html = "<h2 id=\"the-flow\">The flow</h2><table><thead><tr><th align=\"left\">A</th></tr></thead>"
                + "<tbody><tr><td align=\"left\">1</td></tr></tbody></table><p><a href=\"other.html#x\">other</a> "
                + "<a href=\"https://example.org/\">out</a> <img src=\"img/a.png\" alt=\"A\"></p>"
                + "<pre><code class=\"language-java\">x &lt; y</code></pre>";

        assertThat(SafeMarkup.html(html)).contains("<h2 id=\"the-flow\">", "<th align=\"left\">", "<td align=\"left\">",
                "href=\"other.html#x\"", "href=\"https://example.org/\"", "src=\"img/a.png\"", "alt=\"A\"",
                "class=\"language-java\"", "x &lt; y");
    }
}
