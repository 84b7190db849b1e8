package dev.plumbline.diagrams.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SvgSafetyTest {

    @Test
    void accepts_plain_svg_with_https_link() {
        assertThat(SvgSafety.violation(svg("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\
                <?plantuml 1.2026.9?><a href="https://example.org" xlink:href="https://example.org">\
                <text>javascript: is just text here</text></a></svg>"""))).isEmpty();
    }

    @Test
    void refuses_script_element() {
        assertThat(SvgSafety.violation(svg("""
                <svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>""")))
                .contains("generated SVG contains a <script> element; refused");
    }

    @Test
    void refuses_event_handler_attribute() {
        assertThat(SvgSafety.violation(svg("""
                <svg xmlns="http://www.w3.org/2000/svg"><rect onmouseover="alert(1)"/></svg>""")))
                .contains("generated SVG contains an event handler attribute onmouseover on <rect>; refused");
    }

    @Test
    void refuses_javascript_link_hidden_behind_entities_and_whitespace() {
        assertThat(SvgSafety.violation(svg("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\
                <a xlink:href=" &#106;ava&#9;script:alert(1)"><text>x</text></a></svg>""")))
                .hasValueSatisfying(v -> assertThat(v).startsWith("generated SVG contains a script link"));
    }

    @Test
    void refuses_handler_in_html_label_inside_foreign_object() {
        // Mermaid draws labels as XHTML inside <foreignObject>: the same rules hold there
        assertThat(SvgSafety.violation(svg("""
                <svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">                <span onclick="alert(1)">Start</span></div></foreignObject></svg>""")))
                .contains("generated SVG contains an event handler attribute onclick on <span>; refused");
    }

    @Test
    void refuses_iframe_in_html_label() {
        assertThat(SvgSafety.violation(svg("""
                <svg xmlns="http://www.w3.org/2000/svg"><foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml"                 src="https://example.org"/></foreignObject></svg>""")))
                .contains("generated SVG contains a <iframe> element; refused");
    }

    @Test
    void refuses_svg_that_is_not_well_formed() {
        assertThat(SvgSafety.violation(svg("<svg><g></svg>")))
                .hasValueSatisfying(v -> assertThat(v).startsWith("generated SVG is not well-formed XML"));
    }

    private static byte[] svg(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
