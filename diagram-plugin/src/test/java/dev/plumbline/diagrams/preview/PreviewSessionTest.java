package dev.plumbline.diagrams.preview;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.diagrams.preview.PreviewClient.Event;
import dev.plumbline.model.ModelException;
import dev.plumbline.model.Workspaces;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The preview as a page sees it, over real HTTP, with the real renderers (PlantUML worker JVMs, mermaid-cli in a
 * browser) and the real file watch: one session for the class, as a user keeps one open while editing.
 */
class PreviewSessionTest {

    private static final String WORKSPACE = """
            workspace "Shop" "A small shop" {
                model {
                    customer = person "Customer" "Buys things"
                    shop = softwareSystem "Shop" "Sells things" {
                        web = container "Web" "Takes orders" "Java"
                        db = container "Database" "Keeps orders" "PostgreSQL"
                    }
                    customer -> web "Orders with"
                    web -> db "Reads and writes"
                }
                views {
                    systemContext shop "context" {
                        include *
                        autolayout lr
                    }
                    container shop "containers" {
                        include *
                        title "Shop containers"
                        autolayout lr
                    }
                }
            }
            """;

    private static final String GUIDE = """
            # Guide

            How an order moves:

            ```mermaid
            flowchart LR
              order[Order] --> ship[Ship]
            ```
            """;

    @TempDir
    static Path project;
    private static Path workspace;
    private static Path guide;
    private static PreviewSession session;
    private static final ConcurrentLinkedQueue<String> console = new ConcurrentLinkedQueue<>();
    private PreviewClient client;

    @BeforeAll
    static void start() throws IOException {
        workspace = Files.writeString(Files.createDirectories(project.resolve("architecture")).resolve("shop.dsl"),
                WORKSPACE);
        guide = Files.writeString(Files.createDirectories(project.resolve("docs")).resolve("guide.md"), GUIDE);
        session = PreviewSession.start(ServeOptions.of(List.of(workspace.getParent()), List.of(guide.getParent())),
                console::add);
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    @AfterEach
    void restore() throws IOException {
        boolean edited = false;
        for (Path file : List.of(workspace, guide)) {
            String original = file.equals(workspace) ? WORKSPACE : GUIDE;
            if (!Files.readString(file).equals(original)) {
                Files.writeString(file, original);
                edited = true;
            }
        }
        if (edited) {
            // the next test starts from the original pictures, not from a refresh still under way
            client.until(e -> e.name().equals("refreshed") && e.data().get("complete").asBoolean());
            client.drainUntilQuiet(500);
        }
        client.close();
    }

    /** Listens, and waits until every picture is rendered; returns the figures as they then are, by title/format. */
    private Map<String, JsonNode> awaitUpToDate() {
        if (client != null) {
            client.close();
        }
        client = new PreviewClient(session.port());
        client.listen();
        Event snapshot = client.next();
        assertThat(snapshot.name()).isEqualTo("snapshot");
        if (!snapshot.data().get("complete").asBoolean()) {
            client.until(e -> e.name().equals("refreshed") && e.data().get("complete").asBoolean());
            client.close();
            client = new PreviewClient(session.port());
            client.listen();
            snapshot = client.next();
        }
        Map<String, JsonNode> figures = new java.util.TreeMap<>();
        for (JsonNode figure : snapshot.data().get("figures")) {
            figures.put(figure.get("title").asText() + "/" + figure.get("format").asText(), figure);
        }
        return figures;
    }

    @Test
    void the_page_its_script_and_its_style_come_from_the_plugin_under_a_strict_content_security_policy() {
        awaitUpToDate();
        for (String path : List.of("/", "/preview.js", "/preview.css")) {
            HttpResponse<byte[]> response = client.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            // no CDN, no web font, nothing fetched from elsewhere
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(path)
                    .doesNotContain("http://", "https://", "//cdn");
        }
        assertThat(new String(client.get("/").body(), StandardCharsets.UTF_8))
                .contains("<script src=\"/preview.js\" defer></script>")
                .doesNotContain("<script>", "style=\"", "onload=");
    }

    @Test
    void the_stream_starts_with_every_view_in_both_notations_and_every_diagram_of_the_docs_each_with_its_svg() {
        Map<String, JsonNode> figures = awaitUpToDate();

        assertThat(figures).containsOnlyKeys("context/puml", "context/mmd", "containers/puml", "containers/mmd",
                "diagram at line 5/mmd");
        for (JsonNode figure : figures.values()) {
            assertThat(figure.get("problem").isNull()).as(figure.toString()).isTrue();
            HttpResponse<byte[]> svg = client.get(figure.get("svg").asText());
            assertThat(svg.statusCode()).isEqualTo(200);
            assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
            assertThat(svg.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .startsWith("default-src 'none';").contains("sandbox");
            assertThat(new String(svg.body(), StandardCharsets.UTF_8)).contains("<svg").doesNotContain("<script");
        }
        assertThat(new String(client.get(figures.get("diagram at line 5/mmd").get("svg").asText()).body(),
                StandardCharsets.UTF_8)).contains("Ship");
    }

    @Test
    void saving_an_edit_to_one_view_pushes_new_pictures_of_that_view_and_of_no_other() throws IOException {
        Map<String, JsonNode> before = awaitUpToDate();

        Files.writeString(workspace, WORKSPACE.replace("title \"Shop containers\"", "title \"Shop containers v2\""));
        List<Event> events = client.untilRefreshed();

        List<Event> figures = events.stream().filter(e -> e.name().equals("figure")).toList();
        assertThat(figures).extracting(e -> e.data().get("title").asText() + "/" + e.data().get("format").asText())
                .containsExactlyInAnyOrder("containers/puml", "containers/mmd");
        assertThat(events).extracting(Event::name).containsOnly("figure", "refreshed");
        for (Event figure : figures) {
            String url = figure.data().get("svg").asText();
            assertThat(url).isNotEqualTo(before.get(figure.data().get("title").asText() + "/"
                    + figure.data().get("format").asText()).get("svg").asText());
            assertThat(new String(client.get(url).body(), StandardCharsets.UTF_8)).contains("Shop containers v2");
        }
    }

    @Test
    void a_dsl_error_is_pushed_at_its_file_and_line_as_the_build_prints_it_and_the_last_good_pictures_stay()
            throws IOException {
        Map<String, JsonNode> before = awaitUpToDate();
        byte[] picture = client.get(before.get("context/puml").get("svg").asText()).body();
        String broken = WORKSPACE.replace("web -> db \"Reads and writes\"", "web -> nowhere \"Reads and writes\"");

        Files.writeString(workspace, broken);
        List<Event> events = client.untilRefreshed();

        List<String> expected = findingsOf(workspace);
        assertThat(expected).isNotEmpty().allMatch(f -> f.startsWith(workspace + ":9: error: "));
        assertThat(events).extracting(Event::name).containsExactly("problems", "refreshed");
        assertThat(StreamSupport.stream(events.get(0).data().get("problems").spliterator(), false)
                .map(p -> p.get("text").asText())).containsExactlyElementsOf(expected);
        assertThat(client.get(before.get("context/puml").get("svg").asText()).body()).isEqualTo(picture);
        assertThat(console).contains("[ERROR] " + expected.get(0));

        Files.writeString(workspace, WORKSPACE);
        List<Event> fixed = client.untilRefreshed();
        assertThat(fixed).extracting(Event::name).containsExactly("problems", "refreshed");
        assertThat(fixed.get(0).data().get("problems")).isEmpty();
    }

    @Test
    void a_diagram_error_in_a_doc_is_shown_on_its_picture_at_the_doc_line_and_its_last_good_svg_stays()
            throws IOException {
        Map<String, JsonNode> before = awaitUpToDate();
        String url = before.get("diagram at line 5/mmd").get("svg").asText();
        byte[] picture = client.get(url).body();

        Files.writeString(guide, GUIDE.replace("order[Order] --> ship[Ship]", "order[Order] --> --> ship[Ship"));
        List<Event> events = client.untilRefreshed();

        List<Event> figures = events.stream().filter(e -> e.name().equals("figure")).toList();
        assertThat(figures).hasSize(1);
        JsonNode figure = figures.get(0).data();
        assertThat(figure.get("problem").asText()).startsWith(Inputs.shown(guide) + ":7: error: diagram (mmd): ");
        assertThat(figure.get("svg").asText()).isEqualTo(url);
        assertThat(client.get(url).body()).isEqualTo(picture);
    }

    @Test
    void paths_outside_the_page_its_assets_events_and_pictures_are_not_found_however_they_are_spelt() {
        Map<String, JsonNode> figures = awaitUpToDate();
        String id = figures.get("context/puml").get("id").asText();
        List<String> paths = List.of("/../../../../etc/passwd", "/svg/../../../../etc/passwd",
                "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/svg/%2e%2e%2fshop.dsl", "/architecture/shop.dsl", "/shop.dsl",
                "/docs/guide.md", "/svg/" + id + "/../../shop.dsl", "/svg/" + id + ".svg", "/svg/0000000000000000",
                "/preview.js/../../pom.xml", "/index.html", "//etc/passwd", "/svg/" + id.toUpperCase());
        List<String> answers = new ArrayList<>();
        for (String path : paths) {
            PreviewClient.Raw response = client.raw("GET " + path + " HTTP/1.1");
            answers.add(path + " " + response.status());
            assertThat(response.body()).doesNotContain("root:", "workspace \"Shop\"", "# Guide");
        }
        assertThat(answers).allMatch(a -> a.endsWith(" 404") || a.endsWith(" 400"), "not found: " + answers);
        assertThat(client.raw("GET /svg/" + id + " HTTP/1.1").status()).isEqualTo(200);
    }

    @Test
    void a_request_naming_another_host_is_refused_so_no_other_web_page_reaches_the_preview_by_dns_rebinding() {
        awaitUpToDate();
        assertThat(client.raw("GET / HTTP/1.1", "attacker.example:" + session.port()).status()).isEqualTo(403);
        assertThat(client.raw("GET /events HTTP/1.1", "attacker.example").status()).isEqualTo(403);
        assertThat(client.raw("GET / HTTP/1.1", "localhost:" + session.port()).status()).isEqualTo(200);
        assertThat(client.raw("POST / HTTP/1.1").status()).isEqualTo(405);
    }

    @Test
    void a_non_loopback_address_is_refused_with_the_switch_that_allows_it_and_nothing_is_started() {
        long children = ProcessHandle.current().descendants().count();
        ServeOptions anyInterface = ServeOptions.of(List.of(workspace), List.of()).withHost("0.0.0.0", false);

        assertThatThrownBy(() -> PreviewSession.start(anyInterface, console::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("plumbline.serve.host=0.0.0.0 is not a loopback address: the preview would show the "
                        + "model to anyone who can reach this machine. Use 127.0.0.1, or set "
                        + "-Dplumbline.serve.allowRemote=true if that is what you want");
        assertThat(ProcessHandle.current().descendants().count()).isEqualTo(children);
        assertThat(ServeOptions.of(List.of(workspace), List.of()).withHost("::1", false).address().isLoopbackAddress())
                .isTrue();
        awaitUpToDate();
    }

    private static List<String> findingsOf(Path file) {
        try {
            Workspaces.load(Inputs.shown(file));
            return List.of();
        } catch (ModelException e) {
            return e.findings().stream().map(Object::toString).toList();
        }
    }
}
