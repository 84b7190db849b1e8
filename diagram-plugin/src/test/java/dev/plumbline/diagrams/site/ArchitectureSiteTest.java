package dev.plumbline.diagrams.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.structurizr.view.View;
import dev.plumbline.diagrams.export.ViewExporter;
import dev.plumbline.diagrams.site.changes.ArchitectureChanges;
import dev.plumbline.diagrams.site.changes.ArchitectureChanges.Change;
import dev.plumbline.diagrams.site.changes.ArchitectureChanges.Kind;
import dev.plumbline.diagrams.site.changes.ArchitectureChanges.Subject;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Workspaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site written from a small hostile workspace, hostile docs and hostile SVGs, read back as a browser would. */
class ArchitectureSiteTest {

    private static final String DSL = """
            workspace "Shop <b>bold</b>" "Sells <script>alert('workspace')</script> things." {
                model {
                    user = person "User <img src=x onerror=alert(1)>" "Buys <script>alert('person')</script>."
                    shop = softwareSystem "Shop" "Sells things." {
                        web = container "Web" "Takes orders." "Next.js" {
                            properties {
                                "plumbline.code" "com.example.web"
                            }
                        }
                        db = container "Orders DB" "Stores orders." "PostgreSQL"
                    }
                    user -> web "Uses <iframe src=https://evil.example/>"
                    web -> db "Reads and writes"
                }
                views {
                    container shop "shop-containers" {
                        title "Shop <script>alert('view')</script>"
                        include *
                    }
                    dynamic shop "checkout" {
                        title "Checkout"
                        user -> web "Orders"
                        web -> db "Stores the order"
                    }
                }
            }
            """;

    private static final String GUIDE = """
            # Guide <script>alert('heading')</script>

            Raw: <img src="https://evil.example/t.png" onerror="alert(1)"> <iframe src="https://evil.example/"></iframe>
            <a href="javascript:alert(1)">click</a>

            See [the other part](other.md#part), [a secret](../secret.txt), ![from the network](https://evil.example/x.png)
            and ![local](img/a.png).

            | Column | Value |
            |:-------|------:|
            | one    | 1     |

            ```mermaid
            %% plumbline:generated shop-containers
            flowchart
            ```

            ```java
            int x = 1 < 2 ? 1 : 0;
            ```
            """;

    @TempDir
    Path dir;

    private Path site;

    private ModelWorkspace workspace;

    @BeforeEach
    void writeSite() throws Exception {
        Path dsl = dir.resolve("model/shop.dsl");
        Files.createDirectories(dsl.getParent());
        Files.writeString(dsl, DSL);
        workspace = Workspaces.load(dsl);
        Path diagrams = dir.resolve("target/plumbline/diagrams/shop");
        Files.createDirectories(diagrams);
        for (View view : workspace.views()) {
            for (ViewExporter.Format format : ViewExporter.formatsFor(view)) {
                Path source = diagrams.resolve(view.getKey() + "." + format.extension());
                Files.writeString(source, ViewExporter.export(workspace, view, format));
                // what a hostile label could make a renderer write, around the names a diagram shows
                Files.writeString(source.resolveSibling(source.getFileName() + ".svg"), """
                        <?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"
                        onload="alert('svg')"><script>alert('svg')</script><a href="javascript:alert(1)"><text>Web</text></a>
                        <text onclick="alert(2)">Orders DB</text><foreignObject><iframe src="https://evil.example/"/>
                        </foreignObject><image href="https://evil.example/p.png"/><text>User &lt;img&gt;</text></svg>
                        """);
            }
        }
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs.resolve("img"));
        Files.writeString(docs.resolve("guide.md"), GUIDE);
        Files.writeString(docs.resolve("other.md"), "# Other\n\n## Part\n\nText.\n");
        Files.write(docs.resolve("img/a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path check = dir.resolve("target/plumbline/check");
        Files.createDirectories(check);
        Files.writeString(check.resolve("drift-check.sarif"), """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "plumbline"}}, "results": [
                  {"ruleId": "unknown-element", "level": "error", "message": {"text": "<b>Ghost</b> is not in the model"},
                   "locations": [{"physicalLocation": {"artifactLocation": {"uri": "docs/guide.md"},
                   "region": {"startLine": 14}}}], "baselineState": "new"}]}]}
                """);
        site = dir.resolve("target/site/architecture");
        write(ArchitectureChanges.since(dir, "", "main", List.of(workspace)));
    }

    private void write(ArchitectureChanges.Report changes) throws IOException {
        Path docs = dir.resolve("docs");
        Path check = dir.resolve("target/plumbline/check");
        ArchitectureSite.write(new ArchitectureSite.Options(List.of(workspace), dir.resolve("target/plumbline/diagrams"),
                List.of(docs), dir, check, dir.resolve("target/plumbline/conformance"),
                dir.resolve("target/plumbline/observed"), changes, site), w -> { });
    }

    @Test
    void no_page_runs_script_or_loads_anything_but_its_own_assets() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path page : files(".html")) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element element : html.getAllElements()) {
                String name = element.normalName();
                boolean searchBox = name.equals("form") && element.attr("action").matches("(\\.\\./)*search\\.html");
                if (List.of("iframe", "object", "embed", "handler", "animate", "set", "form", "base", "meta")
                        .contains(name) && !(name.equals("meta") && !element.hasAttr("http-equiv")) && !searchBox) {
                    problems.add(page.getFileName() + ": <" + name + ">");
                }
                if (name.equals("script") && !element.attr("src").matches("(\\.\\./)*assets/(site|search-index)\\.js")) {
                    problems.add(page.getFileName() + ": script " + element);
                }
                for (Attribute attribute : element.attributes()) {
                    String key = attribute.getKey().toLowerCase(Locale.ROOT);
                    String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                    if (key.startsWith("on") || value.contains("javascript:")
                            || ((key.endsWith("src") || key.endsWith("href")) && value.contains("evil.example")
                            && !(name.equals("a") && key.equals("href")))) {
                        problems.add(page.getFileName() + ": <" + name + " " + key + "=\"" + value + "\">");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void names_and_descriptions_from_the_dsl_are_text_not_markup() throws IOException {
        Document catalogue = Jsoup.parse(site.resolve("elements/shop.html").toFile(), "UTF-8");
        Document view = Jsoup.parse(site.resolve("views/shop/shop-containers.html").toFile(), "UTF-8");

        assertThat(catalogue.select("section.element h2").eachText())
                .contains("User <img src=x onerror=alert(1)> Person");
        assertThat(catalogue.text()).contains("Buys <script>alert('person')</script>.");
        assertThat(view.select("h1").text()).isEqualTo("Shop <script>alert('view')</script>");
        assertThat(view.select("ul.relationships li").eachText())
                .contains("User <img src=x onerror=alert(1)> → Web: Uses <iframe src=https://evil.example/>");
    }

    @Test
    void a_view_page_shows_both_renderings_its_elements_sources_and_definition() throws IOException {
        Document view = Jsoup.parse(site.resolve("views/shop/shop-containers.html").toFile(), "UTF-8");

        assertThat(view.select(".tabs > label").eachText()).containsExactly("PlantUML", "Mermaid");
        assertThat(view.select("#fig-puml .zoom > svg").attr("role")).isEqualTo("img");
        assertThat(view.select("#fig-mmd .zoom > svg").attr("aria-label"))
                .startsWith("Shop <script>alert('view')</script> (Mermaid diagram). Shows: ")
                .contains("Web", "Orders DB");
        assertThat(view.select("#fig-puml svg text").eachText()).contains("Web", "Orders DB");
        assertThat(view.select("ul.elements > li > a").eachAttr("href"))
                .contains("../../elements/shop.html#el-web", "../../elements/shop.html#el-db");
        assertThat(view.select("details pre code").first().text()).contains("@startuml");
        assertThat(view.select("dl.facts").text()).contains("Key shop-containers", "Kind Container view",
                "Defined at model/shop.dsl:");
        assertThat(site.resolve("views/shop/shop-containers.puml")).exists();
        assertThat(site.resolve("views/shop/shop-containers.mmd.svg")).content().doesNotContain("script");
    }

    @Test
    void the_catalogue_lists_views_relationships_and_mapped_code() throws IOException {
        Element web = Jsoup.parse(site.resolve("elements/shop.html").toFile(), "UTF-8").getElementById("el-web");

        assertThat(web.select("dl.facts").text()).contains("Description Takes orders.", "Technology Next.js",
                "Part of Shop", "Code com.example.web", "Views Shop <script>alert('view')</script>, Checkout");
        assertThat(web.select("h3").eachText()).containsExactly("Uses", "Used by");
        assertThat(web.select("ul.relationships li").eachText())
                .containsExactly("Orders DB: Reads and writes", "User <img src=x onerror=alert(1)>: Uses <iframe "
                        + "src=https://evil.example/>");
    }

    @Test
    void docs_render_tables_anchors_inline_diagrams_and_rewritten_links() throws IOException {
        Document guide = Jsoup.parse(site.resolve("docs/guide.html").toFile(), "UTF-8");

        assertThat(guide.select("article table th").eachText()).containsExactly("Column", "Value");
        assertThat(guide.select("article a").eachAttr("href")).contains("../docs/other.html#part")
                .noneMatch(href -> href.contains("secret") || href.contains("javascript"));
        assertThat(guide.select("article").text()).contains("a secret", "[image: from the network]");
        assertThat(guide.select("article img").eachAttr("src")).containsExactly("img/a.png");
        assertThat(site.resolve("docs/img/a.png")).exists();
        assertThat(guide.select("article figure.diagram .zoom > svg")).hasSize(1);
        assertThat(guide.select("article figure.diagram figcaption a").attr("href"))
                .isEqualTo("../views/shop/shop-containers.html");
        assertThat(guide.select("article pre code.language-java").text()).isEqualTo("int x = 1 < 2 ? 1 : 0;");
        assertThat(Jsoup.parse(site.resolve("docs/other.html").toFile(), "UTF-8").getElementById("part")).isNotNull();
    }

    @Test
    void drift_findings_are_shown_at_their_line_and_conformance_that_did_not_run_says_so() throws IOException {
        Document drift = Jsoup.parse(site.resolve("drift.html").toFile(), "UTF-8");
        Document conformance = Jsoup.parse(site.resolve("conformance.html").toFile(), "UTF-8");
        Document landing = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");

        assertThat(drift.select("p.status").text()).isEqualTo("Status: failed");
        assertThat(drift.select("table.findings tbody tr").first().text())
                .isEqualTo("docs/guide.md:14 error unknown-element <b>Ghost</b> is not in the model new");
        assertThat(drift.select("table.findings a").attr("href")).isEqualTo("docs/guide.html");
        assertThat(conformance.select("p.status").text()).isEqualTo("Status: not run");
        assertThat(landing.select("ul.gates li").eachText()).contains("Docs drift: failed (1 errors, 0 warnings)",
                "Code conformance: not run");
    }

    @Test
    void dynamic_views_show_the_modelled_steps_and_that_none_were_recorded() throws IOException {
        Document checkout = Jsoup.parse(site.resolve("views/shop/checkout.html").toFile(), "UTF-8");

        assertThat(checkout.select(".sequences > div").first().select("ol.steps li").eachText())
                .containsExactly("User <img src=x onerror=alert(1)> → Web: Orders", "Web → Orders DB: Stores the order");
        assertThat(checkout.select(".sequences > div").get(1).text()).contains("Not recorded");
    }

    @Test
    void the_search_index_is_a_script_setting_a_global_with_every_element_view_and_doc() throws IOException {
        String index = Files.readString(site.resolve("assets/search-index.js"));

        assertThat(index).startsWith("window.PLUMBLINE_SEARCH = [").contains("{\"t\":\"Web\",\"k\":\"element\","
                + "\"u\":\"elements/shop.html#el-web\"", "\"k\":\"view\",\"u\":\"views/shop/checkout.html\"",
                "{\"t\":\"Other\",\"k\":\"doc\",\"u\":\"docs/other.html\"").doesNotContain("<script");
    }

    @Test
    void the_changes_page_links_what_changed_and_the_overview_highlights_changed_views() throws IOException {
        write(new ArchitectureChanges.Report("origin/main", "0123456789", List.of(
                new Change(Subject.ELEMENT, Kind.ADDED, "shop", "Container://Shop.Web", "Web", ""),
                new Change(Subject.ELEMENT, Kind.REMOVED, "shop", "Container://Shop.Old", "Old <b>batch</b>", ""),
                new Change(Subject.VIEW, Kind.CHANGED, "shop", "shop-containers", "Shop containers", "diagram")),
                java.util.Optional.empty()));

        Document changes = Jsoup.parse(site.resolve("changes.html").toFile(), "UTF-8");
        assertThat(changes.select("h1").text()).isEqualTo("Changes since origin/main");
        assertThat(changes.select("table.changes tr.added a").attr("href")).isEqualTo("elements/shop.html#el-web");
        assertThat(changes.select("table.changes tr.removed td").eachText()).containsExactly("removed", "shop",
                "Old <b>batch</b>");
        assertThat(changes.select("table.changes tr.removed a")).isEmpty();
        assertThat(changes.select("table.changes tr.changed a").attr("href"))
                .isEqualTo("views/shop/shop-containers.html");
        Document landing = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertThat(landing.select("ul.thumbnails li.changed a").eachAttr("href"))
                .containsExactly("views/shop/shop-containers.html");
        assertThat(Jsoup.parse(site.resolve("views/shop/shop-containers.html").toFile(), "UTF-8")
                .select("p.badge.changed").text()).startsWith("Changed since origin/main");
        assertThat(Files.readString(site.resolve("changes.md"))).contains("| removed | shop | Old &lt;b&gt;batch&lt;/b&gt; |  |");
    }

    @Test
    void the_same_inputs_give_byte_identical_sites() throws Exception {
        Map<String, byte[]> first = contents();
        writeSite();
        Map<String, byte[]> second = contents();

        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    private Map<String, byte[]> contents() throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        for (Path file : files("")) {
            contents.put(site.relativize(file).toString(), Files.readAllBytes(file));
        }
        return contents;
    }

    private List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
