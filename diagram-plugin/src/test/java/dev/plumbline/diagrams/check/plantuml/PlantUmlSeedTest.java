package dev.plumbline.diagrams.check.plantuml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.diagrams.check.Seeds;
import dev.plumbline.diagrams.check.diagram.DiagramText;
import dev.plumbline.diagrams.check.diagram.GraphDiagram;
import dev.plumbline.diagrams.check.diagram.ParseResult;
import dev.plumbline.diagrams.check.diagram.SequenceDiagram;
import dev.plumbline.diagrams.check.markdown.DiagramBlock;
import dev.plumbline.diagrams.check.markdown.Notation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlantUmlSeedTest {

    private final PlantUmlReader reader = new PlantUmlReader();

    @Test
    void of_the_31_seed_plantuml_diagrams_exactly_four_have_genuine_syntax_errors() {
        List<DiagramBlock> blocks = Seeds.blocks(Notation.PLANTUML, "000", "001", "002");
        assertThat(blocks).hasSize(31);

        List<String> errors = new ArrayList<>();
        int sequences = 0;
        int graphs = 0;
        for (DiagramBlock block : blocks) {
            switch (reader.read(block.text())) {
                case ParseResult.Invalid invalid -> errors.add(block.file() + ":" + block.fileLine(invalid.error().line())
                        + ": " + invalid.error().message());
                case ParseResult.Parsed parsed when parsed.diagram() instanceof SequenceDiagram -> sequences++;
                case ParseResult.Parsed parsed -> graphs++;
                case ParseResult.Unsupported unsupported -> errors.add("unsupported " + unsupported);
            }
        }

        // PlantUML has no "and" keyword (Mermaid's par syntax), and "alt" is no component-diagram keyword.
        assertThat(errors).containsExactly(
                "000_9b589d5ab75b494a.txt:292: Syntax Error? (Assumed diagram type: component): 'alt Disaster occurs'",
                "002_e114c8bf2bc3e6ea.txt:91: Syntax Error? (Assumed diagram type: sequence): 'and Email Notification'",
                "002_e114c8bf2bc3e6ea.txt:239: Syntax Error? (Assumed diagram type: sequence): 'and New Traffic'",
                "002_e114c8bf2bc3e6ea.txt:292: Syntax Error? (Assumed diagram type: sequence): 'and'");
        assertThat(sequences + graphs).isEqualTo(27);
    }

    @Test
    void ml_lifecycle_seed_maps_aliases_messages_and_notes_with_markdown_lines() {
        DiagramBlock block = Seeds.blocks("000").get(1);
        SequenceDiagram sequence = (SequenceDiagram) ((ParseResult.Parsed) reader.read(block.text())).diagram();

        assertThat(sequence.participants()).extracting(p -> p.id() + "=" + p.label()).containsExactly(
                "DS=Data Scientist", "Registry=Model Registry", "Training=Training Pipeline", "Server=Model Server",
                "Edge=Edge Device", "Monitor=Monitoring");
        assertThat(sequence.messages()).hasSize(14);
        assertThat(block.fileLine(sequence.messages().getFirst().line())).isEqualTo(59);
        assertThat(DiagramText.of(sequence)).endsWith("""
                note right [Registry] "Model versioning,\\nA/B testing, rollback" @26
                note right [Edge] "Local inference,\\noffline capability" @27
                """);
    }

    @Test
    void network_seed_keeps_clouds_rectangles_and_their_nesting() {
        DiagramBlock block = Seeds.blocks("001").getFirst();
        GraphDiagram graph = (GraphDiagram) ((ParseResult.Parsed) reader.read(block.text())).diagram();

        assertThat(graph.group("internet")).get().satisfies(g -> {
            assertThat(g.kind()).isEqualTo("cloud");
            assertThat(g.members()).containsExactly("cdn", "ddos");
        });
        assertThat(graph.parentOf("rds")).get().extracting(g -> g.title()).isEqualTo("Data Subnet: 10.0.3.0/24");
        assertThat(graph.node("rds")).get().extracting(n -> n.shape(), n -> n.label())
                .containsExactly("database", "RDS PostgreSQL");
        assertThat(graph.edges()).filteredOn(e -> e.label().equals("EU traffic")).singleElement()
                .extracting(e -> e.from() + ">" + e.to() + "@" + block.fileLine(e.line())).isEqualTo("gslb>appgw@86");
    }
}
