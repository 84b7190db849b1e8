package dev.plumbline.diagrams.check;

import dev.plumbline.model.Finding;
import dev.plumbline.diagrams.check.DocsCheck.CheckRun;
import dev.plumbline.diagrams.check.DocsCheck.Checked;
import dev.plumbline.diagrams.check.DocsCheck.Reported;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, which CI servers show as test results: one test suite per document, one test case per diagram block
 * (plus one per document or workspace for findings outside any block). A test case fails on errors the baseline
 * does not accept; warnings, infos and accepted findings go to its system-out. Written with the JDK's XML writer,
 * so what a finding quotes cannot break the markup.
 */
final class JUnitReport {

    private record Case(String name, String skipped, List<Reported> findings) {
        boolean failed() {
            return findings.stream().anyMatch(r -> !r.accepted()
                    && r.issue().finding().severity() == Finding.Severity.ERROR);
        }
    }

    private JUnitReport() {
    }

    static String write(CheckRun run) {
        Map<String, List<Case>> suites = new TreeMap<>();
        for (String document : run.documents().stream().map(DocsCheck::slashed).toList()) {
            suites.put(document, new ArrayList<>());
        }
        Map<String, List<Reported>> loose = new TreeMap<>();
        for (Checked checked : run.blocks()) {
            String file = DocsCheck.slashed(checked.block().file());
            int opening = ViewMatcher.openingLine(checked.block());
            List<Reported> findings = run.reported().stream()
                    .filter(r -> r.issue().blockLine() == opening && r.issue().finding().file()
                            .equals(file)).toList();
            String name = "line " + opening + ": " + checked.viewKey().orElse("(no view)");
            String skipped = checked.status().equals("not compared") ? "diagram type not compared" : null;
            suites.computeIfAbsent(file, f -> new ArrayList<>()).add(new Case(name, skipped, findings));
        }
        for (Reported r : run.reported()) {
            if (r.issue().blockLine() == 0) {
                loose.computeIfAbsent(r.issue().finding().file(), f -> new ArrayList<>()).add(r);
            }
        }
        loose.forEach((file, findings) -> suites.computeIfAbsent(file, f -> new ArrayList<>())
                .add(0, new Case("file", null, findings)));
        int tests = suites.values().stream().mapToInt(List::size).sum();
        long failures = suites.values().stream().flatMap(List::stream).filter(Case::failed).count();
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "plumbline drift check");
            xml.writeAttribute("tests", String.valueOf(tests));
            xml.writeAttribute("failures", String.valueOf(failures));
            for (Map.Entry<String, List<Case>> suite : suites.entrySet()) {
                writeSuite(xml, suite.getKey(), suite.getValue());
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

    private static void writeSuite(XMLStreamWriter xml, String file, List<Case> cases) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", chars(file));
        xml.writeAttribute("tests", String.valueOf(cases.size()));
        xml.writeAttribute("failures", String.valueOf(cases.stream().filter(Case::failed).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(cases.stream().filter(c -> c.skipped() != null).count()));
        for (Case c : cases) {
            boolean empty = !c.failed() && c.skipped() == null && c.findings().isEmpty();
            xml.writeCharacters("\n    ");
            if (empty) {
                xml.writeEmptyElement("testcase");
            } else {
                xml.writeStartElement("testcase");
            }
            xml.writeAttribute("classname", chars(file));
            xml.writeAttribute("name", chars(c.name()));
            if (empty) {
                continue;
            }
            if (c.failed()) {
                List<String> errors = c.findings().stream().filter(r -> !r.accepted()
                        && r.issue().finding().severity() == Finding.Severity.ERROR)
                        .map(r -> r.issue().finding().toString()).toList();
                xml.writeCharacters("\n      ");
                xml.writeStartElement("failure");
                xml.writeAttribute("type", "drift");
                xml.writeAttribute("message", errors.size() + (errors.size() == 1 ? " error" : " errors"));
                xml.writeCharacters(chars(String.join("\n", errors)));
                xml.writeEndElement();
            }
            if (c.skipped() != null) {
                xml.writeCharacters("\n      ");
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", chars(c.skipped()));
            }
            List<String> others = c.findings().stream().filter(r -> r.accepted()
                    || r.issue().finding().severity() != Finding.Severity.ERROR)
                    .map(r -> r.issue().finding() + (r.accepted() ? " [accepted in baseline]" : "")).toList();
            if (!others.isEmpty()) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("system-out");
                xml.writeCharacters(chars(String.join("\n", others)));
                xml.writeEndElement();
            }
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /** Text XML 1.0 can carry: the writer escapes markup, but a control character it would write as is. */
    private static String chars(String text) {
        return Escaping.xmlChars(text);
    }
}
