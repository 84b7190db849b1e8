package dev.plumbline.diagrams.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.diagrams.render.DiagramRenderer;
import dev.plumbline.diagrams.render.DiagramRequest;
import dev.plumbline.diagrams.render.RenderResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RendererStartsTest {

    @TempDir
    Path dir;

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<String> console = new ArrayList<>();

    @Test
    void a_first_run_starts_both_renderers_before_they_are_asked_for_and_hands_out_those() throws Exception {
        try (RendererStarts starts = RendererStarts.begin(new Recording(), options("puml,mmd,svg"), console::add, true)) {
            waitFor("start plantuml", "start mermaid");

            DiagramRenderer plantUml = starts.plantUml(55, true);
            DiagramRenderer mermaid = starts.mermaid().orElseThrow();

            assertThat(((Fake) plantUml).name).isEqualTo("plantuml");
            assertThat(((Fake) mermaid).name).isEqualTo("mermaid");
            assertThat(events).containsExactlyInAnyOrder("start plantuml", "start mermaid");
        }
        assertThat(events).doesNotContain("close plantuml", "close mermaid"); // the caller closes what it took
    }

    @Test
    void renderers_started_early_and_never_asked_for_are_closed() throws Exception {
        try (RendererStarts starts = RendererStarts.begin(new Recording(), options("puml,mmd,svg"), console::add, true)) {
            starts.closeMermaid();
            assertThat(events).contains("close mermaid");
        }
        assertThat(events).contains("close plantuml");
    }

    @Test
    void what_an_early_mermaid_start_prints_shows_only_when_mermaid_is_asked_for() throws Exception {
        Recording factory = new Recording();
        factory.mermaidSays = "[WARNING] Mermaid SVG not rendered: no Node.js";
        try (RendererStarts starts = RendererStarts.begin(factory, options("puml,mmd,svg"), console::add, true)) {
            waitFor("start mermaid");
            assertThat(console).isEmpty();

            starts.mermaid();

            assertThat(console).containsExactly("[WARNING] Mermaid SVG not rendered: no Node.js");
        }
        try (RendererStarts unused = RendererStarts.begin(factory, options("puml,mmd,svg"), console::add, true)) {
            unused.closeMermaid();
        }
        assertThat(console).hasSize(1);
    }

    @Test
    void a_run_with_earlier_output_starts_a_renderer_only_when_asked_and_only_those_its_formats_need()
            throws Exception {
        try (RendererStarts starts = RendererStarts.begin(new Recording(), options("puml,mmd,svg"), console::add, false)) {
            Thread.sleep(100);
            assertThat(events).isEmpty();
            starts.plantUml(3, false);
            assertThat(events).containsExactly("start plantuml");
        }
        try (RendererStarts starts = RendererStarts.begin(new Recording(), options("puml,svg"), console::add, true)) {
            waitFor("start plantuml");
        }
        assertThat(events).doesNotContain("start mermaid");
    }

    @Test
    void a_renderer_that_fails_to_start_early_fails_where_it_is_asked_for() {
        Recording factory = new Recording();
        factory.plantUmlFails = true;
        try (RendererStarts starts = RendererStarts.begin(factory, options("puml,svg"), console::add, true)) {
            assertThatThrownBy(() -> starts.plantUml(1, false)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot start PlantUML worker");
        }
    }

    private void waitFor(String... started) throws InterruptedException {
        for (int i = 0; i < 200 && !events.containsAll(List.of(started)); i++) {
            Thread.sleep(10);
        }
        assertThat(events).contains(started);
    }

    private GenerateOptions options(String formats) {
        return GenerateOptions.parse(new String[] {"--out", dir.resolve("out").toString(), "--formats", formats,
                dir.resolve("w.dsl").toString()});
    }

    private final class Fake implements DiagramRenderer {
        final String name;

        Fake(String name) {
            this.name = name;
        }

        @Override
        public List<RenderResult> renderAll(List<DiagramRequest> requests) {
            return List.of();
        }

        @Override
        public void close() {
            events.add("close " + name);
        }
    }

    private final class Recording implements Generation.RendererFactory {
        String mermaidSays;
        boolean plantUmlFails;

        @Override
        public String plantUmlIdentity(GenerateOptions options) {
            return "plantuml";
        }

        @Override
        public String mermaidIdentity(GenerateOptions options) {
            return "mermaid";
        }

        @Override
        public DiagramRenderer plantUml(GenerateOptions options, int diagrams, boolean withMermaid) {
            events.add("start plantuml");
            if (plantUmlFails) {
                throw new IllegalStateException("cannot start PlantUML worker");
            }
            return new Fake("plantuml");
        }

        @Override
        public Optional<DiagramRenderer> mermaid(GenerateOptions options, Consumer<String> out) {
            if (mermaidSays != null) {
                out.accept(mermaidSays);
            }
            events.add("start mermaid");
            return mermaidSays != null ? Optional.empty() : Optional.of(new Fake("mermaid"));
        }
    }
}
