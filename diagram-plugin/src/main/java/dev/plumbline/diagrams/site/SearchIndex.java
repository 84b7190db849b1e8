package dev.plumbline.diagrams.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The search index as a script that sets a global: a page opened from {@code file://} may load a script but not
 * fetch a JSON file. Entries are written in the order pages were made, which is fixed, so the file is too.
 */
final class SearchIndex {

    private record Entry(String title, String kind, String url, String text) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(String title, String kind, String url, String text) {
        entries.add(new Entry(title == null ? "" : title, kind, url, text == null ? "" : text
                .replaceAll("\\s+", " ").strip()));
    }

    void write(Map<String, byte[]> files) {
        StringBuilder out = new StringBuilder("window.PLUMBLINE_SEARCH = [\n");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            out.append("{\"t\":").append(Html.json(e.title())).append(",\"k\":").append(Html.json(e.kind()))
                    .append(",\"u\":").append(Html.json(e.url())).append(",\"x\":").append(Html.json(e.text()))
                    .append(i + 1 < entries.size() ? "},\n" : "}\n");
        }
        out.append("];\n");
        files.put("assets/search-index.js", out.toString().getBytes(StandardCharsets.UTF_8));
        String body = "<h1>Search</h1>\n<noscript><p>Search needs JavaScript. Without it, the <a href=\"elements/index"
                + ".html\">element catalogue</a> lists every element and the <a href=\"index.html\">overview</a> every "
                + "view.</p></noscript>\n<p id=\"search-summary\" aria-live=\"polite\"></p>\n"
                + "<ul id=\"search-page-results\" class=\"search-page-results\"></ul>\n";
        files.put("search.html", Layout.page("", "Search", body).getBytes(StandardCharsets.UTF_8));
    }
}
