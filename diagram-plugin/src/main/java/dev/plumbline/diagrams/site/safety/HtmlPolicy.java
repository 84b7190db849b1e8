package dev.plumbline.diagrams.site.safety;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/** The HTML a Markdown document may contain once it is a page of the site. */
final class HtmlPolicy {

    /** Images must come with the site: a relative path, never a scheme or a network path. */
    private static final Pattern LOCAL_URL = Pattern.compile("^(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!//)(?!\\\\)[^\\s]*$");

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "div", "span", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
                    "code", "em", "strong", "b", "i", "u", "s", "del", "ins", "sub", "sup", "small", "mark", "kbd",
                    "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
                    "caption", "a", "img", "details", "summary", "figure", "figcaption")
            // heading anchors are how other pages link into a document
            .allowAttributes("id").onElements("h1", "h2", "h3", "h4", "h5", "h6")
            .allowAttributes("align").matching(Pattern.compile("left|right|center")).onElements("th", "td")
            .allowAttributes("class").matching(Pattern.compile("language-[\\w+-]+")).onElements("code")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("src").matching(LOCAL_URL).onElements("img")
            .allowAttributes("alt", "width", "height").onElements("img")
            .allowAttributes("title").globally()
            .allowAttributes("start").onElements("ol")
            .allowAttributes("open").onElements("details")
            .toFactory();

    private HtmlPolicy() {
    }
}
