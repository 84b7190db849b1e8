package dev.plumbline.diagrams.render;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The last check before an SVG leaves either renderer: no script elements, embedded frames, event handlers or
 * script links. PlantUML turns {@code [[url]]} into links and Mermaid renders labels as HTML, and these SVGs end
 * up inlined in documentation sites. It reads the SVG as XML, so markup hidden in text or CSS cannot fool it.
 */
public final class SvgSafety {

    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "iframe", "embed", "object", "handler");
    private static final Set<String> ACTIVE_SCHEMES = Set.of("javascript:", "vbscript:", "data:text/html");

    private SvgSafety() {
    }

    /** What makes the SVG unsafe, or empty when it is safe. */
    public static Optional<String> violation(byte[] svg) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(svg));
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamReader.START_ELEMENT) {
                        continue;
                    }
                    String element = xml.getLocalName().toLowerCase(Locale.ROOT);
                    if (ACTIVE_ELEMENTS.contains(element)) {
                        return Optional.of("generated SVG contains a <" + element + "> element; refused");
                    }
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        String name = xml.getAttributeLocalName(i).toLowerCase(Locale.ROOT);
                        if (name.startsWith("on")) {
                            return Optional.of("generated SVG contains an event handler attribute " + name
                                    + " on <" + element + ">; refused");
                        }
                        if (name.equals("href") && isActiveLink(xml.getAttributeValue(i))) {
                            return Optional.of("generated SVG contains a script link " + xml.getAttributeValue(i)
                                    + "; refused");
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            return Optional.of("generated SVG is not well-formed XML: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static boolean isActiveLink(String href) {
        // Browsers ignore whitespace and control characters inside a scheme: "java\tscript:" still runs.
        StringBuilder compact = new StringBuilder();
        href.codePoints().filter(c -> c > ' ').forEach(compact::appendCodePoint);
        String lower = compact.toString().toLowerCase(Locale.ROOT);
        return ACTIVE_SCHEMES.stream().anyMatch(lower::startsWith);
    }
}
