package dev.plumbline.diagrams.check.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.diagrams.check.Seeds;
import dev.plumbline.diagrams.check.diagram.DiagramModel;
import dev.plumbline.diagrams.check.diagram.DiagramText;
import dev.plumbline.diagrams.check.diagram.Edge;
import dev.plumbline.diagrams.check.diagram.GraphDiagram;
import dev.plumbline.diagrams.check.diagram.ParseResult;
import dev.plumbline.diagrams.check.diagram.SequenceDiagram;
import dev.plumbline.diagrams.check.markdown.DiagramBlock;
import dev.plumbline.diagrams.check.markdown.Notation;
import java.util.List;
import org.junit.jupiter.api.Test;

class MermaidSeedTest {

    private final MermaidParser parser = new MermaidParser();

    private DiagramModel parsed(DiagramBlock block) {
        ParseResult result = parser.parse(block.text());
        assertThat(result).as("%s:%d", block.file(), block.fenceLine()).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).diagram();
    }

    @Test
    void all_twenty_seed_mermaid_diagrams_parse_into_graphs_and_sequences() {
        List<DiagramBlock> blocks = Seeds.blocks(Notation.MERMAID, "003", "004");

        assertThat(blocks).hasSize(20);
        List<DiagramModel> diagrams = blocks.stream().map(this::parsed).toList();
        assertThat(diagrams).filteredOn(SequenceDiagram.class::isInstance).hasSize(3);
        assertThat(diagrams).filteredOn(GraphDiagram.class::isInstance).hasSize(17)
                .allSatisfy(d -> assertThat(((GraphDiagram) d).edges()).isNotEmpty());
    }

    @Test
    void infrastructure_seed_keeps_nested_subgraphs_and_reads_the_undeclared_ECS_as_its_own_node() {
        DiagramBlock block = Seeds.blocks("004").get(2);
        GraphDiagram graph = (GraphDiagram) parsed(block);

        assertThat(DiagramText.of(graph).lines().filter(l -> l.startsWith("group"))).containsExactly(
                "group subGraph7 \"AWS Cloud\" subgraph in - [VPC, Storage, Monitoring] @2",
                "group VPC \"VPC\" subgraph in subGraph7 [subGraph0, subGraph3] @3",
                "group subGraph0 \"Public Subnets\" subgraph in VPC [ALB, NAT] @4",
                "group subGraph3 \"Private Subnets\" subgraph in VPC [subGraph1, RDS] @9",
                "group subGraph1 \"ECS Cluster\" subgraph in subGraph3 [KAFKA, SPARK, AIRFLOW, FRONTEND] @10",
                "group RDS \"RDS\" subgraph in subGraph3 [POSTGRES] @17",
                "group Storage \"Storage\" subgraph in subGraph7 [S3, ECR] @23",
                "group Monitoring \"Monitoring\" subgraph in subGraph7 [CW, SNS] @28",
                "group External \"External\" subgraph in - [GITHUB, USERS] @34");
        assertThat(graph.node("ECS")).get().satisfies(ecs -> {
            assertThat(ecs.shape()).isEqualTo("default");
            assertThat(ecs.label()).isEqualTo("ECS");
            assertThat(block.fileLine(ecs.line())).isEqualTo(115);
        });
        assertThat(graph.parentOf("ECS")).isEmpty();
        assertThat(graph.edges()).extracting(Edge::from, Edge::to).contains(
                org.assertj.core.groups.Tuple.tuple("ECR", "ECS"), org.assertj.core.groups.Tuple.tuple("ECS", "CW"));
    }

    @Test
    void system_overview_seed_gives_each_node_to_the_first_subgraph_that_mentions_it() {
        GraphDiagram graph = (GraphDiagram) parsed(Seeds.blocks("004").getFirst());

        assertThat(DiagramText.of(graph).lines().filter(l -> l.startsWith("group"))).containsExactly(
                "group subGraph0 \"Data Sources\" subgraph in - [A, B, C, D] @2",
                "group subGraph1 \"Streaming Layer\" subgraph in - [E, F] @8",
                "group subGraph2 \"Processing Layer\" subgraph in - [G, H, I] @13",
                "group subGraph3 \"Storage Layer\" subgraph in - [J] @20",
                "group subGraph4 \"Visualization Layer\" subgraph in - [K, L] @25",
                "group subGraph5 \"Cloud Services\" subgraph in - [M, N, O, P, Q, R] @30");
        assertThat(graph.edges()).hasSize(19);
    }

    @Test
    void message_flow_seed_adds_the_undeclared_Auth_after_the_declared_participants() {
        SequenceDiagram sequence = (SequenceDiagram) parsed(Seeds.blocks("003").get(1));

        assertThat(DiagramText.of(sequence)).startsWith("""
                participant Client "Client" participant declared @2
                participant API "API" participant declared @3
                participant Queue "Queue" participant declared @4
                participant Agent "Agent" participant declared @5
                participant DB "DB" participant declared @6
                participant Cache "Cache" participant declared @7
                participant Auth "Auth" participant implicit @10
                message Client -> API solid arrow "Send Request" @9
                message API -> Auth solid arrow "Validate Token" @10
                """);
        assertThat(sequence.messages()).hasSize(11).filteredOn(m -> m.self()).singleElement()
                .extracting(m -> m.label()).isEqualTo("Process Task");
    }

    @Test
    void data_flow_seed_uses_aliases_as_participant_labels() {
        SequenceDiagram sequence = (SequenceDiagram) parsed(Seeds.blocks("004").get(1));

        assertThat(sequence.participants()).extracting(p -> p.id() + "=" + p.label()).containsExactly(
                "DS=Data Sources", "KP=Kafka Producers", "K=Kafka", "SS=Spark Streaming", "SB=Spark Batch",
                "DB=PostgreSQL", "F=Frontend", "CW=CloudWatch");
        assertThat(sequence.messages()).hasSize(10);
    }

    @Test
    void error_recovery_seed_reads_decisions_and_piped_labels() {
        GraphDiagram graph = (GraphDiagram) parsed(Seeds.blocks("003").get(5));

        assertThat(DiagramText.of(graph)).isEqualTo("""
                direction TD
                node Error rectangle "Error Detected" @2
                node Classify rectangle "Classify Error" @2
                node Retry rhombus "Can Retry?" @3
                node BackOff rectangle "Exponential Backoff" @4
                node Attempt rectangle "Retry Attempt" @5
                node Success rhombus "Success?" @6
                node MaxRetries rhombus "Max Retries?" @7
                node Fallback rectangle "Fallback Mechanism" @9
                node Complete rectangle "Operation Complete" @10
                edge Error -> Classify solid arrow "" @2
                edge Classify -> Retry solid arrow "" @3
                edge Retry -> BackOff solid arrow "Yes" @4
                edge BackOff -> Attempt solid arrow "" @5
                edge Attempt -> Success solid arrow "" @6
                edge Success -> MaxRetries solid arrow "No" @7
                edge MaxRetries -> BackOff solid arrow "No" @8
                edge MaxRetries -> Fallback solid arrow "Yes" @9
                edge Success -> Complete solid arrow "Yes" @10
                edge Retry -> Fallback solid arrow "No" @11
                """);
    }
}
