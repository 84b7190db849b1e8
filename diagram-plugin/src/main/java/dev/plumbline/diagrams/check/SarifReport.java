package dev.plumbline.diagrams.check;

import dev.plumbline.model.Finding;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.diagrams.check.DocsCheck.CheckRun;
import dev.plumbline.diagrams.check.DocsCheck.Reported;
import java.util.List;

/**
 * SARIF 2.1.0, which GitHub code scanning turns into annotations on pull requests: tool driver {@code plumbline},
 * one rule per finding kind, one result per finding at its file and line. Accepted findings carry an external
 * suppression and the baseline state {@code unchanged}, so they are not annotated. Written with Jackson, so any
 * text a finding quotes is escaped as JSON requires.
 */
final class SarifReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifReport() {
    }

    static String write(CheckRun run) {
        List<Rule> rules = List.of(Rule.values());
        ObjectNode sarif = JSON.createObjectNode()
                .put("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
                .put("version", "2.1.0");
        ObjectNode sarifRun = sarif.putArray("runs").addObject();
        ObjectNode driver = sarifRun.putObject("tool").putObject("driver").put("name", "plumbline");
        ArrayNode ruleNodes = driver.putArray("rules");
        for (Rule rule : rules) {
            ObjectNode node = ruleNodes.addObject().put("id", rule.id());
            node.putObject("shortDescription").put("text", rule.description());
            node.putObject("defaultConfiguration").put("level", defaultLevel(rule));
        }
        sarifRun.put("columnKind", "unicodeCodePoints");
        ArrayNode results = sarifRun.putArray("results");
        for (Reported r : run.reported()) {
            Finding f = r.issue().finding();
            ObjectNode result = results.addObject()
                    .put("ruleId", r.issue().rule().id())
                    .put("ruleIndex", rules.indexOf(r.issue().rule()))
                    .put("level", level(f.severity()));
            result.putObject("message").put("text", f.message());
            ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
            location.putObject("artifactLocation").put("uri", f.file()).put("uriBaseId", "%SRCROOT%");
            location.putObject("region").put("startLine", f.line());
            result.putObject("partialFingerprints").put("plumblineFinding/v1", r.issue().fingerprint());
            result.put("baselineState", r.accepted() ? "unchanged" : "new");
            if (r.accepted()) {
                result.putArray("suppressions").addObject().put("kind", "external")
                        .put("justification", "accepted in the drift-check baseline");
            }
        }
        try {
            // the same line ending on every OS, so the same findings give the same bytes
            return JSON.writeValueAsString(sarif).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    private static String level(Finding.Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String defaultLevel(Rule rule) {
        return switch (rule) {
            case UNSUPPORTED -> "note";
            case MISSING_ELEMENT, MISSING_ARROW, MISSING_STEP -> "warning";
            default -> "error";
        };
    }
}
