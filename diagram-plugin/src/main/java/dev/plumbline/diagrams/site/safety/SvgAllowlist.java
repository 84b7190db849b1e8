package dev.plumbline.diagrams.site.safety;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Keeps what is known to be inert in SVG, and drops the rest with its content. An allowlist, because the list of
 * ways SVG can run script or fetch (animation elements setting {@code href}, {@code use} of another file, CSS
 * {@code url()}, {@code xml:base}) is longer than anyone remembers.
 */
final class SvgAllowlist {

    private static final Set<String> SVG_ELEMENTS = Set.of("svg", "g", "defs", "symbol", "use", "title", "desc",
            "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textpath", "marker",
            "lineargradient", "radialgradient", "stop", "clippath", "mask", "pattern", "filter", "feblend",
            "fecolormatrix", "fecomposite", "fedropshadow", "feflood", "fegaussianblur", "femerge", "femergenode",
            "feoffset", "switch", "style", "a", "image", "foreignobject");

    /** What Mermaid writes inside {@code foreignObject} for HTML labels: text markup, nothing that loads or runs. */
    private static final Set<String> LABEL_ELEMENTS = Set.of("div", "span", "p", "br", "b", "strong", "i", "em",
            "code", "small", "sub", "sup", "u");

    private static final Set<String> LABEL_ATTRIBUTES = Set.of("class", "style", "xmlns");

    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z_][-A-Za-z0-9_.:]*");
    private static final Pattern CSS_URL = Pattern.compile("url\\s*\\(\\s*(['\"]?)\\s*([^)'\"]*)\\1\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_ESCAPE = Pattern.compile("\\\\(?:[0-9a-fA-F]{1,6}\\s?|.)", Pattern.DOTALL);
    private static final Pattern CSS_IMPORT = Pattern.compile("@import[^;]*;?", Pattern.CASE_INSENSITIVE);
    private static final Pattern RASTER_DATA = Pattern.compile("data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\\s]*");

    private SvgAllowlist() {
    }

    static String clean(String svg) {
        Document document = Jsoup.parse(svg, "", Parser.xmlParser());
        Element root = document.children().stream().filter(e -> local(e).equals("svg")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no <svg> element"));
        cleanElement(root, false);
        root.ownerDocument().outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8");
        return root.outerHtml();
    }

    private static void cleanElement(Element element, boolean inLabel) {
        cleanAttributes(element, inLabel);
        boolean style = local(element).equals("style");
        for (Node child : List.copyOf(element.childNodes())) {
            if (child instanceof Element e) {
                String name = local(e);
                boolean label = inLabel || local(element).equals("foreignobject");
                boolean allowed = label ? LABEL_ELEMENTS.contains(name) : SVG_ELEMENTS.contains(name);
                if (!allowed) {
                    e.remove();
                } else {
                    cleanElement(e, label);
                }
            } else if (child instanceof CDataNode cdata) {
                // a CDATA section is only text; written back as escaped text it cannot close anything early
                child.replaceWith(new TextNode(style ? css(cdata.text()) : cdata.text()));
            } else if (child instanceof TextNode text) {
                if (style) {
                    text.text(css(text.getWholeText()));
                }
            } else {
                child.remove(); // comments, processing instructions, declarations
            }
        }
    }

    private static void cleanAttributes(Element element, boolean inLabel) {
        String elementName = local(element);
        for (Attribute attribute : List.copyOf(element.attributes().asList())) {
            String name = attribute.getKey();
            String lower = name.toLowerCase(Locale.ROOT);
            String localName = lower.substring(lower.indexOf(':') + 1);
            String value = attribute.getValue();
            boolean keep;
            if (inLabel) {
                keep = LABEL_ATTRIBUTES.contains(lower) && (!lower.equals("xmlns")
                        || value.equals("http://www.w3.org/1999/xhtml"));
            } else if (!ATTRIBUTE_NAME.matcher(name).matches() || localName.startsWith("on")
                    || lower.equals("xml:base") || localName.equals("src")) {
                keep = false;
            } else if (localName.equals("href")) {
                keep = isFragment(value) || (elementName.equals("image") && RASTER_DATA.matcher(compact(value)).matches());
            } else {
                keep = !compact(value).toLowerCase(Locale.ROOT).contains("script:");
            }
            if (keep && (lower.equals("style") || value.indexOf('(') >= 0 || value.indexOf('\\') >= 0)) {
                element.attr(name, css(value));
            } else if (!keep) {
                element.removeAttr(name);
            }
        }
    }

    /**
     * CSS with every {@code url()} that leaves the document replaced by {@code none}, and no {@code @import}.
     * Escapes are decoded first, since {@code u\72l(} is also {@code url(} to a browser.
     */
    static String css(String css) {
        if (css.indexOf('(') < 0 && css.indexOf('\\') < 0 && css.indexOf('@') < 0 && css.indexOf(':') < 0) {
            return css; // no function, escape, at-rule or scheme: nothing that could reach out
        }
        String plain = CSS_ESCAPE.matcher(css).replaceAll(escape -> Matcher.quoteReplacement(unescape(escape.group())));
        plain = CSS_IMPORT.matcher(plain).replaceAll("");
        Matcher url = CSS_URL.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (url.find()) {
            url.appendReplacement(out, isFragment(url.group(2)) ? Matcher.quoteReplacement(url.group()) : "none");
        }
        url.appendTail(out);
        String result = out.toString();
        String lower = result.toLowerCase(Locale.ROOT);
        // anything still able to reach out (an unterminated url(, IE's expression(), a script scheme) loses the rule
        if (CSS_URL.matcher(result).results().count() != count(lower) || lower.contains("expression(")
                || compact(lower).contains("script:")) {
            return "";
        }
        return result;
    }

    private static String unescape(String escape) {
        String body = escape.substring(1).strip();
        if (body.matches("[0-9a-fA-F]{1,6}")) {
            int code = Integer.parseInt(body, 16);
            return code == 0 || code > Character.MAX_CODE_POINT ? "" : new String(Character.toChars(code));
        }
        return body.isEmpty() ? "" : body;
    }

    private static final Pattern URL_CALL = Pattern.compile("url\\s*\\(");

    private static long count(String text) {
        return URL_CALL.matcher(text).results().count();
    }

    private static boolean isFragment(String value) {
        return compact(value).startsWith("#");
    }

    /** Browsers ignore whitespace and control characters inside a scheme: "java\tscript:" still runs. */
    private static String compact(String value) {
        StringBuilder compact = new StringBuilder();
        value.codePoints().filter(c -> c > ' ').forEach(compact::appendCodePoint);
        return compact.toString();
    }

    private static String local(Element element) {
        String name = element.tagName().toLowerCase(Locale.ROOT);
        return name.substring(name.indexOf(':') + 1);
    }
}
