package dev.plumbline.diagrams.site;

import dev.plumbline.diagrams.docs.GeneratedBlocks;
import dev.plumbline.diagrams.site.SiteModel.Diagram;
import dev.plumbline.diagrams.site.SiteModel.ViewPage;
import dev.plumbline.diagrams.site.safety.SafeMarkup;
import dev.plumbline.model.ModelWorkspace;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The Markdown docs as pages: GFM tables, heading anchors, generated diagram blocks shown as their view's SVG,
 * links between documents rewritten to the pages, local images copied. Raw HTML passes through OWASP's sanitizer;
 * the diagrams (sanitized on their own) are put in after it, at placeholders the document cannot forge.
 */
final class DocPages {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());

    /** A document: its file, the docs folder it was found in, and its page. */
    private record Doc(Path file, Path root, String url) {
        String rootPrefix() {
            return "../".repeat((int) url.chars().filter(c -> c == '/').count());
        }
    }

    private final SiteModel model;
    private final Map<Path, Doc> docs = new LinkedHashMap<>();
    private final Map<Path, String> workspaceFiles = new LinkedHashMap<>();
    private final Path base;
    private final Consumer<String> warnings;
    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

    DocPages(SiteModel model, List<Path> roots, List<ModelWorkspace> workspaces, Path base, Consumer<String> warnings)
            throws IOException {
        this.model = model;
        this.base = base.toAbsolutePath().normalize();
        this.warnings = warnings;
        for (ModelWorkspace workspace : workspaces) {
            workspaceFiles.put(Path.of(workspace.file()).toAbsolutePath().normalize(), SiteModel.folderOf(workspace));
        }
        for (Path given : roots) {
            Path root = given.toAbsolutePath().normalize();
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path file : walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".md")).sorted()
                            .toList()) {
                        add(file, root);
                    }
                }
            } else if (Files.isRegularFile(root) && root.toString().endsWith(".md")) {
                add(root, root.getParent());
            }
        }
    }

    private void add(Path file, Path root) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String url = "docs/" + relative.substring(0, relative.length() - 3) + ".html";
        if (docs.values().stream().noneMatch(d -> d.url().equals(url))) {
            docs.put(file, new Doc(file, root, url));
        }
    }

    /** The page of a document named as findings name it (relative to the project folder), if it is one. */
    Optional<String> pageOf(String file) {
        try {
            return Optional.ofNullable(docs.get(base.resolve(file).normalize())).map(Doc::url);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Each document's title and page, in order. */
    List<Map.Entry<String, String>> index() {
        List<Map.Entry<String, String>> index = new ArrayList<>();
        for (Doc doc : docs.values()) {
            index.add(Map.entry(titles.getOrDefault(doc.url(), doc.file().getFileName().toString()), doc.url()));
        }
        return index;
    }

    private final Map<String, String> titles = new LinkedHashMap<>();

    void write(Map<String, byte[]> files, SearchIndex search) {
        for (Doc doc : docs.values()) {
            String markdown;
            try {
                markdown = Files.readString(doc.file(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                warnings.accept(doc.file() + ": cannot read, left out of the site: " + e.getMessage());
                continue;
            }
            Node document = parser.parse(markdown);
            String title = title(document).orElse(doc.file().getFileName().toString());
            titles.put(doc.url(), title);
            document.accept(new Links(doc, files));
            String token = "plumbline-figure-" + sha256(markdown).substring(0, 24);
            List<String> figures = new ArrayList<>();
            HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
                    .nodeRendererFactory(context -> new Fences(context, token, figures)).build();
            String html = SafeMarkup.html(renderer.render(document));
            Matcher placeholder = Pattern.compile("<p>" + token + "-(\\d+)</p>").matcher(html);
            StringBuilder body = new StringBuilder();
            while (placeholder.find()) {
                int n = Integer.parseInt(placeholder.group(1));
                placeholder.appendReplacement(body, Matcher.quoteReplacement(figure(figures.get(n), doc, n)));
            }
            placeholder.appendTail(body);
            String page = "<article class=\"doc\">\n" + body + "</article>\n";
            files.put(doc.url(), Layout.page(doc.rootPrefix(), title, page).getBytes(StandardCharsets.UTF_8));
            String text = TextContentRenderer.builder().build().render(document);
            search.add(title, "doc", doc.url(), text.length() > 4000 ? text.substring(0, 4000) : text);
        }
        StringBuilder index = new StringBuilder("<h1>Docs</h1>\n");
        if (docs.isEmpty()) {
            index.append("<p>No Markdown documents were found in the docs folders.</p>\n");
        } else {
            index.append("<ul class=\"docs\">\n");
            for (Map.Entry<String, String> entry : index()) {
                index.append("<li><a href=\"../").append(entry.getValue()).append("\">").append(Html.text(entry.getKey()))
                        .append("</a></li>\n");
            }
            index.append("</ul>\n");
        }
        files.put("docs/index.html", Layout.page("../", "Docs", index.toString()).getBytes(StandardCharsets.UTF_8));
    }

    /** A generated block as its view's SVG in the block's notation (else the other), with the view's page linked. */
    private String figure(String reference, Doc doc, int n) {
        String key = reference.substring(reference.indexOf(' ') + 1);
        String extension = reference.substring(0, reference.indexOf(' '));
        Optional<ViewPage> view = model.view(key);
        if (view.isEmpty()) {
            return "<p class=\"no-image\">Diagram of view <code>" + Html.text(key) + "</code>, which the model does not "
                    + "have.</p>\n";
        }
        List<Diagram> diagrams = view.get().diagrams();
        Optional<Diagram> diagram = diagrams.stream().filter(d -> d.extension().equals(extension) && d.svg().isPresent())
                .findFirst().or(() -> diagrams.stream().filter(d -> d.svg().isPresent()).findFirst())
                .or(() -> diagrams.stream().findFirst());
        return diagram.map(d -> Figures.figure(view.get(), d, "doc-fig-" + n, doc.rootPrefix()))
                .orElse("<p class=\"no-image\">View <code>" + Html.text(key) + "</code> has no diagram.</p>\n");
    }

    private static Optional<String> title(Node document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                return Optional.of(TextContentRenderer.builder().build().render(heading).strip());
            }
        }
        return Optional.empty();
    }

    /** Generated diagram blocks become placeholders; every other fence is code, as CommonMark renders it. */
    private static final class Fences implements NodeRenderer {
        private final HtmlWriter html;
        private final String token;
        private final List<String> figures;

        Fences(HtmlNodeRendererContext context, String token, List<String> figures) {
            this.html = context.getWriter();
            this.token = token;
            this.figures = figures;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(FencedCodeBlock.class);
        }

        @Override
        public void render(Node node) {
            FencedCodeBlock fence = (FencedCodeBlock) node;
            String info = fence.getInfo() == null ? "" : fence.getInfo().strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
            Matcher marker = GeneratedBlocks.MARKER.matcher(fence.getLiteral());
            boolean diagram = info.equals("mermaid") || info.equals("plantuml") || info.equals("puml");
            html.line();
            if (diagram && marker.find()) {
                html.raw("<p>" + token + "-" + figures.size() + "</p>");
                figures.add((info.equals("mermaid") ? "mmd" : "puml") + " " + marker.group(1));
            } else {
                html.raw("<pre><code" + (info.isEmpty() ? "" : " class=\"language-" + Html.text(info) + "\"") + ">");
                html.text(fence.getLiteral());
                html.raw("</code></pre>");
            }
            html.line();
        }
    }

    /**
     * Links to other documents go to their pages, links to a workspace file to its part of the overview; local
     * images are copied into the site. What would be broken in the site (a file that is not part of it, an image
     * from the network) keeps its text and loses the link.
     */
    private final class Links extends AbstractVisitor {
        private final Doc doc;
        private final Map<String, byte[]> files;

        Links(Doc doc, Map<String, byte[]> files) {
            this.doc = doc;
            this.files = files;
        }

        @Override
        public void visit(Link link) {
            visitChildren(link);
            String destination = link.getDestination();
            if (destination.isEmpty() || destination.startsWith("#") || SCHEME.matcher(destination).find()
                    || destination.startsWith("//")) {
                return;
            }
            int hash = destination.indexOf('#');
            String fragment = hash < 0 ? "" : destination.substring(hash);
            Optional<Path> target = resolve(hash < 0 ? destination : destination.substring(0, hash));
            Optional<String> rewritten = target.flatMap(t -> {
                if (docs.containsKey(t)) {
                    return Optional.of(doc.rootPrefix() + docs.get(t).url() + fragment);
                }
                if (workspaceFiles.containsKey(t)) {
                    return Optional.of(doc.rootPrefix() + "index.html#ws-" + workspaceFiles.get(t));
                }
                return Optional.empty();
            });
            if (rewritten.isPresent()) {
                link.setDestination(rewritten.get());
            } else {
                unwrap(link);
            }
        }

        @Override
        public void visit(Image image) {
            String destination = image.getDestination();
            Optional<Path> target = SCHEME.matcher(destination).find() || destination.startsWith("//")
                    ? Optional.empty() : resolve(destination);
            Path root = doc.root();
            if (target.isPresent() && target.get().startsWith(root) && Files.isRegularFile(target.get())) {
                try {
                    files.put("docs/" + root.relativize(target.get()).toString().replace('\\', '/'),
                            Files.readAllBytes(target.get()));
                    return;
                } catch (IOException e) {
                    warnings.accept(target.get() + ": cannot copy the image into the site: " + e.getMessage());
                }
            }
            StringBuilder text = new StringBuilder();
            image.accept(new AbstractVisitor() {
                @Override
                public void visit(Text t) {
                    text.append(t.getLiteral());
                }
            });
            String alt = text.toString().strip();
            image.insertBefore(new Text("[image: " + (alt.isEmpty() ? destination : alt) + "]"));
            image.unlink();
        }

        private Optional<Path> resolve(String path) {
            try {
                String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
                return Optional.of(doc.file().getParent().resolve(decoded).normalize());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        private void unwrap(Link link) {
            Node child = link.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.insertBefore(child);
                child = next;
            }
            link.unlink();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
