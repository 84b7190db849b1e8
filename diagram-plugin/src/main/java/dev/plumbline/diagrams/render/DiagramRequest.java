package dev.plumbline.diagrams.render;

import java.util.Objects;

/**
 * One diagram to render.
 *
 * @param name   caller's name for the diagram (a view key, or {@code file.md:12}); it names the diagram in every
 *               problem reported for it
 * @param source the diagram text, e.g. {@code @startuml ... @enduml}
 * @param format the image format wanted
 */
public record DiagramRequest(String name, String source, ImageFormat format) {

    public DiagramRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
    }

    public static DiagramRequest svg(String name, String source) {
        return new DiagramRequest(name, source, ImageFormat.SVG);
    }
}
