package dev.plumbline.diagrams.render.mermaid;

import static dev.plumbline.diagrams.render.DiagramRequest.svg;

import dev.plumbline.diagrams.render.SvgSafety;
import dev.plumbline.diagrams.render.RenderResult.Failed;
import dev.plumbline.diagrams.render.mermaid.MermaidRenderer.Options;
import dev.plumbline.diagrams.render.RenderResult.Rendered;
import dev.plumbline.diagrams.render.RenderResult;
import dev.plumbline.diagrams.render.DiagramRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MermaidRendererTest {

    private static MermaidRenderer renderer;

    @BeforeAll
    static void startRenderer() {
        renderer = RealRenderer.start(Options.defaults().withPages(2));
    }

    @AfterAll
    static void stopRenderer() {
        if (renderer != null) {
            renderer.close();
        }
    }

    @Test
    void renders_flowchart_to_svg_with_node_labels() {
        var result = renderer.render(svg("checkout-flow", """
                flowchart LR
                    Shop[Web Shop] --> Pay{Payment Gateway}
                    Pay -->|approved| Ship[Warehouse]
                """));

        var svg = svgText(result);
        assertThat(svg).startsWith("<svg id=\"checkout-flow\"")
                .contains("Web Shop", "Payment Gateway", "Warehouse", "approved")
                .contains("xmlns=\"http://www.w3.org/2000/svg\"");
    }

    @Test
    void renders_sequence_diagram_with_participants_and_messages() {
        var result = renderer.render(svg("login-sequence", """
                sequenceDiagram
                    participant Browser
                    participant AuthService
                    Browser->>AuthService: POST /login
                    AuthService-->>Browser: session cookie
                """));

        var svg = svgText(result);
        assertThat(svg).startsWith("<svg id=\"login-sequence\"")
                .contains("aria-roledescription=\"sequence\"")
                .contains(">Browser<", ">AuthService<", "POST /login", "session cookie");
    }

    @Test
    void reports_parse_error_with_line_number_in_the_diagram_source() {
        var result = renderer.render(svg("broken", """
                graph TD
                    A --> B
                    B --> C
                    C --> --> D
                    D --> E
                """));

        var failed = failed(result);
        assertThat(failed.problem().line()).isEqualTo(4);
        assertThat(failed.problem().message()).startsWith("Parse error: Expecting").contains("got 'LINK'")
                .doesNotContain("\n");
        assertThat(failed.problem().detail()).contains("C --> --> D").doesNotContain("    at ");
    }

    @Test
    void parse_error_line_counts_front_matter_directives_and_comments_of_the_source() {
        var source = """
                ---
                title: Orders
                ---
                %%{init: {"theme": "forest"}}%%
                sequenceDiagram
                    %% the customer starts
                    Customer->>Shop: order

                    %% then the shop answers
                    Shop-->>: confirmation
                """;

        var failed = failed(renderer.render(svg("orders", source)));

        assertThat(failed.problem().line()).isEqualTo(10);
        assertThat(source.lines().toList().get(failed.problem().line() - 1)).contains("Shop-->>: confirmation");
    }

    @Test
    void reports_line_of_errors_from_newer_diagram_parsers() {
        var failed = failed(renderer.render(svg("pets", """
                pie title Pets
                    "Dogs" : 386
                    "Cats" 85
                """)));

        assertThat(failed.problem().line()).isEqualTo(3);
        assertThat(failed.problem().message()).contains("Expecting token of type ':'");
    }

    @Test
    void unknown_diagram_type_points_at_the_first_line() {
        var failed = failed(renderer.render(svg("nonsense", "this is not mermaid\n  a -- b\n")));

        assertThat(failed.problem().line()).isEqualTo(1);
        assertThat(failed.problem().message()).startsWith("unknown diagram type");
    }

    @Test
    void renders_twenty_seed_diagrams_in_one_browser_with_long_lived_pages() {
        var before = renderer.stats();
        var seeds = SeedDiagrams.all();

        var results = renderer.renderAll(seeds);

        assertThat(seeds).hasSize(20);
        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(Rendered.class));
        var after = renderer.stats();
        assertThat(after.browserLaunches()).isEqualTo(1);
        assertThat(after.browserPid()).isEqualTo(before.browserPid()).isPositive();
        assertThat(after.pagesCreated()).isEqualTo(2);
        assertThat(after.renders() - before.renders()).isEqualTo(20);
        assertThat(ProcessHandle.of(after.browserPid())).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
    }

    @Test
    void same_diagrams_give_identical_bytes_in_any_order_on_reused_pages_and_in_a_new_browser() {
        var seeds = SeedDiagrams.all();
        var first = svgsByName(renderer.renderAll(seeds));

        var reversed = new ArrayList<>(seeds);
        Collections.reverse(reversed);
        var again = svgsByName(renderer.renderAll(reversed));
        var seedsTwiceOver = new ArrayList<DiagramRequest>();
        seedsTwiceOver.addAll(seeds.subList(10, 20));
        seedsTwiceOver.addAll(seeds);
        Map<String, String> thirdRound;
        try (var fresh = RealRenderer.start(Options.defaults().withPages(1))) {
            thirdRound = svgsByName(fresh.renderAll(seedsTwiceOver));
        }

        for (var name : first.keySet()) {
            assertThat(again.get(name)).as("%s in reverse order", name).isEqualTo(first.get(name));
            assertThat(thirdRound.get(name)).as("%s in a new browser", name).isEqualTo(first.get(name));
        }
        assertThat(thirdRound.keySet()).isEqualTo(first.keySet());
    }

    @Test
    void every_diagram_type_gives_identical_bytes_after_other_diagrams_and_in_a_new_browser() {
        // Types whose mermaid code keeps counters or uses randomness between renders in one page.
        var sources = List.of(
                svg("class", "classDiagram\n  Animal <|-- Dog\n  Animal <|-- Cat\n  class Animal {\n    +eat()\n  }\n"),
                svg("state", "stateDiagram-v2\n  [*] --> Idle\n  Idle --> Busy: job\n  Busy --> [*]\n"),
                svg("git", "gitGraph\n  commit\n  branch dev\n  commit\n  checkout main\n  merge dev\n"),
                svg("sankey", "sankey-beta\n  A,B,10\n  A,C,5\n"),
                svg("arch", "architecture-beta\n  group api(cloud)[API]\n  service db(database)[DB] in api\n"
                        + "  service app(server)[App] in api\n  db:L -- R:app\n"),
                svg("seq", "sequenceDiagram\n  actor U\n  participant S\n  U->>S: hi\n  S-->>U: ok\n"),
                svg("gantt", "gantt\n  dateFormat YYYY-MM-DD\n  section A\n  Task :a1, 2024-01-01, 30d\n"));
        var twice = new ArrayList<DiagramRequest>(sources);
        twice.addAll(sources.reversed());

        var warm = renderer.renderAll(twice);
        Map<String, String> fresh;
        try (var other = RealRenderer.start(Options.defaults().withPages(1))) {
            fresh = svgsByName(other.renderAll(sources));
        }

        for (int i = 0; i < sources.size(); i++) {
            var name = sources.get(i).name();
            var first = svgText(warm.get(i));
            var again = svgText(warm.get(twice.size() - 1 - i));
            assertThat(again).as("%s rendered again on a used page", name).isEqualTo(first);
            assertThat(fresh.get(name)).as("%s rendered in a new browser", name).isEqualTo(first);
        }
    }

    @Test
    void svg_ids_derive_from_the_diagram_name() {
        var plain = svgText(renderer.render(svg("SystemContext", "graph LR\n  A --> B\n")));
        var awkward = svgText(renderer.render(svg("Containers / API view", "graph LR\n  A --> B\n")));

        assertThat(plain).startsWith("<svg id=\"SystemContext\"").contains("#SystemContext ");
        assertThat(awkward).matches("(?s)<svg id=\"mermaid-Containers-API-view-[0-9a-f]{8}\".*");
    }

    @Test
    void svg_contains_no_script_or_event_handlers_even_when_the_source_tries() {
        var result = renderer.render(svg("injection", """
                flowchart TD
                    A["<img src=x onerror=alert(1)>Start"] --> B["<script>alert(2)</script>End"]
                    B --> C["<a href='javascript:alert(3)' onclick='alert(4)'>link</a>"]
                    click A href "javascript:alert(5)"
                    click C call alert(6)
                """));

        var svg = svgText(result);
        assertThat(svg).doesNotContainIgnoringCase("<script")
                .doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
                .doesNotContainIgnoringCase("javascript:")
                .contains("Start");
        assertThat(SvgSafety.violation(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void broken_diagram_leaves_the_page_fit_for_the_next_one() {
        try (var onePage = RealRenderer.start(Options.defaults().withPages(1))) {
            var good = "graph TD\n  Before --> After\n";
            var ok1 = rendered(onePage.render(svg("good", good)));
            failed(onePage.render(svg("bad", "graph TD\n  A --> --> B\n")));
            failed(onePage.render(svg("bad2", "sequenceDiagram\n  A->>: x\n")));
            var ok2 = rendered(onePage.render(svg("good", good)));

            assertThat(ok2.image()).isEqualTo(ok1.image());
            var stats = onePage.stats();
            assertThat(stats.pagesCreated()).isEqualTo(1);
            assertThat(stats.failures()).isEqualTo(2);
        }
    }

    @Test
    void rendering_fetches_nothing_from_the_network() {
        var before = renderer.stats().blockedRequests();

        var result = renderer.render(svg("remote-image", """
                flowchart LR
                    A["<img src='https://example.invalid/logo.png' width='20' height='20'/> Logo"] --> B
                """));

        assertThat(result).isInstanceOf(Rendered.class);
        assertThat(renderer.stats().blockedRequests()).isGreaterThan(before);
    }

    private static Map<String, String> svgsByName(List<RenderResult> results) {
        var byName = new LinkedHashMap<String, String>();
        results.stream().sorted(java.util.Comparator.comparing(RenderResult::name))
                .forEach(r -> byName.put(r.name(), svgText(r)));
        return byName;
    }

    private static String svgText(RenderResult result) {
        return new String(rendered(result).image(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Rendered rendered(RenderResult result) {
        assertThat(result).as("render result").isInstanceOf(Rendered.class);
        return (Rendered) result;
    }

    private static Failed failed(RenderResult result) {
        assertThat(result).as("render result").isInstanceOf(Failed.class);
        return (Failed) result;
    }
}
