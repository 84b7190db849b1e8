package dev.plumbline.diagrams.check.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.diagrams.check.diagram.DiagramText;
import dev.plumbline.diagrams.check.diagram.GraphDiagram;
import dev.plumbline.diagrams.check.diagram.ParseResult;
import dev.plumbline.diagrams.check.diagram.SyntaxError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MermaidFlowchartTest {

    private final MermaidParser parser = new MermaidParser();

    private GraphDiagram graph(String text) {
        ParseResult result = parser.parse(text);
        assertThat(result).as("parse of%n%s", text).isInstanceOf(ParseResult.Parsed.class);
        return (GraphDiagram) ((ParseResult.Parsed) result).diagram();
    }

    private SyntaxError error(String text) {
        ParseResult result = parser.parse(text);
        assertThat(result).as("parse of%n%s", text).isInstanceOf(ParseResult.Invalid.class);
        return ((ParseResult.Invalid) result).error();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TB", "TD", "BT", "RL", "LR"})
    void reads_every_direction_of_graph_and_flowchart(String direction) {
        assertThat(graph("graph " + direction + "\n  A --> B\n").direction()).isEqualTo(direction);
        assertThat(graph("flowchart " + direction + ";\n  A --> B\n").direction()).isEqualTo(direction);
    }

    @Test
    void a_graph_without_direction_has_an_empty_one() {
        assertThat(graph("graph\nA-->B").direction()).isEmpty();
    }

    @Test
    void an_unknown_direction_is_a_syntax_error_on_the_header_line() {
        assertThat(error("%% comment\ngraph XY\nA-->B")).hasToString("2: unknown direction 'XY'; expected one of TB, TD, BT, RL, LR");
    }

    @Test
    void reads_every_node_shape_with_its_label() {
        GraphDiagram graph = graph("""
                flowchart LR
                    a[Rectangle]
                    b(Rounded)
                    c([Stadium])
                    d[[Subroutine]]
                    e[(Database)]
                    f((Circle))
                    g>Asymmetric]
                    h{Rhombus}
                    i{{Hexagon}}
                    j[/Parallelogram/]
                    k[\\Parallelogram alt\\]
                    l[/Trapezoid\\]
                    m[\\Trapezoid alt/]
                    n(((Double circle)))
                    o
                    p@{ shape: cyl, label: "Shape data" }
                """);

        assertThat(DiagramText.of(graph)).isEqualTo("""
                direction LR
                node a rectangle "Rectangle" @2
                node b rounded "Rounded" @3
                node c stadium "Stadium" @4
                node d subroutine "Subroutine" @5
                node e cylinder "Database" @6
                node f circle "Circle" @7
                node g asymmetric "Asymmetric" @8
                node h rhombus "Rhombus" @9
                node i hexagon "Hexagon" @10
                node j parallelogram "Parallelogram" @11
                node k parallelogram-alt "Parallelogram alt" @12
                node l trapezoid "Trapezoid" @13
                node m trapezoid-alt "Trapezoid alt" @14
                node n double-circle "Double circle" @15
                node o default "o" @16
                node p cyl "Shape data" @17
                """);
    }

    @Test
    void quoted_labels_may_hold_delimiters_and_keep_their_text() {
        GraphDiagram graph = graph("""
                graph TD
                    A["Label with ] and (parens) and --> arrow"] --> B("it's {fine}")
                """);

        assertThat(graph.nodes()).extracting(n -> n.label())
                .containsExactly("Label with ] and (parens) and --> arrow", "it's {fine}");
    }

    @Test
    void reads_every_link_style_and_both_label_forms() {
        GraphDiagram graph = graph("""
                graph LR
                    A --> B
                    A --- C
                    A -.-> D
                    A -.- E
                    A ==> F
                    A === G
                    A --o H
                    A --x I
                    A <--> J
                    A ~~~ K
                    A -->|piped label| L
                    A -- inline label --> M
                    A -. dotted label .-> N
                    A == thick label ==> O
                    A ---->|"quoted"| P
                    A--text without spaces-->Q
                """);

        assertThat(DiagramText.of(graph).lines().filter(l -> l.startsWith("edge"))).containsExactly(
                "edge A -> B solid arrow \"\" @2",
                "edge A -> C solid none \"\" @3",
                "edge A -> D dashed arrow \"\" @4",
                "edge A -> E dashed none \"\" @5",
                "edge A -> F thick arrow \"\" @6",
                "edge A -> G thick none \"\" @7",
                "edge A -> H solid circle \"\" @8",
                "edge A -> I solid cross \"\" @9",
                "edge A -> J solid arrow both \"\" @10",
                "edge A -> K invisible none \"\" @11",
                "edge A -> L solid arrow \"piped label\" @12",
                "edge A -> M solid arrow \"inline label\" @13",
                "edge A -> N dashed arrow \"dotted label\" @14",
                "edge A -> O thick arrow \"thick label\" @15",
                "edge A -> P solid arrow \"quoted\" @16",
                "edge A -> Q solid arrow \"text without spaces\" @17");
    }

    @Test
    void chained_links_and_ampersand_groups_make_every_edge() {
        GraphDiagram graph = graph("""
                graph TD
                    A --> B --> C
                    D & E --> F & G
                    a-->b;b-->c
                """);

        assertThat(graph.edges()).extracting(e -> e.from() + ">" + e.to()).containsExactly(
                "A>B", "B>C", "D>F", "D>G", "E>F", "E>G", "a>b", "b>c");
    }

    @Test
    void node_ids_may_contain_dashes_that_do_not_start_a_link() {
        GraphDiagram graph = graph("graph TD\n  web-app-1 --> db-main\n");

        assertThat(graph.edges()).singleElement().extracting(e -> e.from() + ">" + e.to()).isEqualTo("web-app-1>db-main");
    }

    @Test
    void a_later_label_renames_a_node_first_seen_bare_but_keeps_its_first_line() {
        GraphDiagram graph = graph("graph TD\nA --> B\nB[Named later]\n");

        assertThat(graph.node("B")).get().extracting(n -> n.label(), n -> n.line()).containsExactly("Named later", 2);
    }

    @Test
    void reads_subgraph_ids_titles_and_nesting_as_mermaid_names_them() {
        GraphDiagram graph = graph("""
                graph TB
                    subgraph Frontend
                        UI[User Interface]
                    end
                    subgraph "Quoted Title"
                        subgraph inner [Inner title]
                            X
                        end
                        Y
                    end
                    subgraph Data Collection
                        Z
                    end
                    subgraph "VPC"
                        W
                    end
                    UI --> X
                """);

        assertThat(DiagramText.of(graph)).isEqualTo("""
                direction TB
                group Frontend "Frontend" subgraph in - [UI] @2
                group subGraph2 "Quoted Title" subgraph in - [inner, Y] @5
                group inner "Inner title" subgraph in subGraph2 [X] @6
                group subGraph3 "Data Collection" subgraph in - [Z] @11
                group VPC "VPC" subgraph in - [W] @14
                node UI rectangle "User Interface" @3
                node X default "X" @7
                node Y default "Y" @9
                node Z default "Z" @12
                node W default "W" @15
                edge UI -> X solid arrow "" @17
                """);
    }

    @Test
    void a_node_belongs_to_the_first_subgraph_that_mentions_it() {
        GraphDiagram graph = graph("""
                graph TB
                    subgraph one
                        A --> B
                    end
                    subgraph two
                        B --> C
                    end
                """);

        assertThat(graph.group("one")).get().extracting(g -> g.members()).asList().containsExactly("A", "B");
        assertThat(graph.group("two")).get().extracting(g -> g.members()).asList().containsExactly("C");
        assertThat(graph.parentOf("B")).get().extracting(g -> g.id()).isEqualTo("one");
    }

    @Test
    void an_edge_to_a_subgraph_id_does_not_invent_a_node() {
        GraphDiagram graph = graph("graph TB\n  subgraph backend\n    API\n  end\n  UI --> backend\n");

        assertThat(graph.nodes()).extracting(n -> n.id()).containsExactly("API", "UI");
        assertThat(graph.edges()).singleElement().extracting(e -> e.to()).isEqualTo("backend");
    }

    @Test
    void styling_interaction_and_comment_lines_are_ignored() {
        GraphDiagram graph = graph("""
                %%{init: {"theme": "dark"}}%%
                graph TD
                    %% a comment
                    A:::important --> B
                    classDef important fill:#f96
                    class A important
                    style B fill:#bbf,stroke:#333
                    click A "https://example.com" "tooltip"
                    linkStyle 0 stroke:#ff3
                    accTitle: Title
                    accDescr {
                        multi-line
                        description
                    }
                """);

        assertThat(DiagramText.of(graph)).isEqualTo("""
                direction TD
                node A default "A" @4
                node B default "B" @4
                edge A -> B solid arrow "" @4
                """);
    }

    @Test
    void front_matter_is_skipped_and_lines_still_count_from_the_top() {
        GraphDiagram graph = graph("---\ntitle: Example\n---\nflowchart LR\n  A --> B\n");

        assertThat(graph.edges()).singleElement().extracting(e -> e.line()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            graph TD\\nsubgraph A\\n  X\\n                => 2: subgraph 'A' is never closed with 'end'
            graph TD\\nA --> B\\nend                       => 3: 'end' without an open subgraph
            graph TD\\nA[unclosed --> B                    => 2: the label of node 'A' opens with '[' but is never closed with ']'
            graph TD\\nA -->                               => 2: expected a node id at the end of the line
            graph TD\\nA --> B C                           => 2: expected a link such as '-->' at 'C'
            graph TD\\nA -->|label B                       => 2: link label '|' is never closed
            graph TD\\nA -- label B                        => 2: link label is never closed with '--' at '-- label B'
            graph TD\\nA <-- B                             => 2: link label is never closed with '--' at '<-- B'
            graph TD\\nA <--- B                            => 2: link opens with '<' but has no head at its end at '<--- B'
            graph TD\\nA --> end                           => 2: 'end' cannot be used as a node id here
            ''                                             => 1: empty diagram: no diagram type given
            '%% only a comment\n{not a type}'             => 2: unknown diagram type '{not'
            """)
    void syntax_errors_name_the_line_and_the_problem(String text, String expected) {
        assertThat(error(text.replace("\\n", "\n"))).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource({"ishikawa, 1", "treeView-beta, 1", "venn-beta, 1", "zenuml, 1", "flowchar, 1"})
    void a_diagram_type_this_reader_does_not_know_is_left_to_mermaid(String type, int line) {
        assertThat(parser.parse(type + "\n    a\n")).isEqualTo(new ParseResult.Unsupported(type, line));
    }

    @Test
    void other_mermaid_diagram_types_are_unsupported_not_errors() {
        assertThat(parser.parse("\nclassDiagram\n  A <|-- B\n"))
                .isEqualTo(new ParseResult.Unsupported("classDiagram", 2));
    }
}
