package dev.plumbline.archunit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drifted sample (com.example.drifted) breaks every rule; each failure reads exactly as a user will see it. */
class DriftedSampleTest {

    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages("com.example.drifted");
    private static final PlumblineModel MODEL = PlumblineModel.load(Path.of("src/test/architecture/drifted.dsl"))
            .containersOf("Drifted Shop");

    private static String failure(ArchRule rule) {
        EvaluationResult result = rule.evaluate(CLASSES);
        assertThat(result.hasViolation()).as("rule '%s' fails", rule.getDescription()).isTrue();
        return result.getFailureReport().toString().strip();
    }

    @Test
    void a_class_in_no_element_and_a_class_in_two_are_named() {
        assertThat(failure(MODEL.everyClassBelongsToOneElement())).isEqualTo("""
                Architecture Violation [Priority: MEDIUM] - Rule 'every class belongs to exactly one of the containers of Drifted Shop' was violated (2 times):
                Class com.example.drifted.misc.Clock (Clock.java:0) belongs to no container of Drifted Shop: no plumbline.code pattern matches package com.example.drifted.misc
                Class com.example.drifted.stock.audit.StockLog (StockLog.java:0) belongs to more than one container: container audit (src/test/architecture/drifted.dsl:20) and container stock (src/test/architecture/drifted.dsl:15)""");
    }

    @Test
    void an_undeclared_dependency_names_class_member_line_elements_and_the_dsl_line_to_add() {
        assertThat(failure(MODEL.dependenciesAreDeclared())).isEqualTo("""
                Architecture Violation [Priority: MEDIUM] - Rule 'code dependencies between the containers of Drifted Shop are relationships of the model' was violated (3 times):
                Method PaymentClient.refund(OrderService, String) has parameter of type OrderService (PaymentClient.java:0): container payments -> orders is not in the model; declare it in src/test/architecture/drifted.dsl: payments -> orders "..."
                Notifier.start(..) calls StockAlerts.subscribe(..) (Notifier.java:8): container notifier -> alerts is not in the model; declare it in src/test/architecture/drifted.dsl: notifier -> alerts "..." (the model has alerts -> notifier "Delivers low-stock alerts to" (src/test/architecture/drifted.dsl:45); if that arrow shows data flowing against the code dependency, mark it "plumbline.code" "reversed")
                PaymentClient.refund(..) calls OrderService.cancel(..) (PaymentClient.java:12): container payments -> orders is not in the model; declare it in src/test/architecture/drifted.dsl: payments -> orders "..."\
                """);
    }

    @Test
    void a_relationship_without_code_is_a_stale_model_reported_at_its_dsl_line() {
        assertThat(failure(MODEL.relationshipsHaveCode())).isEqualTo("""
                Architecture Violation [Priority: MEDIUM] - Rule 'every relationship between the containers of Drifted Shop has a code dependency' was violated (2 times):
                Relationship alerts -> notifier "Delivers low-stock alerts to" (src/test/architecture/drifted.dsl:45) has no code dependency: no class of container alerts depends on a class of notifier
                Relationship orders -> stock "Reserves items with" (src/test/architecture/drifted.dsl:43) has no code dependency: no class of container orders depends on a class of stock""");
    }

    @Test
    void a_cycle_the_model_does_not_declare_names_the_missing_direction() {
        assertThat(failure(MODEL.noUndeclaredCycles())).isEqualTo("""
                Architecture Violation [Priority: MEDIUM] - Rule 'the containers of Drifted Shop form no dependency cycle the model does not declare' was violated (1 times):
                Cycle between the containers of Drifted Shop: orders -> payments -> orders; the model does not declare payments -> orders (PaymentClient.refund(..) calls OrderService.cancel(..) (PaymentClient.java:12))""");
    }

    @Test
    void an_element_without_classes_and_a_pattern_matching_nothing_are_named_with_their_dsl_line() {
        assertThat(failure(MODEL.everyElementHasCode())).isEqualTo("""
                Architecture Violation [Priority: MEDIUM] - Rule 'every one of the containers of Drifted Shop and each of its package patterns has a class' was violated (2 times):
                Container shipping (src/test/architecture/drifted.dsl:35) has no class: plumbline.code "com.example.drifted.shipping.." matches nothing in the classes checked
                Package pattern "com.example.drifted.legacy.." of container audit (src/test/architecture/drifted.dsl:20) matches no class""");
    }

    @Test
    void the_aggregate_reports_every_rule_under_one_stable_name() {
        ArchRule all = MODEL.codeMatchesModel();
        assertThat(all.getDescription()).isEqualTo("code matches the model Drifted Shop: containers of Drifted Shop");
        assertThat(failure(all)).startsWith("Architecture Violation [Priority: MEDIUM] - Rule 'code matches the model "
                + "Drifted Shop: containers of Drifted Shop' was violated (10 times):");
    }

    @Test
    void violations_carry_the_place_a_reader_fixes_them() {
        List<String> places = MODEL.violations(CLASSES).stream()
                .map(v -> v.rule() + " " + v.file() + ":" + v.line() + (v.inCode() ? " (code)" : "")).toList();
        assertThat(places).containsExactly(
                "every-class-in-one-element com/example/drifted/misc/Clock.java:1 (code)",
                "every-class-in-one-element com/example/drifted/stock/audit/StockLog.java:1 (code)",
                "dependencies-declared com/example/drifted/notifier/Notifier.java:8 (code)",
                "dependencies-declared com/example/drifted/payments/PaymentClient.java:1 (code)",
                "dependencies-declared com/example/drifted/payments/PaymentClient.java:12 (code)",
                "relationships-in-code src/test/architecture/drifted.dsl:43",
                "relationships-in-code src/test/architecture/drifted.dsl:45",
                "no-undeclared-cycles com/example/drifted/payments/PaymentClient.java:12 (code)",
                "every-element-has-code src/test/architecture/drifted.dsl:20",
                "every-element-has-code src/test/architecture/drifted.dsl:35");
    }
}
