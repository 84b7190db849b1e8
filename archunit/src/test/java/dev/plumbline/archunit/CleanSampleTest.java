package dev.plumbline.archunit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The clean sample (com.example.shop) as a user writes it: the three lines of the README. Its model has a person, an
 * unmapped database, an arrow drawn against the code dependency (marked reversed) and one that is no code dependency
 * (marked none); all five rules pass.
 */
@AnalyzeClasses(packages = "com.example.shop")
class CleanSampleTest {

    static final PlumblineModel model = PlumblineModel.load(Path.of("src/test/architecture/shop.dsl")).containersOf("Shop");

    @ArchTest
    static final ArchRule code_matches_model = model.codeMatchesModel();

    @Test
    void every_rule_passes_and_reports_nothing() {
        var classes = new ClassFileImporter().importPackages("com.example.shop");
        assertThat(classes).isNotEmpty();
        assertThat(model.violations(classes)).isEmpty();
        assertThat(model.codeMatchesModel().evaluate(classes).hasViolation()).isFalse();
    }

    @Test
    void the_reversed_arrow_would_be_a_violation_without_its_mark() throws Exception {
        // Proves the mark is what makes the clean sample pass: drop it and the audit's dependency on the bus is drift.
        Path unmarked = Path.of("target", "shop-unmarked.dsl");
        java.nio.file.Files.writeString(unmarked, java.nio.file.Files.readString(Path.of("src/test/architecture/shop.dsl"))
                .replace(" \"\" \"plumbline.code.reversed\"", ""));
        var classes = new ClassFileImporter().importPackages("com.example.shop");
        assertThat(PlumblineModel.load(unmarked, "shop.dsl").containersOf("Shop").violations(classes))
                .extracting(PlumblineModel.Violation::message)
                .contains("Relationship bus -> audit \"Delivers events to\" (shop.dsl:44) has no code dependency: no "
                        + "class of container bus depends on a class of audit");
    }
}
