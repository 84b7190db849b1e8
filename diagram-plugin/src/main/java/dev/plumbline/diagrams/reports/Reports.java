package dev.plumbline.diagrams.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The report formats {@code check} and {@code conformance} share: JUnit XML (written with the JDK's XML writer),
 * SARIF 2.1.0 (written with Jackson), and escaping for the Markdown and HTML summaries, so that no text a finding
 * quotes can break or inject markup. Same input, same bytes, on every OS.
 */
public final class Reports {

    /** One JUnit test case: a failure, a skip and captured output are each optional. */
    public record TestCase(String classname, String name, Optional<Failure> failure, Optional<String> skipped,
                           Optional<String> output) {
        public TestCase {
            Objects.requireNonNull(classname, "classname");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(skipped, "skipped");
            Objects.requireNonNull(output, "output");
        }

        boolean empty() {
            return failure.isEmpty() && skipped.isEmpty() && output.isEmpty();
        }
    }

    /** Why a test case failed: {@code type} and a one-line {@code message} for the CI's list, then the details. */
    public record Failure(String type, String message, String text) {
        public Failure {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(text, "text");
        }
    }

    public record TestSuite(String name, List<TestCase> cases) {
        public TestSuite {
            Objects.requireNonNull(name, "name");
            cases = List.copyOf(cases);
        }

        long failures() {
            return cases.stream().filter(c -> c.failure().isPresent()).count();
        }
    }

    /** A SARIF rule: its id, what it says, and the level its results have unless they say otherwise. */
    public record SarifRule(String id, String description, String level) {
        public SarifRule {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(level, "level");
        }
    }

    /**
     * A SARIF result at a file and line. {@code fingerprintKey} names the fingerprint's scheme; an accepted result
     * carries an external suppression and the baseline state {@code unchanged}, so code scanning does not annotate it.
     */
    public record SarifResult(String ruleId, String level, String message, String uri, int line,
                              String fingerprintKey, String fingerprint, boolean accepted) {
        public SarifResult {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(fingerprintKey, "fingerprintKey");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Reports() {
    }

    /** JUnit XML, which CI servers show as test results. */
    public static String junit(String name, List<TestSuite> suites) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", xmlChars(name));
            xml.writeAttribute("tests", String.valueOf(suites.stream().mapToInt(s -> s.cases().size()).sum()));
            xml.writeAttribute("failures", String.valueOf(suites.stream().mapToLong(TestSuite::failures).sum()));
            for (TestSuite suite : suites) {
                writeSuite(xml, suite);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return text.append('\n').toString();
    }

    private static void writeSuite(XMLStreamWriter xml, TestSuite suite) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", xmlChars(suite.name()));
        xml.writeAttribute("tests", String.valueOf(suite.cases().size()));
        xml.writeAttribute("failures", String.valueOf(suite.failures()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(suite.cases().stream().filter(c -> c.skipped().isPresent()).count()));
        for (TestCase c : suite.cases()) {
            xml.writeCharacters("\n    ");
            if (c.empty()) {
                xml.writeEmptyElement("testcase");
            } else {
                xml.writeStartElement("testcase");
            }
            xml.writeAttribute("classname", xmlChars(c.classname()));
            xml.writeAttribute("name", xmlChars(c.name()));
            if (c.empty()) {
                continue;
            }
            if (c.failure().isPresent()) {
                Failure failure = c.failure().get();
                xml.writeCharacters("\n      ");
                xml.writeStartElement("failure");
                xml.writeAttribute("type", xmlChars(failure.type()));
                xml.writeAttribute("message", xmlChars(failure.message()));
                xml.writeCharacters(xmlChars(failure.text()));
                xml.writeEndElement();
            }
            if (c.skipped().isPresent()) {
                xml.writeCharacters("\n      ");
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", xmlChars(c.skipped().get()));
            }
            if (c.output().isPresent()) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("system-out");
                xml.writeCharacters(xmlChars(c.output().get()));
                xml.writeEndElement();
            }
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /**
     * SARIF 2.1.0, which GitHub code scanning turns into annotations on pull requests: one run of the named driver,
     * its rules, and one result per finding.
     *
     * @param justification why an accepted result is suppressed: {@code accepted in the drift-check baseline}
     */
    public static String sarif(String driverName, List<SarifRule> rules, List<SarifResult> results,
            String justification) {
        ObjectNode sarif = JSON.createObjectNode()
                .put("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
                .put("version", "2.1.0");
        ObjectNode run = sarif.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver").put("name", driverName);
        ArrayNode ruleNodes = driver.putArray("rules");
        List<String> ids = rules.stream().map(SarifRule::id).toList();
        for (SarifRule rule : rules) {
            ObjectNode node = ruleNodes.addObject().put("id", rule.id());
            node.putObject("shortDescription").put("text", rule.description());
            node.putObject("defaultConfiguration").put("level", rule.level());
        }
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode resultNodes = run.putArray("results");
        for (SarifResult r : results) {
            ObjectNode result = resultNodes.addObject().put("ruleId", r.ruleId()).put("ruleIndex", ids.indexOf(r.ruleId()))
                    .put("level", r.level());
            result.putObject("message").put("text", r.message());
            ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
            location.putObject("artifactLocation").put("uri", r.uri()).put("uriBaseId", "%SRCROOT%");
            location.putObject("region").put("startLine", Math.max(1, r.line()));
            result.putObject("partialFingerprints").put(r.fingerprintKey(), r.fingerprint());
            result.put("baselineState", r.accepted() ? "unchanged" : "new");
            if (r.accepted()) {
                result.putArray("suppressions").addObject().put("kind", "external").put("justification", justification);
            }
        }
        try {
            // the same line ending on every OS, so the same findings give the same bytes
            return JSON.writeValueAsString(sarif).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    /** For XML and HTML text and attribute values; drops characters XML 1.0 cannot carry. */
    public static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        xmlChars(text).codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** The text with each character XML 1.0 cannot carry (most control characters) replaced by U+FFFD. */
    public static String xmlChars(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c == '\t' || c == '\n' || c == '\r'
                || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 ? c : '\uFFFD'));
        return out.toString();
    }

    /** Text for a Markdown table cell: no line breaks, no column separators, no inline HTML. */
    public static String markdownCell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
                .replace("<", "&lt;").replace(">", "&gt;").replace("`", "\\`");
    }
}
