package dev.plumbline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.structurizr.view.DynamicView;
import com.structurizr.view.ModelView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspacesTest {

    @TempDir
    Path dir;

    @Test
    void reads_steps_in_written_order_with_their_parallel_branches() throws Exception {
        ModelWorkspace shop = Workspaces.loadResource("samples/checkout.dsl");
        Sequence sequence = shop.sequence((DynamicView) shop.view("checkout-sequence").orElseThrow());

        assertThat(sequence.steps()).extracting(s -> s.number() + " " + s.source().getName() + " -> "
                + s.destination().getName() + " : " + s.description() + (s.dashed() ? " (dashed)" : "")
                + (s.parallelBlock() > 0 ? " [par " + s.parallelBlock() + "." + s.branch() + "]" : ""))
                .containsExactly(
                        "1 Shopper -> Web Shop : Check out",
                        "2 Web Shop -> Order Service : POST /orders",
                        "3 Order Service -> Order Service : Validate basket",
                        "4 Order Service -> Stock Service : Reserve items [par 1.1]",
                        "5 Order Service -> Payments : Charge card [par 1.2]",
                        "6 Order Service -> Orders DB : INSERT order",
                        "7 Orders DB -> Order Service : order id",
                        "8 Order Service -> Web Shop : 201 Created (dashed)");
        assertThat(sequence.steps().get(2).isSelfMessage()).isTrue();
    }

    @Test
    void declared_participants_come_first_then_the_rest_as_they_appear() throws Exception {
        ModelWorkspace shop = Workspaces.loadResource("samples/checkout.dsl");
        Sequence sequence = shop.sequence((DynamicView) shop.view("checkout-sequence").orElseThrow());

        assertThat(sequence.participants()).extracting(e -> e.getName())
                .containsExactly("Shopper", "Web Shop", "Order Service", "Orders DB", "Stock Service", "Payments");
    }

    @Test
    void a_participant_declared_without_messages_counts_as_shown() throws Exception {
        ModelWorkspace signIn = Workspaces.loadResource("samples/silent-participant.dsl");
        Sequence sequence = signIn.sequence((DynamicView) signIn.view("sign-in").orElseThrow());

        assertThat(sequence.participants()).extracting(e -> e.getName()).containsExactly("User", "App", "Vault");
        assertThat(signIn.validate()).isEmpty();
    }

    @Test
    void a_response_is_dashed_unless_overridden() throws Exception {
        ModelWorkspace shop = Workspaces.loadResource("samples/checkout.dsl");
        Sequence sequence = shop.sequence((DynamicView) shop.view("checkout-sequence").orElseThrow());

        // step 7 travels against "orders -> db" (a response) but the view draws it solid
        assertThat(sequence.steps().get(6).dashed()).isFalse();
        assertThat(sequence.steps().get(7).dashed()).isTrue();
    }

    @Test
    void orders_directives_by_step_then_anchor_then_position() throws Exception {
        ModelWorkspace shop = Workspaces.loadResource("samples/checkout.dsl");
        Sequence sequence = shop.sequence((DynamicView) shop.view("checkout-sequence").orElseThrow());

        assertThat(sequence.directives()).extracting(d -> d.anchor() + " " + d.step() + " " + d.kind() + " "
                + d.keyword() + "|" + d.label() + "|" + String.join(",", d.targets()) + "|" + d.text())
                .containsExactly(
                        "BEFORE 1 DIVIDER |Checkout||",
                        "AFTER 2 ACTIVATE activate|#lightblue|orders|",
                        "AFTER 3 NOTE right|||Basket rules\nlive here",
                        "BEFORE 4 FRAGMENT par|Stock||",
                        "BEFORE 5 ELSE and|Payment||",
                        "AFTER 5 END end|||",
                        "BEFORE 6 FRAGMENT alt|Accepted||",
                        "AFTER 7 END end|||",
                        "AFTER 8 NOTE over||shopper,web|Done",
                        "AFTER 8 DEACTIVATE deactivate||orders|");
    }

    @Test
    void reads_notes_and_fragments_of_static_views() throws Exception {
        ModelWorkspace shop = Workspaces.loadResource("samples/checkout.dsl");
        ModelView view = (ModelView) shop.view("shop-containers").orElseThrow();

        assertThat(shop.notes(view)).extracting(n -> n.position() + " " + n.element().getName() + ": " + n.text())
                .containsExactly("right of Order Service: Owns the order\nlifecycle");
        assertThat(shop.fragments(view)).extracting(f -> f.keyword() + " " + f.label() + ": "
                + f.relationships().get(0).getDescription())
                .containsExactly("alt Card payment: Redirects to payment");
    }

    @Test
    void a_valid_workspace_has_no_findings() throws Exception {
        assertThat(Workspaces.loadResource("samples/checkout.dsl").validate()).isEmpty();
    }

    @Test
    void reports_every_broken_rule_of_the_broken_sample_at_its_line() throws Exception {
        List<String> findings = Workspaces.loadResource("samples/broken.dsl").validate(Rules.STRICT).stream()
                .map(Finding::toString).toList();

        assertThat(findings).containsExactly(
                "samples/broken.dsl:5: error: element \"App\" has no description",
                "samples/broken.dsl:9: error: element \"Lonely\" appears in no view",
                "samples/broken.dsl:11: error: relationship API -> DB has no description",
                "samples/broken.dsl:20: error: \"alt\" fragment is never closed with \"end\" in view \"calls\"",
                "samples/broken.dsl:20: error: view \"calls\" anchors 6 directive(s) by step number "
                        + "(plumbline.step.<n>.before|after); write each as a comment line \"// plumbline: <directive>\" "
                        + "next to its step instead, so inserting a step moves nothing",
                "samples/broken.dsl:21: error: \"else\" outside an \"alt\" fragment in view \"calls\"",
                "samples/broken.dsl:22: error: malformed directive \"elsewhere Sad path\"",
                "samples/broken.dsl:23: error: no step 9 in view \"calls\" (it has 2)",
                "samples/broken.dsl:24: error: unknown element \"ghost\"",
                "samples/broken.dsl:25: error: arrow must be \"dashed\" or \"solid\", not \"wavy\"",
                "samples/broken.dsl:26: error: unknown extension property \"plumbline.colour\"",
                "samples/broken.dsl:27: error: \"par\" fragment is never closed with \"end\" in view \"calls\"",
                "samples/broken.dsl:27: error: \"par\" must start a native parallel block ({ { ... } { ... } }) in view \"calls\"",
                "samples/broken.dsl:30: error: view \"nothing\" is empty");
    }

    @Test
    void an_and_must_start_a_branch_of_its_parallel_block() throws IOException, ModelException {
        Path file = write("misplaced-and.dsl", """
                workspace {
                    model {
                        a = softwareSystem "A" "Does A." {
                            x = container "X" "Does X."
                            y = container "Y" "Does Y."
                        }
                        x -> y "Calls"
                        x -> x "Thinks"
                    }
                    views {
                        dynamic a "work" {
                            {
                                {
                                    // plumbline: par First
                                    x -> y "one"
                                    // plumbline: and Second
                                    x -> x "two"
                                }
                                {
                                    x -> y "three"
                                    // plumbline: end
                                }
                            }
                        }
                    }
                }
                """);

        assertThat(Workspaces.load(file).validate()).extracting(Finding::toString).containsExactly(file
                + ":16: error: \"and\" must start a branch of the native parallel block its \"par\" starts in view \"work\"");
    }

    @Test
    void a_missing_brace_is_reported_with_file_and_line() throws IOException {
        Path file = write("missing-brace.dsl", """
                workspace {
                    model {
                        a = softwareSystem "A" "Does A."
                    views {
                    }
                }
                """);

        assertThatThrownBy(() -> Workspaces.load(file)).isInstanceOf(ModelException.class)
                .hasMessageStartingWith(file + ":")
                .hasMessageNotContaining("Exception")
                .satisfies(e -> assertThat(((ModelException) e).findings()).singleElement()
                        .satisfies(f -> assertThat(f.line()).isPositive()));
    }

    @Test
    void an_unknown_identifier_is_reported_at_its_line() throws IOException {
        Path file = write("unknown-identifier.dsl", """
                workspace {
                    model {
                        a = softwareSystem "A" "Does A."
                        a -> b "Calls"
                    }
                }
                """);

        assertThatThrownBy(() -> Workspaces.load(file)).isInstanceOf(ModelException.class)
                .hasMessage(file + ":4: error: The destination element \"b\" does not exist");
    }

    @Test
    void a_duplicate_view_key_is_reported_at_its_line() throws IOException {
        Path file = write("duplicate-key.dsl", """
                workspace {
                    model {
                        a = softwareSystem "A" "Does A."
                    }
                    views {
                        systemContext a "context" {
                            include *
                        }
                        systemLandscape "context" {
                            include *
                        }
                    }
                }
                """);

        assertThatThrownBy(() -> Workspaces.load(file)).isInstanceOf(ModelException.class)
                .satisfies(e -> assertThat(((ModelException) e).findings()).singleElement()
                        .satisfies(f -> {
                            assertThat(f.line()).isEqualTo(9);
                            assertThat(f.message()).contains("context");
                        }));
    }

    @Test
    void a_view_key_need_only_be_unique_within_its_workspace() throws Exception {
        ModelWorkspace one = Workspaces.loadResource("samples/checkout.dsl");
        ModelWorkspace two = Workspaces.load(write("copy.dsl",
                Files.readString(Path.of("src/test/resources/samples/checkout.dsl"))));

        assertThat(Workspaces.validate(List.of(one, two), Rules.STRICT)).isEmpty();
    }

    @Test
    void a_file_that_is_not_text_is_refused_without_a_stack_trace() throws IOException {
        Path file = dir.resolve("binary.dsl");
        Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, 0, 1, 2});

        assertThatThrownBy(() -> Workspaces.load(file)).isInstanceOf(ModelException.class)
                .hasMessage(file + ":1: error: workspace is not UTF-8 text; Structurizr reads DSL as UTF-8");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
