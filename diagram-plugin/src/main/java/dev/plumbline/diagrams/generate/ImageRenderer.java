package dev.plumbline.diagrams.generate;

import java.util.List;
import java.util.Objects;

/** What {@link Generation} needs of a renderer: many sources in, one outcome per source out, in the same order. */
interface ImageRenderer extends AutoCloseable {

    /** One source to render; {@code name} names it in problems. */
    record Job(String name, String source) {
        public Job {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(source, "source");
        }
    }

    /** An image, or a problem at a line of the source (0 when no line applies). */
    record Outcome(byte[] image, int line, String problem, List<String> warnings) {
        static Outcome image(byte[] image, List<String> warnings) {
            return new Outcome(image, 0, null, warnings);
        }

        static Outcome problem(int line, String problem) {
            return new Outcome(null, line, problem, List.of());
        }

        boolean failed() {
            return image == null;
        }
    }

    List<Outcome> render(List<Job> jobs);

    @Override
    void close();
}
