package dev.plumbline.diagrams.render.mermaid;

import static dev.plumbline.diagrams.render.DiagramRequest.svg;

import dev.plumbline.diagrams.render.DiagramRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The 20 Mermaid diagrams of seed documents 003 and 004, one file each, named after document and position. */
final class SeedDiagrams {

    private SeedDiagrams() {
    }

    static List<DiagramRequest> all() {
        return read("seeds/index.txt").lines().filter(l -> !l.isBlank())
                .map(file -> svg(file.replace(".mmd", ""), read("seeds/" + file))).toList();
    }

    private static String read(String resource) {
        try (InputStream in = SeedDiagrams.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
