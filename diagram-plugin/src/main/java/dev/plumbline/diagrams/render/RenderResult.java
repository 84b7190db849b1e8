package dev.plumbline.diagrams.render;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The outcome of rendering one {@link DiagramRequest}: an image, or the problem that prevented it. */
public sealed interface RenderResult permits RenderResult.Rendered, RenderResult.Failed {

    /** The name of the diagram, as given in the request. */
    String name();

    /**
     * A rendered image.
     *
     * @param warnings things the user should know although an image was produced, e.g. that a fallback layout was
     *                 used after the first one timed out
     */
    record Rendered(String name, ImageFormat format, byte[] image, List<String> warnings) implements RenderResult {
        public Rendered {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(image, "image");
            image = image.clone();
            warnings = List.copyOf(warnings);
        }

        @Override
        public byte[] image() {
            return image.clone();
        }

        // Records compare arrays by identity; a rendered image is a value.
        @Override
        public boolean equals(Object other) {
            return other instanceof Rendered that && name.equals(that.name) && format == that.format
                    && Arrays.equals(image, that.image) && warnings.equals(that.warnings);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, format, Arrays.hashCode(image), warnings);
        }

        @Override
        public String toString() {
            return "Rendered[" + name + ", " + format + ", " + image.length + " bytes, warnings=" + warnings + "]";
        }
    }

    /** No image: the problem says why. */
    record Failed(String name, DiagramProblem problem) implements RenderResult {
        public Failed {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(problem, "problem");
        }

        /** {@code name:line: message}, ready for the user. */
        public String describe() {
            return problem.describe(name);
        }
    }
}
