package dev.plumbline.diagrams.render.plantuml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.plumbline.diagrams.render.DiagramProblem.Kind;
import dev.plumbline.diagrams.render.DiagramRequest;
import dev.plumbline.diagrams.render.ImageFormat;
import dev.plumbline.diagrams.render.RenderResult;

class PlantUmlRendererTest {

    @TempDir
    static Path workspace;

    static Path project;
    static PlantUmlRenderer renderer;

    @BeforeAll
    static void startRenderer() throws IOException {
        project = Files.createDirectories(workspace.resolve("project"));
        Files.writeString(Files.createDirectories(project.resolve("shared")).resolve("actors.iuml"), """
                actor "Included Customer" as customer
                """);
        // A sibling whose name starts with the project's: PlantUML's own prefix check lets it through.
        Files.writeString(Files.createDirectories(workspace.resolve("project-secrets")).resolve("secret.iuml"), """
                actor "Leaked Secret" as secret
                """);
        // Pointing PlantUML at a dot that does not exist proves that Smetana needs no Graphviz.
        renderer = PlantUmlRenderer.start(PlantUmlOptions.builder(project)
                .poolSize(2)
                .timeout(Duration.ofSeconds(20))
                .workerJvmArgs(List.of("-DGRAPHVIZ_DOT=/nonexistent/graphviz/dot"))
                .build());
    }

    @AfterAll
    static void stopRenderer() {
        renderer.close();
    }

    @Test
    void renders_sequence_diagram_to_svg_with_participant_names() {
        String svg = renderedSvg(renderer.render(DiagramRequest.svg("checkout", """
                @startuml
                participant "Web Shop" as shop
                participant "Payment Gateway" as pay
                shop -> pay : authorize(amount)
                pay --> shop : approved
                @enduml
                """)));

        assertThat(svg).startsWith("<svg").contains("Web Shop", "Payment Gateway", "authorize(amount)");
    }

    @Test
    void lays_out_component_diagram_with_smetana_without_graphviz() {
        String svg = renderedSvg(renderer.render(DiagramRequest.svg("containers", """
                @startuml
                package "Backend" {
                  component "Order Service" as orders
                  database "Orders DB" as db
                }
                orders --> db : reads/writes
                @enduml
                """)));

        assertThat(svg).contains("Order Service", "Orders DB", "reads/writes")
                .doesNotContainIgnoringCase("graphviz")
                .doesNotContain("Cannot find");
    }

    @Test
    void renders_c4_container_diagram_from_bundled_stdlib_offline() {
        String svg = renderedSvg(renderer.render(DiagramRequest.svg("c4-containers", """
                @startuml
                !include <C4/C4_Container>
                Person(customer, "Customer")
                System_Boundary(shop, "Shop") {
                  Container(web, "Web App", "Java", "Serves the shop")
                }
                Rel(customer, web, "Browses")
                @enduml
                """)));

        // PlantUML writes each word of a C4 label as its own <text>.
        assertThat(svg).contains(">Customer<", ">Web<", ">App<", "[Java]", "«container»", ">Browses<");
    }

    @Test
    void renders_png_on_request() {
        RenderResult result = renderer.render(new DiagramRequest("png", """
                @startuml
                Alice -> Bob : hello
                @enduml
                """, ImageFormat.PNG));

        assertThat(result).isInstanceOf(RenderResult.Rendered.class);
        byte[] png = ((RenderResult.Rendered) result).image();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void reports_syntax_error_with_its_line_in_the_source() {
        RenderResult result = renderer.render(DiagramRequest.svg("docs/backup.md:265", """
                @startuml
                component Primary
                component Backup
                Primary -> Backup : copy
                alt Disaster occurs
                  Backup -> Primary : restore
                end
                @enduml
                """));

        assertThat(failed(result).describe())
                .isEqualTo("docs/backup.md:265:5: Syntax Error? (Assumed diagram type: component)");
        assertThat(failed(result).problem().kind()).isEqualTo(Kind.SYNTAX);
    }

    @Test
    void includes_file_from_inside_the_project() {
        String svg = renderedSvg(renderer.render(DiagramRequest.svg("with-include", """
                @startuml
                !include shared/actors.iuml
                customer -> customer : think
                @enduml
                """)));

        assertThat(svg).contains("Included Customer");
    }

    @Test
    void refuses_url_include_without_fetching_it() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = countConnections(server);

            RenderResult result = renderer.render(DiagramRequest.svg("remote-include", """
                    @startuml
                    !include http://127.0.0.1:%d/C4_Container.puml
                    Alice -> Bob
                    @enduml
                    """.formatted(server.getLocalPort())));

            assertThat(failed(result).problem().kind()).isEqualTo(Kind.REFUSED);
            assertThat(failed(result).describe()).isEqualTo("remote-include:2: Cannot open URL");
            assertThat(connections).hasValue(0);
        }
    }

    @Test
    void refuses_include_of_system_file() {
        RenderResult result = renderer.render(DiagramRequest.svg("passwd", """
                @startuml
                Alice -> Bob
                !include /etc/passwd
                @enduml
                """));

        assertThat(failed(result).problem().kind()).isEqualTo(Kind.REFUSED);
        assertThat(failed(result).describe()).isEqualTo("passwd:3: cannot include /etc/passwd");
    }

    @Test
    void refuses_include_that_climbs_out_of_the_project() {
        RenderResult result = renderer.render(DiagramRequest.svg("escape", """
                @startuml
                !include shared/../../project-secrets/secret.iuml
                secret -> secret
                @enduml
                """));

        assertThat(failed(result).problem().kind()).isEqualTo(Kind.REFUSED);
        assertThat(failed(result).describe()).startsWith("escape: include of ").contains("secret.iuml refused");
    }

    @Test
    void refuses_include_from_sibling_directory_sharing_the_project_name_prefix() {
        RenderResult result = renderer.render(DiagramRequest.svg("sibling", """
                @startuml
                !include %s
                secret -> secret
                @enduml
                """.formatted(workspace.resolve("project-secrets/secret.iuml"))));

        assertThat(failed(result).problem().kind()).isEqualTo(Kind.REFUSED);
        assertThat(failed(result).describe()).contains("only files inside the project directory");
    }

    @Test
    void refuses_image_reference_outside_the_project() {
        RenderResult result = renderer.render(DiagramRequest.svg("image", """
                @startuml
                Alice -> Bob : <img:../project-secrets/logo.svg>
                @enduml
                """));

        assertThat(failed(result).problem().kind()).isEqualTo(Kind.REFUSED);
        assertThat(failed(result).describe()).startsWith("image:2: reference to ../project-secrets/logo.svg refused");
    }

    @Test
    void keeps_javascript_links_out_of_the_svg() {
        RenderResult result = renderer.render(DiagramRequest.svg("links", """
                @startuml
                class Order [[javascript:alert(document.cookie)]]
                class Invoice [[https://example.org/invoice]]
                Order --> Invoice
                @enduml
                """));

        String svg = renderedSvg(result);
        assertThat(svg).doesNotContainPattern("(?i)href=\"\\s*javascript").doesNotContainPattern("(?i)<script");
        assertThat(svg).contains("href=\"https://example.org/invoice\"");
    }

    private static AtomicInteger countConnections(ServerSocket server) {
        AtomicInteger connections = new AtomicInteger();
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try (Socket ignored = server.accept()) {
                    connections.incrementAndGet();
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    return;
                }
            }
        });
        return connections;
    }

    static String renderedSvg(RenderResult result) {
        assertThat(result).as("render result").isInstanceOf(RenderResult.Rendered.class);
        return new String(((RenderResult.Rendered) result).image(), StandardCharsets.UTF_8);
    }

    static RenderResult.Failed failed(RenderResult result) {
        assertThat(result).as("render result").isInstanceOf(RenderResult.Failed.class);
        return (RenderResult.Failed) result;
    }
}
