package dev.plumbline.diagrams.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedDriftTest {

    @TempDir
    Path dir;

    private List<Path> allSeeds() {
        return Stream.of("000", "001", "002", "003", "004")
                .map(p -> DriftFixture.seedCopy(dir, p, UnaryOperator.identity())).toList();
    }

    @Test
    void the_original_seeds_report_exactly_their_four_syntax_mistakes() {
        DocsCheck.Result result = DriftFixture.check(dir, allSeeds());

        assertThat(DriftFixture.lines(result)).isEqualTo("""
                docs/000.md:292: error: PlantUML syntax error: Syntax Error? (Assumed diagram type: component): 'alt Disaster occurs'
                docs/002.md:91: error: PlantUML syntax error: Syntax Error? (Assumed diagram type: sequence): 'and Email Notification'
                docs/002.md:239: error: PlantUML syntax error: Syntax Error? (Assumed diagram type: sequence): 'and New Traffic'
                docs/002.md:292: error: PlantUML syntax error: Syntax Error? (Assumed diagram type: sequence): 'and'
                """);
        assertThat(result.diagrams()).isEqualTo(51);
        assertThat(result.matched()).isEqualTo(51);
        assertThat(result.failed()).isTrue();
    }

    @Test
    void every_seed_diagram_is_matched_to_the_view_made_from_it() {
        DocsCheck.Result result = DriftFixture.check(dir, allSeeds());

        Matcher testcase = Pattern.compile("<testcase classname=\"([^\"]+)\" name=\"([^\"]+)\"")
                .matcher(DriftFixture.report(result, "drift-check.xml"));
        StringBuilder matched = new StringBuilder();
        while (testcase.find()) {
            matched.append(testcase.group(1)).append(' ').append(testcase.group(2)).append('\n');
        }
        assertThat(matched.toString()).isEqualTo("""
                docs/000.md line 7: vgd-real-time-data-pipeline
                docs/000.md line 48: vgd-ml-model-lifecycle
                docs/000.md line 82: vgd-event-sourcing-pattern
                docs/000.md line 121: vgd-real-time-collaboration-architecture
                docs/000.md line 156: vgd-operational-transformation
                docs/000.md line 189: vgd-gitops-deployment-pipeline
                docs/000.md line 225: vgd-multi-environment-promotion
                docs/000.md line 264: vgd-backup-and-recovery-architecture
                docs/000.md line 304: vgd-failover-sequence
                docs/000.md line 336: vgd-caching-strategy
                docs/000.md line 383: vgd-performance-monitoring-flow
                docs/000.md line 417: vgd-end-to-end-testing-flow
                docs/000.md line 456: vgd-chaos-engineering-testing
                docs/001.md line 11: yawl-network-architecture
                docs/001.md line 117: yawl-security-architecture
                docs/001.md line 176: yawl-auth-flow
                docs/001.md line 241: yawl-workflow-execution-data-flow
                docs/001.md line 310: yawl-ai-generation-data-flow
                docs/001.md line 395: yawl-marketplace-data-flow
                docs/001.md line 499: yawl-observability-architecture
                docs/001.md line 566: yawl-distributed-trace
                docs/001.md line 646: yawl-cicd-pipeline
                docs/001.md line 727: yawl-service-mesh
                docs/001.md line 793: yawl-backup-dr-architecture
                docs/001.md line 858: yawl-auto-scaling
                docs/001.md line 916: yawl-global-distribution
                docs/002.md line 5: events-user-registration-flow
                docs/002.md line 115: events-event-sourcing-flow
                docs/002.md line 193: events-deployment-strategy
                docs/002.md line 270: events-error-handling-flow
                docs/002.md line 369: events-monitoring-architecture
                docs/003.md line 5: agents-high-level-architecture
                docs/003.md line 44: agents-message-flow
                docs/003.md line 68: agents-data-flow
                docs/003.md line 100: agents-component-interaction
                docs/003.md line 136: agents-authentication-flow
                docs/003.md line 155: agents-error-recovery-flow
                docs/003.md line 171: agents-monitoring-system
                docs/003.md line 210: agents-deployment-architecture
                docs/003.md line 248: agents-scaling-architecture
                docs/004.md line 7: pipeline-system-overview
                docs/004.md line 50: pipeline-data-flow
                docs/004.md line 75: pipeline-infrastructure-architecture
                docs/004.md line 128: pipeline-component-interaction
                docs/004.md line 173: pipeline-deployment-pipeline
                docs/004.md line 207: pipeline-security-architecture
                docs/004.md line 237: pipeline-scalability-architecture
                docs/004.md line 266: pipeline-error-handling-flow
                docs/004.md line 293: pipeline-backup-and-recovery-flow
                docs/004.md line 319: pipeline-performance-optimization
                docs/004.md line 348: pipeline-cost-optimization
                """);
    }
}
