package dev.plumbline.archunit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gradual adoption: today's violations frozen, the build fails only on new ones, even after the files move. */
class FreezingTest {

    private static final Path DRIFTED = Path.of("src/test/architecture/drifted.dsl");
    private static final JavaClasses ALL = new ClassFileImporter().importPackages("com.example.drifted");

    @TempDir
    Path store;

    @BeforeEach
    void storeInTemporaryFolder() {
        // FreezingArchRule (re)initialises its store from ArchUnit's configuration, so the folder is set there.
        ArchConfiguration.get().setProperty("freeze.store.default.path", store.toString());
        ArchConfiguration.get().setProperty("freeze.store.default.allowStoreCreation", "true");
    }

    @AfterEach
    void forgetConfiguration() {
        ArchConfiguration.get().reset();
    }

    private EvaluationResult frozen(Path workspace, JavaClasses classes) {
        PlumblineModel model = PlumblineModel.load(workspace, "drifted.dsl").containersOf("Drifted Shop");
        return FreezingArchRule.freeze(model.codeMatchesModel()).evaluate(classes);
    }

    @Test
    void frozen_violations_pass_and_only_a_new_dependency_fails() {
        JavaClasses withoutNotifier = ALL.that(com.tngtech.archunit.base.DescribedPredicate.describe("not the notifier",
                (JavaClass c) -> !c.getPackageName().endsWith(".notifier")));

        EvaluationResult first = frozen(DRIFTED, withoutNotifier);
        assertThat(first.hasViolation()).as("first run records and passes: %s", first.getFailureReport()).isFalse();
        assertThat(frozen(DRIFTED, withoutNotifier).hasViolation()).as("same violations pass").isFalse();

        EvaluationResult withNotifier = frozen(DRIFTED, ALL);
        assertThat(withNotifier.hasViolation()).isTrue();
        assertThat(withNotifier.getFailureReport().getDetails()).containsExactly("Notifier.start(..) calls "
                + "StockAlerts.subscribe(..) (Notifier.java:8): container notifier -> alerts is not in the model; declare "
                + "it in drifted.dsl: notifier -> alerts \"...\" (the model has alerts -> notifier \"Delivers "
                + "low-stock alerts to\" (drifted.dsl:45); if that arrow shows data flowing against the code dependency, mark it "
                + "\"plumbline.code\" \"reversed\")");
    }

    @Test
    void frozen_violations_survive_lines_added_above_them_in_the_workspace() throws Exception {
        assertThat(frozen(DRIFTED, ALL).hasViolation()).isFalse();

        Path moved = store.resolve("moved").resolve("drifted.dsl");
        Files.createDirectories(moved.getParent());
        Files.writeString(moved, "# a comment\n# and another\n" + Files.readString(DRIFTED));
        EvaluationResult afterEdit = frozen(moved, ALL);

        assertThat(afterEdit.hasViolation()).as("%s", afterEdit.getFailureReport()).isFalse();
    }
}
