package dev.plumbline.diagrams.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkerArgumentsTest {

    private static final Map<String, String> SINGLES = Map.of("--out", "plumbline.outputDirectory",
            "--timeout", "plumbline.renderTimeout", "--dot", "plumbline.dot", "--formats", "plumbline.formats",
            "--fail", "plumbline.failOnMissingRenderer", "--docs", "plumbline.docs");
    private static final Map<String, String> LISTS = Map.of("--workspaces", "plumbline.workspaces");

    private static WorkerArguments parse(String... args) {
        return WorkerArguments.parse(args, SINGLES, LISTS);
    }

    @Test
    void list_options_take_every_value_up_to_the_next_option_and_repeat() {
        WorkerArguments given = parse("--workspaces", "a.dsl", "b.dsl", "--out", "o", "--workspaces", "c.dsl");

        assertThat(given.paths("--workspaces")).containsExactly(Path.of("a.dsl"), Path.of("b.dsl"), Path.of("c.dsl"));
        assertThat(given.plain()).isEmpty();
    }

    @Test
    void single_options_take_one_value_and_the_rest_is_plain() {
        WorkerArguments given = parse("--docs", "a.md", "--out", "o", "--docs", "b.md", "one.dsl", "two.dsl");

        assertThat(given.values("--docs")).containsExactly("a.md", "b.md");
        assertThat(given.value("--out")).contains("o");
        assertThat(given.plain()).containsExactly("one.dsl", "two.dsl");
    }

    @Test
    void a_blank_value_is_no_path_and_an_absent_option_its_fallback() {
        WorkerArguments given = parse("--dot", "", "w.dsl");

        assertThat(given.path("--dot")).isEqualTo(Optional.empty());
        assertThat(given.number("--timeout", 20)).isEqualTo(20);
        assertThat(given.bool("--fail", false)).isFalse();
        assertThat(given.choices("--formats", List.of("puml", "svg"), "format", Set.of("svg"))).containsExactly("svg");
    }

    @Test
    void choices_keep_the_given_order_in_lower_case() {
        assertThat(parse("--formats", "SVG, puml").choices("--formats", List.of("puml", "mmd", "svg"), "format",
                Set.of())).containsExactly("svg", "puml");
    }

    @Test
    void messages_name_the_maven_property_not_the_worker_option() {
        assertThatThrownBy(() -> parse("--timeout", "soon").number("--timeout", 20))
                .hasMessage("plumbline.renderTimeout must be a number, not \"soon\"");
        assertThatThrownBy(() -> parse("--fail", "yes").bool("--fail", false))
                .hasMessage("plumbline.failOnMissingRenderer must be true or false, not \"yes\"");
        assertThatThrownBy(() -> parse("--formats", "puml,gif").choices("--formats", List.of("puml", "mmd", "svg"),
                "format", Set.of())).hasMessage("plumbline.formats: unknown format \"gif\"; use puml, mmd or svg");
        assertThatThrownBy(() -> parse("w.dsl", "--out")).hasMessage("plumbline.outputDirectory needs a value");
    }

    @Test
    void an_unknown_option_says_the_plugin_and_worker_may_differ() {
        assertThatThrownBy(() -> parse("--colour", "red"))
                .hasMessage("unknown worker option --colour (a Plumbline plugin and worker of different versions?)");
    }
}
