package dev.plumbline.diagrams.check.plantuml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.diagrams.check.diagram.ParseResult;
import dev.plumbline.diagrams.check.diagram.SyntaxError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** C4-PlantUML includes from GitHub are read offline, from PlantUML's bundled stdlib; other URLs are refused. */
class UrlIncludesTest {

    private final PlantUmlReader reader = new PlantUmlReader();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            !include    | master            | C4_Context    | Person(user, "User")\\nSystem(shop, "Shop")\\nRel(user, shop, "Buys")
            !include    | master            | C4_Container  | Person(user, "User")\\nContainer(web, "Web", "Java")
            !include    | v2.10.0           | C4_Component  | Component(api, "API", "Java")
            !include    | refs/heads/master | C4_Dynamic    | Person(user, "User")\\nSystem(shop, "Shop")\\nRel(user, shop, "Buys")
            !include    | main              | C4_Deployment | Deployment_Node(node, "Node") {\\nContainer(web, "Web", "Java")\\n}
            !includeurl | master            | C4_Sequence   | Person(user, "User")\\nSystem(shop, "Shop")\\nRel(user, shop, "Buys")
            !include    | master            | C4            | Alice -> Bob : hi
            """)
    void a_c4_plantuml_url_reads_the_bundled_stdlib(String directive, String ref, String file, String body) {
        String text = "@startuml\n" + directive + " https://raw.githubusercontent.com/plantuml-stdlib/C4-PlantUML/"
                + ref + "/" + file + ".puml\n" + body.replace("\\n", "\n") + "\n@enduml\n";

        ParseResult result = reader.read(text);

        // fetched, the include would fail with "Cannot open URL"; read from the stdlib, its macros work
        assertThat(result).as("%s", result).isInstanceOf(ParseResult.Parsed.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "!include https://example.com/styles.puml",
            "!includeurl http://intranet/c4.puml",
            "!include https://raw.githubusercontent.com/plantuml-stdlib/C4-PlantUML/master/C4_Unknown.puml",
            "!includesub https://raw.githubusercontent.com/plantuml-stdlib/C4-PlantUML/master/C4.puml!PART",
    })
    void any_other_url_include_is_refused_at_its_line_not_called_a_syntax_error(String include) {
        ParseResult result = reader.read("@startuml\nactor User\n" + include + "\nUser -> Shop : buys\n@enduml\n");

        assertThat(result).isEqualTo(new ParseResult.Invalid(SyntaxError.refusal(3,
                "URL includes are not fetched; use `<stdlib>` or a local file: '" + include + "'")));
    }
}
