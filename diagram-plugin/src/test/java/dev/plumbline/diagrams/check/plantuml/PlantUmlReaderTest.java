package dev.plumbline.diagrams.check.plantuml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.diagrams.check.diagram.DiagramText;
import dev.plumbline.diagrams.check.diagram.GraphDiagram;
import dev.plumbline.diagrams.check.diagram.ParseResult;
import dev.plumbline.diagrams.check.diagram.SequenceDiagram;
import dev.plumbline.diagrams.check.diagram.SyntaxError;
import org.junit.jupiter.api.Test;

class PlantUmlReaderTest {

    private final PlantUmlReader reader = new PlantUmlReader();

    private <T> T parsed(String text, Class<T> type) {
        ParseResult result = reader.read(text);
        assertThat(result).as("read of%n%s", text).isInstanceOf(ParseResult.Parsed.class);
        return type.cast(((ParseResult.Parsed) result).diagram());
    }

    @Test
    void reads_a_sequence_diagram_with_participants_messages_fragments_notes_dividers_and_activations() {
        SequenceDiagram sequence = parsed("""
                @startuml
                actor User
                participant "Web App" as Web
                database DB
                User -> Web : login
                Web --> User : ok
                Web <- DB : pushed
                Web -> Web : self
                Web ->> DB ++ : async
                DB -x Web --
                alt good case
                  Web -> X : implicit
                else bad
                  note left of Web : a note
                  == Div ==
                end
                loop 10 times
                  activate DB
                  deactivate DB
                end
                group My group [with comment]
                  note over Web, DB : both
                end
                @enduml
                """, SequenceDiagram.class);

        assertThat(DiagramText.of(sequence)).isEqualTo("""
                participant User "User" actor declared @2
                participant Web "Web App" participant declared @3
                participant DB "DB" database declared @4
                participant X "X" participant implicit @12
                message User -> Web solid arrow "login" @5
                message Web -> User dashed arrow "ok" @6
                message DB -> Web solid arrow "pushed" @7
                message Web -> Web solid arrow "self" @8
                message Web -> DB solid async "async" @9
                activate DB @9
                message DB -> Web solid cross "" @10
                deactivate DB @10
                fragment alt @11
                  branch "good case" @11
                    message Web -> X solid arrow "implicit" @12
                  branch "bad" @13
                    note left [Web] "a note" @14
                    divider "Div" @15
                fragment loop @17
                  branch "10 times" @17
                    activate DB @18
                    deactivate DB @19
                fragment group @21
                  branch "My group" @21
                    note over [Web, DB] "both" @22
                """);
    }

    @Test
    void a_note_on_a_message_is_anchored_to_both_ends_and_autonumber_is_seen() {
        SequenceDiagram sequence = parsed("""
                @startuml
                autonumber
                A -> B : call
                note right : on the message
                @enduml
                """, SequenceDiagram.class);

        assertThat(sequence.autonumber()).isTrue();
        assertThat(DiagramText.of(sequence)).endsWith("""
                message A -> B solid arrow "call" @3
                note right [A, B] "on the message" @4
                """);
    }

    @Test
    void reads_a_component_diagram_with_symbols_nesting_links_and_notes() {
        GraphDiagram graph = parsed("""
                @startuml
                title T
                package "Front End" as FE {
                  [Web UI] as UI
                  component "Api" as API
                  node "Inner" {
                     database "Orders DB" as DB
                  }
                }
                cloud Internet
                queue Q
                rectangle R
                actor U
                U --> UI : uses
                UI ..> API : calls
                API <-- Q
                API -[hidden]- R
                Q - R
                API <--> DB
                UI => Q
                note right of API : a note
                note "floating" as N1
                N1 .. Q
                @enduml
                """, GraphDiagram.class);

        assertThat(DiagramText.of(graph)).isEqualTo("""
                group FE "Front End" package in - [UI, API, Inner] @3
                group Inner "Inner" node in FE [DB] @6
                node UI component "Web UI" @4
                node API component "Api" @5
                node DB database "Orders DB" @7
                node Internet cloud "Internet" @10
                node Q queue "Q" @11
                node R rectangle "R" @12
                node U actor "U" @13
                edge U -> UI solid arrow "uses" @14
                edge UI -> API dashed arrow "calls" @15
                edge Q -> API solid arrow "" @16
                edge API -> R invisible none "" @17
                edge Q -> R solid none "" @18
                edge API -> DB solid arrow both "" @19
                edge UI -> Q thick arrow "" @20
                note right [API] "a note" @21
                note - [Q] "floating" @22
                """);
    }

    @Test
    void the_same_code_in_two_containers_gets_a_qualified_id() {
        GraphDiagram graph = parsed("""
                @startuml
                rectangle AWS {
                  rectangle "Private" as private
                }
                rectangle Azure {
                  rectangle "Private" as private
                }
                @enduml
                """, GraphDiagram.class);

        assertThat(graph.groups()).extracting(g -> g.id() + " " + g.members()).containsExactly("AWS [private]", "Azure []");
    }

    @Test
    void text_without_startuml_is_read_with_lines_counted_from_its_first_line() {
        SequenceDiagram sequence = parsed("Alice -> Bob : hi\nBob --> Alice : hello\n", SequenceDiagram.class);

        assertThat(sequence.messages()).extracting(m -> m.line()).containsExactly(1, 2);
        assertThat(reader.read("Alice -> Bob : hi\nthis is not plantuml\n"))
                .isEqualTo(new ParseResult.Invalid(new SyntaxError(2,
                        "Syntax Error? (Assumed diagram type: sequence): 'this is not plantuml'")));
    }

    @Test
    void a_syntax_error_names_its_line_and_the_offending_text() {
        ParseResult result = reader.read("""
                @startuml
                A -> B : one
                par first
                  A -> B : two
                and second
                  A -> B : three
                end
                @enduml
                """);

        assertThat(result).isEqualTo(new ParseResult.Invalid(new SyntaxError(5,
                "Syntax Error? (Assumed diagram type: sequence): 'and second'")));
    }

    @Test
    void a_startuml_without_enduml_is_an_error_at_its_line() {
        assertThat(reader.read("\n@startuml\nA -> B\n"))
                .isEqualTo(new ParseResult.Invalid(new SyntaxError(2, "@startuml is never closed by a matching @end line")));
    }

    @Test
    void an_empty_diagram_is_an_error_and_other_diagram_kinds_are_unsupported() {
        assertThat(reader.read("@startuml\n@enduml\n"))
                .isEqualTo(new ParseResult.Invalid(new SyntaxError(1, "empty diagram")));
        assertThat(reader.read("@startuml\nstart\n:work;\nstop\n@enduml\n"))
                .isInstanceOfSatisfying(ParseResult.Unsupported.class, u -> assertThat(u.line()).isEqualTo(1));
    }

    @Test
    void every_diagram_of_a_file_is_read_with_lines_of_the_whole_file() {
        var results = reader.readAll("""
                @startuml
                A -> B
                @enduml

                @startuml
                C -> D
                @enduml
                """);

        assertThat(results).hasSize(2);
        assertThat(((SequenceDiagram) ((ParseResult.Parsed) results.get(1)).diagram()).messages())
                .singleElement().extracting(m -> m.from() + ">" + m.to() + "@" + m.line()).isEqualTo("C>D@6");
    }
}
