package dev.plumbline.diagrams.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The findings of a Plumbline gate as its SARIF reports give them ({@code check} and {@code conformance} write the
 * same format), or that the gate did not run: a folder without SARIF means "not run", never "passed".
 */
record Findings(boolean ran, List<Row> rows, Optional<String> problem) {

    /** One finding at its file and line. */
    record Row(String file, int line, String level, String rule, String message, boolean accepted) {
    }

    Findings {
        rows = List.copyOf(rows);
    }

    long errors() {
        return rows.stream().filter(r -> !r.accepted() && r.level().equals("error")).count();
    }

    long warnings() {
        return rows.stream().filter(r -> !r.accepted() && r.level().equals("warning")).count();
    }

    /** "passed", "failed", "not run" or "unreadable", for the landing page's badge. */
    String state() {
        if (problem.isPresent()) {
            return "unreadable";
        }
        return !ran ? "not run" : errors() > 0 ? "failed" : "passed";
    }

    static Findings read(Path folder, Path base) {
        if (!Files.isDirectory(folder)) {
            return new Findings(false, List.of(), Optional.empty());
        }
        List<Path> reports;
        try (Stream<Path> list = Files.list(folder)) {
            reports = list.filter(p -> p.getFileName().toString().endsWith(".sarif")).sorted().toList();
        } catch (IOException e) {
            return new Findings(false, List.of(), Optional.of(folder + ": " + e.getMessage()));
        }
        if (reports.isEmpty()) {
            return new Findings(false, List.of(), Optional.empty());
        }
        List<Row> rows = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path report : reports) {
            try {
                for (JsonNode run : json.readTree(report.toFile()).path("runs")) {
                    for (JsonNode result : run.path("results")) {
                        JsonNode location = result.path("locations").path(0).path("physicalLocation");
                        rows.add(new Row(location.path("artifactLocation").path("uri").asText(""),
                                location.path("region").path("startLine").asInt(0),
                                result.path("level").asText("warning"), result.path("ruleId").asText(""),
                                result.path("message").path("text").asText(""),
                                result.path("suppressions").size() > 0
                                        || result.path("baselineState").asText("").equals("unchanged")));
                    }
                }
            } catch (IOException e) {
                return new Findings(true, rows, Optional.of(report.getFileName() + ": not valid "
                        + "SARIF: " + e.getMessage()));
            }
        }
        return new Findings(true, rows, Optional.empty());
    }
}
