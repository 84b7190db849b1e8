package dev.plumbline.diagrams.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final String MERMAID = """
            <svg id="m1" aria-labelledby="chart-title-m1 other"><style>#m1 .node rect{fill:#ececff;}#m1:hover{}</style>\
            <title id="chart-title-m1">Orders</title>\
            <marker id="m1_arrow"></marker><path marker-end="url(#m1_arrow)" fill="#ffffff"></path>\
            <use href="#m1_arrow"></use><text>issue #m1_arrow stays as written</text></svg>""";

    @Test
    void prefixes_every_id_of_an_inlined_svg_and_every_reference_to_it_with_the_figure_id() {
        assertThat(Figures.scoped(MERMAID, "doc-fig-2")).isEqualTo("""
                <svg id="doc-fig-2-m1" aria-labelledby="doc-fig-2-chart-title-m1 other">\
                <style>#doc-fig-2-m1 .node rect{fill:#ececff;}#doc-fig-2-m1:hover{}</style>\
                <title id="doc-fig-2-chart-title-m1">Orders</title>\
                <marker id="doc-fig-2-m1_arrow"></marker><path marker-end="url(#doc-fig-2-m1_arrow)" fill="#ffffff"></path>\
                <use href="#doc-fig-2-m1_arrow"></use><text>issue #m1_arrow stays as written</text></svg>""");
    }

    @Test
    void two_figures_of_renderer_numbered_ids_share_none_in_one_page() {
        String plantUml = "<svg><g id=\"ent0001\"></g><g id=\"lnk13\"></g></svg>";

        String page = Figures.scoped(plantUml, "doc-fig-0") + Figures.scoped(plantUml, "doc-fig-1");

        assertThat(page).contains("id=\"doc-fig-0-ent0001\"", "id=\"doc-fig-1-ent0001\"", "id=\"doc-fig-1-lnk13\"")
                .doesNotContain("id=\"ent0001\"");
    }

    @Test
    void leaves_an_svg_without_ids_as_it_is() {
        assertThat(Figures.scoped("<svg><rect fill=\"#abc\"/></svg>", "fig-puml")).isEqualTo("<svg><rect fill=\"#abc\"/></svg>");
    }
}
