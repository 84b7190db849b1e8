package dev.plumbline.diagrams.check.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.diagrams.check.diagram.DiagramText;
import dev.plumbline.diagrams.check.diagram.ParseResult;
import dev.plumbline.diagrams.check.diagram.SequenceDiagram;
import dev.plumbline.diagrams.check.diagram.SyntaxError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MermaidSequenceTest {

    private final MermaidParser parser = new MermaidParser();

    private SequenceDiagram sequence(String text) {
        ParseResult result = parser.parse(text);
        assertThat(result).as("parse of%n%s", text).isInstanceOf(ParseResult.Parsed.class);
        return (SequenceDiagram) ((ParseResult.Parsed) result).diagram();
    }

    private SyntaxError error(String text) {
        ParseResult result = parser.parse(text);
        assertThat(result).as("parse of%n%s", text).isInstanceOf(ParseResult.Invalid.class);
        return ((ParseResult.Invalid) result).error();
    }

    @Test
    void participants_keep_order_of_first_appearance_with_aliases_kinds_and_implicit_ones() {
        SequenceDiagram sequence = sequence("""
                sequenceDiagram
                    participant A as Alice
                    actor B as Bob the Builder
                    A->>C: hello
                    participant C as Carol
                    participant D@{ "type": "database" }
                """);

        assertThat(DiagramText.of(sequence)).startsWith("""
                participant A "Alice" participant declared @2
                participant B "Bob the Builder" actor declared @3
                participant C "Carol" participant declared @4
                participant D "D" database declared @6
                """);
    }

    @Test
    void reads_every_arrow_type() {
        SequenceDiagram sequence = sequence("""
                sequenceDiagram
                    A->>B: solid arrow
                    A-->>B: dotted arrow
                    A->B: solid line
                    A-->B: dotted line
                    A-xB: solid cross
                    A--xB: dotted cross
                    A-)B: solid async
                    A--)B: dotted async
                    A<<->>B: both ways
                    A->>A: self
                    A->>B
                """);

        assertThat(DiagramText.of(sequence).lines().filter(l -> l.startsWith("message"))).containsExactly(
                "message A -> B solid arrow \"solid arrow\" @2",
                "message A -> B dashed arrow \"dotted arrow\" @3",
                "message A -> B solid none \"solid line\" @4",
                "message A -> B dashed none \"dotted line\" @5",
                "message A -> B solid cross \"solid cross\" @6",
                "message A -> B dashed cross \"dotted cross\" @7",
                "message A -> B solid async \"solid async\" @8",
                "message A -> B dashed async \"dotted async\" @9",
                "message A -> B solid arrow \"both ways\" @10",
                "message A -> A solid arrow \"self\" @11",
                "message A -> B solid arrow \"\" @12");
        assertThat(sequence.messages().get(9).self()).isTrue();
    }

    @Test
    void activation_shorthands_and_keywords_change_the_right_lifeline() {
        SequenceDiagram sequence = sequence("""
                sequenceDiagram
                    Alice->>+John: Hello John
                    John-->>-Alice: Great!
                    activate Alice
                    deactivate Alice
                """);

        assertThat(DiagramText.of(sequence)).endsWith("""
                message Alice -> John solid arrow "Hello John" @2
                activate John @2
                message John -> Alice dashed arrow "Great!" @3
                deactivate John @3
                activate Alice @4
                deactivate Alice @5
                """);
    }

    @Test
    void notes_take_a_position_and_one_or_two_participants() {
        SequenceDiagram sequence = sequence("""
                sequenceDiagram
                    participant A
                    participant B
                    Note left of A: left
                    note right of B : right
                    Note over A,B: spans both
                    Note over B: just B
                """);

        assertThat(DiagramText.of(sequence)).endsWith("""
                note left [A] "left" @4
                note right [B] "right" @5
                note over [A, B] "spans both" @6
                note over [B] "just B" @7
                """);
    }

    @Test
    void fragments_nest_and_keep_their_branches_labels_and_lines() {
        SequenceDiagram sequence = sequence("""
                sequenceDiagram
                    autonumber
                    loop Every minute
                        A->>B: ping
                        alt is healthy
                            B-->>A: pong
                        else is sick
                            B-->>A: help
                        else
                            B--xA: silence
                        end
                    end
                    par Alice to Bob
                        A->>B: one
                    and Alice to Carol
                        A->>C: two
                    end
                    critical Connect
                        A->>DB: connect
                    option Timeout
                        A->>A: retry
                    end
                    opt Extra
                        A->>B: maybe
                    end
                    break when done
                        A->>B: stop
                    end
                    rect rgb(191, 223, 255)
                        A->>B: highlighted
                    end
                """);

        assertThat(DiagramText.of(sequence).lines().dropWhile(l -> l.startsWith("participant") || l.equals("autonumber")))
                .containsExactly("""
                fragment loop @3
                  branch "Every minute" @3
                    message A -> B solid arrow "ping" @4
                    fragment alt @5
                      branch "is healthy" @5
                        message B -> A dashed arrow "pong" @6
                      branch "is sick" @7
                        message B -> A dashed arrow "help" @8
                      branch "" @9
                        message B -> A dashed cross "silence" @10
                fragment par @13
                  branch "Alice to Bob" @13
                    message A -> B solid arrow "one" @14
                  branch "Alice to Carol" @15
                    message A -> C solid arrow "two" @16
                fragment critical @18
                  branch "Connect" @18
                    message A -> DB solid arrow "connect" @19
                  branch "Timeout" @20
                    message A -> A solid arrow "retry" @21
                fragment opt @23
                  branch "Extra" @23
                    message A -> B solid arrow "maybe" @24
                fragment break @26
                  branch "when done" @26
                    message A -> B solid arrow "stop" @27
                fragment rect @29
                  branch "rgb(191, 223, 255)" @29
                    message A -> B solid arrow "highlighted" @30
                """.lines().toArray(String[]::new));
        assertThat(sequence.autonumber()).isTrue();
        assertThat(sequence.messages()).extracting(m -> m.label()).containsExactly("ping", "pong", "help", "silence",
                "one", "two", "connect", "retry", "maybe", "stop", "highlighted");
    }

    @Test
    void boxes_group_participants_without_becoming_fragments() {
        SequenceDiagram sequence = sequence("""
                sequenceDiagram
                    box Aqua Frontend
                        participant W as Web
                    end
                    W->>API: call
                """);

        assertThat(DiagramText.of(sequence)).isEqualTo("""
                participant W "Web" participant declared @3
                participant API "API" participant implicit @5
                message W -> API solid arrow "call" @5
                """);
    }

    @Test
    void create_and_destroy_are_lifeline_changes() {
        SequenceDiagram sequence = sequence("""
                sequenceDiagram
                    A->>B: hi
                    create participant C
                    A->>C: new
                    destroy C
                    A-xC: bye
                """);

        assertThat(DiagramText.of(sequence).lines().filter(l -> l.startsWith("create") || l.startsWith("destroy")))
                .containsExactly("create C @3", "destroy C @5");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            sequenceDiagram\\nloop forever\\n  A->>B: x     => 2: 'loop' is never closed with 'end'
            sequenceDiagram\\nA->>B: x\\nend              => 3: 'end' without an open block
            sequenceDiagram\\nloop x\\nelse y\\nend       => 3: 'else' outside an 'alt' block
            sequenceDiagram\\nalt x\\nand y\\nend         => 3: 'and' outside an 'par' block
            sequenceDiagram\\nA says hello              => 2: cannot read 'A says hello': expected a message such as 'A->>B: text', a note, or a block keyword
            sequenceDiagram\\nNote A: text             => 2: a note needs 'left of', 'right of' or 'over', participants and ': text', as in 'Note over A,B: text'
            sequenceDiagram\\nNote left of A,B: text   => 2: a note 'left of' or 'right of' takes one participant, 'over' takes one or two
            sequenceDiagram\\n->>B: x                  => 2: message is missing a participant
            sequenceDiagram\\nactivate                 => 2: activate is missing a participant
            """)
    void syntax_errors_name_the_line_and_the_problem(String text, String expected) {
        assertThat(error(text.replace("\\n", "\n"))).hasToString(expected);
    }
}
