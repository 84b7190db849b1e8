package dev.plumbline.refimpl;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.plumbline.archunit.PlumblineModel;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The code matches the seed-002 model and the model matches the code: all five of the archunit module's rules over
 * the containers of the Event Registration Platform, whose {@code plumbline.code} names these packages.
 */
@AnalyzeClasses(packages = "dev.plumbline.refimpl",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.WithoutInfrastructure.class})
class ArchitectureTest {

    static final PlumblineModel model =
            PlumblineModel.loadResource("plumbline/workspaces/event-registration-platform.dsl")
                    .containersOf("platform");

    @ArchTest
    static final ArchRule code_matches_model = model.codeMatchesModel();

    /**
     * The one exception: the composition root (Main, Platform, its configuration) and the shared kernel every
     * container uses ({@code storage}: the JDBC pool and transactions; {@code tracing}: the architecture spans;
     * {@code rejection}: the refusal a command throws) are infrastructure, not elements of the seed's model, so
     * "every class belongs to one element" is asked of the containers' packages only.
     */
    static final class WithoutInfrastructure implements ImportOption {
        private static final Pattern INFRASTRUCTURE = Pattern.compile(
                ".*/dev/plumbline/refimpl/([^/]+\\.class|(storage|tracing|rejection)/.*)");

        @Override
        public boolean includes(Location location) {
            return !location.matches(INFRASTRUCTURE);
        }
    }

    private static com.tngtech.archunit.core.domain.JavaClasses imported;

    /** The classes the @ArchTest analyses, imported once for the plain tests below. */
    private static synchronized com.tngtech.archunit.core.domain.JavaClasses classes() {
        if (imported == null) {
            imported = new ClassFileImporter()
                .withImportOptions(java.util.List.of(new ImportOption.DoNotIncludeTests(), new WithoutInfrastructure()))
                .importPackages("dev.plumbline.refimpl");
        }
        return imported;
    }

    @Test
    void every_container_package_is_analysed() {
        var classes = classes();
        assertThat(classes.stream().map(c -> c.getPackageName().replace("dev.plumbline.refimpl.", "")).distinct()
                .sorted()).containsExactly("aggregate", "audit", "bus", "commandhandler", "deadletter", "event",
                "eventstore", "gateway", "notification", "projection", "publisher", "registration", "snapshotstore",
                "user");
        assertThat(model.violations(classes)).isEmpty();
    }

    @Test
    void a_delivery_without_its_reversed_mark_is_drift() throws Exception {
        // Proves the marks are what make the rules pass: without it, the audit service's dependency on the bus
        // is undeclared and the model's delivery arrow has no code.
        String dsl;
        try (var in = getClass().getClassLoader()
                .getResourceAsStream("plumbline/workspaces/event-registration-platform.dsl")) {
            dsl = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String marked = """
                        kafka -> auditService "Delivers platform events to" {
                            # Consumers implement the bus's Consumer interface: the code depends the other way.
                            properties {
                                "plumbline.code" "reversed"
                            }
                        }
                """;
        assertThat(dsl).contains(marked);
        java.nio.file.Path unmarked = java.nio.file.Path.of("target", "event-registration-platform-unmarked.dsl");
        java.nio.file.Files.writeString(unmarked,
                dsl.replace(marked, "        kafka -> auditService \"Delivers platform events to\"\n"));
        var classes = classes();
        assertThat(PlumblineModel.load(unmarked, "event-registration-platform.dsl").containersOf("platform")
                .violations(classes)).extracting(PlumblineModel.Violation::message)
                .anyMatch(m -> m.startsWith("Relationship kafka -> auditService \"Delivers platform events to\"")
                        && m.endsWith("has no code dependency: no class of container kafka depends on a class of "
                        + "auditService"))
                .anyMatch(m -> m.contains("container auditService -> kafka is not in the model"));
    }
}
