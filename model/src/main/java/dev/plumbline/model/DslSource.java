package dev.plumbline.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where things are in a workspace's DSL text. Structurizr's parser keeps no line numbers and loses the written
 * order of parallel steps, so the findings' lines and the step numbering of the extension come from here. The text
 * is read as Structurizr reads it: {@code !include}d files in place (each line keeps its own file and line), the
 * base of {@code workspace extends} first, nesting followed so that hierarchical identifiers, elements declared
 * without an identifier and elements added in {@code !extend} blocks are all found where they are written.
 */
final class DslSource {

    private static final Set<String> VIEW_TYPES = Set.of("systemLandscape", "systemContext", "container", "component",
            "dynamic", "deployment", "custom", "filtered", "image");
    private static final Set<String> ELEMENT_KEYWORDS = Set.of("person", "softwareSystem", "container", "component",
            "deploymentEnvironment", "deploymentNode", "infrastructureNode", "element");
    /** Blocks that name an existing element by identifier; what is written inside belongs to it. */
    private static final Set<String> SCOPE_KEYWORDS = Set.of("!extend", "!element");
    private static final int MAX_INCLUDE_DEPTH = 16;
    private static final Set<String> DYNAMIC_KEYWORDS = Set.of("title", "description", "autolayout", "default",
            "properties", "include", "exclude", "animation", "{", "}", "!script", "!const", "!var");
    private static final Set<String> IMAGE_KINDS = Set.of("plantuml", "mermaid", "kroki", "image");

    /** A place in the DSL: the file (as the user names it) and the 1-based line. */
    record Location(String file, int line) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /**
     * A step as written: {@code source -> destination "description"} (or {@code relationshipId "description"}, then
     * {@code source} and {@code destination} are null), with its parallel branch, if any.
     */
    record StepLine(int line, String source, String destination, String description, int parallelBlock, int branch,
                    String relationship) {
    }

    /**
     * A directive written next to the steps it acts on: a comment line {@code // plumbline: <directive>}.
     *
     * @param after the number of steps written before it (0: before the first step)
     */
    record LocalDirective(int line, int after, String text) {
    }

    /** A view block: its header line, property lines and, for dynamic views, its steps in written order. */
    record ViewBlock(String type, String key, Location location, int ordinal, Map<String, Integer> propertyLines,
                     List<StepLine> steps, List<LocalDirective> directives, List<ImageSource> images) {
        int line() {
            return location.line();
        }

        String file() {
            return location.file();
        }
    }

    /**
     * A relationship as written in the model.
     *
     * @param source            the source identifier as written, null for {@code -> x} inside an element (the
     *                          element itself, as is {@code this})
     * @param scope             the identifiers of the enclosing elements, innermost first, to resolve what is written
     * @param enclosingNamePath the name path of the innermost enclosing element, null outside any
     */
    record RelationshipLine(Location location, String identifier, String source, String destination,
                            String description, List<String> scope, String enclosingNamePath) {
    }

    /** An element declaration: its identifier (as Structurizr registers it, if any) and the names it sits under. */
    private record Declaration(Location location, String identifier, String namePath) {
    }

    /** One physical line, wherever it came from. */
    private record Line(String file, int number, String text) {
    }

    /** One open brace: what it opened. */
    private record Frame(String identifier, String namePath, boolean element) {
        static final Frame OTHER = new Frame(null, null, false);
    }

    private final String file;
    private final Map<String, Declaration> byIdentifier = new HashMap<>();
    private final Map<String, Declaration> byNamePath = new HashMap<>();
    private final List<RelationshipLine> relationships = new ArrayList<>();
    private final Map<String, ViewBlock> views = new LinkedHashMap<>();
    private final Set<String> archetypes = new HashSet<>();
    private final Map<String, Integer> generatedKeys = new HashMap<>();
    private Location modelLocation;
    private Location viewsLocation;
    private boolean hierarchical;
    private int ordinal;

    private DslSource(String file) {
        this.file = file;
    }

    /** Scans text that has no file of its own (a classpath resource): no includes can be followed. */
    static DslSource scan(String file, String text) {
        return scan(file, text, null);
    }

    /**
     * Scans a workspace.
     *
     * @param path the workspace file, to follow {@code !include} and {@code workspace extends} relative to; null when
     *             the text has no file (then neither can be followed)
     */
    static DslSource scan(String file, String text, Path path) {
        Objects.requireNonNull(text, "text");
        DslSource source = new DslSource(Objects.requireNonNull(file, "file"));
        List<Line> lines = source.expand(file, text, path, 0, new HashSet<>());
        source.read(lines, path, 0);
        return source;
    }

    String file() {
        return file;
    }

    /** Where the model block starts: the place for findings about what has no line of its own. */
    Location fallback() {
        return modelLocation != null ? modelLocation : new Location(file, 1);
    }

    /**
     * Where an element is declared.
     *
     * @param identifier the identifier Structurizr registered it under, or null
     * @param namePath   its names from the outermost parent down, joined by {@code /} (deployment elements start
     *                   with their environment)
     */
    Location elementLocation(String identifier, String namePath) {
        if (identifier != null) {
            Declaration d = byIdentifier.get(identifier.toLowerCase(Locale.ROOT));
            if (d != null) {
                return d.location();
            }
        }
        Declaration d = byNamePath.get(namePath);
        if (d != null) {
            return d.location();
        }
        return fallback();
    }

    /** The relationships as written, in written order. */
    List<RelationshipLine> relationships() {
        return relationships;
    }

    ViewBlock view(String key) {
        return views.get(key);
    }

    /** Where a view is defined; a view without a key is found by the key Structurizr generates for it. */
    Location viewLocation(String key) {
        ViewBlock block = views.get(key);
        if (block != null) {
            return block.location();
        }
        return viewsLocation != null ? viewsLocation : fallback();
    }

    /** The view's position among all views as written, so views list in written order; unknown ones last. */
    int viewOrdinal(String key) {
        ViewBlock block = views.get(key);
        return block == null ? Integer.MAX_VALUE : block.ordinal();
    }

    int viewLine(String key) {
        return viewLocation(key).line();
    }

    // ---- reading ----

    /** The lines of a file with its {@code !include}s replaced by the lines of the files they name. */
    private List<Line> expand(String label, String text, Path path, int depth, Set<Path> chain) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String stripped = raw[i].strip();
            if (path != null && depth < MAX_INCLUDE_DEPTH && stripped.startsWith("!include ")) {
                List<String> tokens = DslTokens.split(stripped);
                if (tokens.size() == 2) {
                    for (Path included : included(path, DslTokens.unquote(tokens.get(1)))) {
                        Path real = included.toAbsolutePath().normalize();
                        if (!chain.add(real)) {
                            continue; // a cycle: Structurizr would have refused it already
                        }
                        try {
                            String includedText = Files.readString(real, StandardCharsets.UTF_8);
                            out.addAll(expand(shown(label, path, included), includedText, included, depth + 1, chain));
                        } catch (IOException | RuntimeException e) {
                            // Structurizr read it; if we cannot, its lines are simply not located
                        }
                        chain.remove(real);
                    }
                    continue;
                }
            }
            out.add(new Line(label, i + 1, raw[i]));
        }
        return out;
    }

    /** The files an {@code !include} names: one file, or every file under a folder; URLs are not followed. */
    private static List<Path> included(Path from, String target) {
        if (target.contains("://")) {
            return List.of();
        }
        Path dir = from.toAbsolutePath().getParent();
        if (dir == null) {
            return List.of();
        }
        Path resolved = dir.resolve(target).normalize();
        if (Files.isRegularFile(resolved)) {
            return List.of(resolved);
        }
        if (Files.isDirectory(resolved)) {
            try (Stream<Path> walk = Files.walk(resolved)) {
                return walk.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        }
        return List.of();
    }

    /** An included file named as the user names the including one: relative to the same place. */
    private static String shown(String label, Path labelled, Path included) {
        Path labelPath = Path.of(label);
        Path dir = labelPath.getParent();
        Path relative = labelled.toAbsolutePath().normalize().getParent().relativize(included.toAbsolutePath().normalize());
        return (dir == null ? relative : dir.resolve(relative)).toString();
    }

    private void read(List<Line> lines, Path path, int depth) {
        int braceDepth = 0;
        int viewsDepth = -1;
        boolean inBlockComment = false;
        boolean inArchetypes = false;
        int archetypesDepth = -1;
        Deque<Frame> frames = new ArrayDeque<>();
        // state of the view being read
        ViewBuilder view = null;
        int viewDepth = -1;
        int propertiesDepth = -1;
        for (int index = 0; index < lines.size(); index++) {
            Line physical = lines.get(index);
            String trimmed = physical.text().strip();
            Location here = new Location(physical.file(), physical.number());
            if (opensTextBlock(trimmed)) {
                // a """ text block: its lines are text, not DSL
                List<String> block = new ArrayList<>();
                while (index + 1 < lines.size() && !lines.get(index + 1).text().strip().startsWith("\"\"\"")) {
                    block.add(lines.get(++index).text());
                }
                index++;
                List<String> head = DslTokens.split(trimmed.substring(0, trimmed.length() - 3));
                if (view != null && !head.isEmpty() && IMAGE_KINDS.contains(head.get(0))) {
                    view.images.add(new ImageSource(head.get(0), Optional.empty(), Optional.of(dedent(block)),
                            here.toString()));
                }
                continue;
            }
            if (inBlockComment) {
                if (trimmed.contains("*/")) {
                    inBlockComment = false;
                }
                continue;
            }
            if (trimmed.startsWith("/*")) {
                inBlockComment = !trimmed.contains("*/");
                continue;
            }
            if (view != null && propertiesDepth < 0) {
                Optional<String> local = localDirective(trimmed);
                if (local.isPresent()) {
                    view.directive(here.line(), local.get());
                    continue;
                }
            }
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("//")) {
                continue;
            }
            List<String> tokens = DslTokens.split(trimmed);
            if (tokens.isEmpty()) {
                continue;
            }
            String first = tokens.get(0);
            boolean opens = tokens.get(tokens.size() - 1).equals("{");
            boolean closesOnly = tokens.size() == 1 && first.equals("}");

            if (braceDepth == 0 && first.equals("workspace") && tokens.size() >= 3 && tokens.get(1).equals("extends")
                    && path != null && depth < MAX_INCLUDE_DEPTH) {
                readBase(path, DslTokens.unquote(tokens.get(2)), depth);
            }
            if (first.equals("!identifiers") && tokens.size() >= 2) {
                hierarchical = tokens.get(1).equalsIgnoreCase("hierarchical");
            }
            if (view != null) {
                if (propertiesDepth >= 0) {
                    if (closesOnly && braceDepth - 1 == propertiesDepth) {
                        propertiesDepth = -1;
                    } else if (tokens.size() >= 2) {
                        view.properties.put(DslTokens.unquote(first), here.line());
                    }
                } else if (first.equals("properties") && opens) {
                    propertiesDepth = braceDepth;
                } else if (tokens.size() == 1 && first.equals("{")) {
                    view.openGroup();
                } else if (closesOnly && braceDepth - 1 > viewDepth) {
                    view.closeGroup();
                } else if (stepTokens(tokens).size() >= 3 && stepTokens(tokens).get(1).equals("->")) {
                    List<String> step = stepTokens(tokens);
                    view.step(here.line(), step.get(0), step.get(2),
                            step.size() > 3 ? description(step.get(3)) : null, null);
                } else if (view.type.equals("dynamic") && stepTokens(tokens).size() <= 2
                        && !DYNAMIC_KEYWORDS.contains(stepTokens(tokens).get(0).toLowerCase(Locale.ROOT))
                        && !stepTokens(tokens).get(0).startsWith("\"")) {
                    // a step written as the identifier of a relationship: r1 "description"
                    List<String> step = stepTokens(tokens);
                    view.step(here.line(), null, null, step.size() > 1 ? description(step.get(1)) : null, step.get(0));
                } else if (tokens.size() >= 2 && IMAGE_KINDS.contains(first)) {
                    view.images.add(new ImageSource(first, Optional.of(DslTokens.unquote(tokens.get(tokens.size() - 1))),
                            Optional.empty(), here.toString()));
                }
            } else if (viewsDepth >= 0 && braceDepth == viewsDepth + 1 && !opens && first.equals("filtered")) {
                // a filtered view may be a single line: filtered <base> <mode> <tags> [key] [description]
                String key = tokens.size() > 4 ? DslTokens.unquote(tokens.get(4)) : generatedKey(first);
                views.putIfAbsent(key, new ViewBuilder(first, key, here, ordinal++).build());
            } else if (viewsDepth >= 0 && braceDepth == viewsDepth + 1 && opens && VIEW_TYPES.contains(first)) {
                String key = viewKey(first, tokens);
                view = new ViewBuilder(first, key != null ? key : generatedKey(first), here, ordinal++);
                viewDepth = braceDepth;
            } else if (viewsDepth < 0) {
                if (first.equals("model") && opens && modelLocation == null) {
                    modelLocation = here;
                }
                if (first.equals("archetypes") && opens) {
                    inArchetypes = true;
                    archetypesDepth = braceDepth;
                } else if (inArchetypes) {
                    if (tokens.size() >= 3 && tokens.get(1).equals("=")) {
                        archetypes.add(tokens.get(0));
                    }
                } else {
                    readModelLine(tokens, here, frames);
                }
            }
            if (first.equals("views") && opens && viewsDepth < 0) {
                viewsDepth = braceDepth;
                viewsLocation = here;
            }

            for (int t = 0; t < tokens.size(); t++) {
                if (tokens.get(t).equals("{")) {
                    braceDepth++;
                    boolean last = t == tokens.size() - 1;
                    frames.push(last && viewsDepth < 0 && !inArchetypes ? frameOf(tokens, frames) : Frame.OTHER);
                } else if (tokens.get(t).equals("}")) {
                    braceDepth--;
                    if (!frames.isEmpty()) {
                        frames.pop();
                    }
                }
            }
            if (inArchetypes && braceDepth == archetypesDepth) {
                inArchetypes = false;
            }
            if (view != null && braceDepth == viewDepth) {
                views.putIfAbsent(view.key, view.build());
                view = null;
                viewDepth = -1;
            }
            if (viewsDepth >= 0 && braceDepth == viewsDepth) {
                viewsDepth = -2; // views block closed; nothing after it is model or view
            }
        }
    }

    /** A step's tokens without Structurizr's explicit order prefix ({@code 2: a -> b}). */
    private static List<String> stepTokens(List<String> tokens) {
        return tokens.size() > 1 && tokens.get(0).matches("[0-9][0-9.]*:") ? tokens.subList(1, tokens.size()) : tokens;
    }

    /** A line that opens a {@code """} text block and does not close it. */
    private static boolean opensTextBlock(String trimmed) {
        return trimmed.endsWith("\"\"\"") && trimmed.indexOf("\"\"\"") == trimmed.length() - 3
                && !trimmed.startsWith("#") && !trimmed.startsWith("//");
    }

    /** The lines of a text block without their common indentation, each ending in a line break. */
    private static String dedent(List<String> block) {
        int indent = block.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        StringBuilder text = new StringBuilder();
        for (String line : block) {
            text.append(line.isBlank() ? "" : line.substring(Math.min(indent, line.length()))).append('\n');
        }
        return text.toString().stripTrailing() + "\n";
    }

    /** {@code workspace extends <file>}: the base workspace's elements and views are this one's too. */
    private void readBase(Path path, String target, int depth) {
        if (target.contains("://") || !target.endsWith(".dsl")) {
            return;
        }
        Path dir = path.toAbsolutePath().getParent();
        Path base = dir == null ? null : dir.resolve(target).normalize();
        if (base == null || !Files.isRegularFile(base)) {
            return;
        }
        try {
            String label = shown(file, path, base);
            Set<Path> chain = new HashSet<>(Set.of(base));
            boolean outer = hierarchical;
            Location model = modelLocation;
            Location viewsAt = viewsLocation;
            modelLocation = null;
            read(expand(label, Files.readString(base, StandardCharsets.UTF_8), base, depth + 1, chain), base, depth + 1);
            hierarchical = outer;
            modelLocation = model;
            viewsLocation = viewsAt;
        } catch (IOException | RuntimeException e) {
            // Structurizr read it; if we cannot, its lines are simply not located
        }
    }

    /** {@code // plumbline: <directive>} (or {@code # plumbline: ...}) written among a view's steps. */
    static Optional<String> localDirective(String trimmed) {
        String body;
        if (trimmed.startsWith("//")) {
            body = trimmed.substring(2).strip();
        } else if (trimmed.startsWith("#")) {
            body = trimmed.substring(1).strip();
        } else {
            return Optional.empty();
        }
        return body.startsWith("plumbline:") ? Optional.of(body.substring("plumbline:".length()).strip())
                : Optional.empty();
    }

    private void readModelLine(List<String> tokens, Location here, Deque<Frame> frames) {
        List<String> scope = frames.stream().filter(Frame::element).map(Frame::identifier).filter(Objects::nonNull)
                .toList();
        Frame enclosing = frames.stream().filter(Frame::element).findFirst().orElse(Frame.OTHER);
        int arrow = tokens.indexOf("->");
        if (arrow == 3 && tokens.get(1).equals("=") && tokens.size() >= 5) {
            relationships.add(new RelationshipLine(here, tokens.get(0), tokens.get(2), tokens.get(4),
                    tokens.size() > 5 ? description(tokens.get(5)) : null, scope, enclosing.namePath()));
        } else if (arrow == 1 && tokens.size() >= 3) {
            relationships.add(new RelationshipLine(here, null, tokens.get(0), tokens.get(2),
                    tokens.size() > 3 ? description(tokens.get(3)) : null, scope, enclosing.namePath()));
        } else if (arrow == 0 && tokens.size() >= 2) {
            relationships.add(new RelationshipLine(here, null, null, tokens.get(1),
                    tokens.size() > 2 ? description(tokens.get(2)) : null, scope, enclosing.namePath()));
        } else {
            declaration(tokens, frames).ifPresent(pending -> {
                Declaration d = pending.withLocation(here);
                if (d.identifier() != null) {
                    byIdentifier.putIfAbsent(d.identifier().toLowerCase(Locale.ROOT), d);
                }
                byNamePath.putIfAbsent(d.namePath(), d);
            });
        }
    }

    private static String description(String token) {
        return token.equals("{") ? null : DslTokens.unquote(token);
    }

    /** The element a model line declares, if it declares one: {@code [id =] keyword "Name" ...}. */
    private Optional<Pending> declaration(List<String> tokens, Deque<Frame> frames) {
        String identifier = null;
        int k = 0;
        if (tokens.size() >= 3 && tokens.get(1).equals("=")) {
            identifier = tokens.get(0);
            k = 2;
        }
        String keyword = tokens.get(k);
        if (!ELEMENT_KEYWORDS.contains(keyword) && !archetypes.contains(keyword)) {
            if (identifier != null && k + 1 < tokens.size() && tokens.get(k + 1).startsWith("\"")) {
                // an identifier assigned to something Plumbline has no keyword for (a custom archetype, say)
                return Optional.of(new Pending(qualified(identifier, frames), namePath(frames, tokens.get(k + 1))));
            }
            return Optional.empty();
        }
        if (k + 1 >= tokens.size() || tokens.get(k + 1).equals("{")) {
            return Optional.empty();
        }
        return Optional.of(new Pending(identifier == null ? null : qualified(identifier, frames),
                namePath(frames, tokens.get(k + 1))));
    }

    /** Under {@code !identifiers hierarchical}, Structurizr registers {@code parent.child}. */
    private String qualified(String identifier, Deque<Frame> frames) {
        if (!hierarchical) {
            return identifier;
        }
        for (Frame frame : frames) {
            if (frame.element() && frame.identifier() != null) {
                return frame.identifier() + "." + identifier;
            }
        }
        return identifier;
    }

    private static String namePath(Deque<Frame> frames, String nameToken) {
        List<String> names = new ArrayList<>();
        for (Frame frame : frames) {
            if (frame.element() && frame.namePath() != null) {
                names.add(frame.namePath());
                break;
            }
        }
        names.add(DslTokens.unquote(nameToken));
        return String.join("/", names);
    }

    /** What a line that ends in {@code {} opens: an element (with its identifier and names), or anything else. */
    private Frame frameOf(List<String> tokens, Deque<Frame> frames) {
        String first = tokens.get(0);
        if (SCOPE_KEYWORDS.contains(first) && tokens.size() >= 3) {
            String target = DslTokens.unquote(tokens.get(1));
            Declaration known = byIdentifier.get(target.toLowerCase(Locale.ROOT));
            String identifier = known != null ? known.identifier() : target;
            return new Frame(identifier, known == null ? null : known.namePath(), true);
        }
        return declaration(tokens, frames).map(d -> new Frame(d.identifier(), d.namePath(), true)).orElse(Frame.OTHER);
    }

    /** A declaration whose location is filled in by the caller. */
    private record Pending(String identifier, String namePath) {
        Declaration withLocation(Location location) {
            return new Declaration(location, identifier, namePath);
        }
    }

    /**
     * The key Structurizr gives a view written without one: a prefix for its type and a three-digit counter,
     * counted per prefix in the order views are written.
     */
    private String generatedKey(String type) {
        String prefix = switch (type) {
            case "systemLandscape" -> "SystemLandscape";
            case "systemContext" -> "SystemContext";
            case "container" -> "Container";
            case "component" -> "Component";
            case "dynamic" -> "Dynamic";
            case "deployment" -> "Deployment";
            case "custom" -> "Custom";
            case "filtered" -> "Filtered";
            default -> "Image";
        };
        int n = generatedKeys.merge(prefix, 1, Integer::sum);
        return String.format(Locale.ROOT, "%s-%03d", prefix, n);
    }

    /** The key of a view header, following each view type's argument list; null when the view has no key. */
    private static String viewKey(String type, List<String> tokens) {
        int keyIndex = switch (type) {
            case "systemLandscape", "custom" -> 1;
            case "systemContext", "container", "component", "dynamic", "image" -> 2;
            case "deployment" -> 3;
            case "filtered" -> 4;
            default -> -1;
        };
        if (keyIndex < 0 || keyIndex >= tokens.size() - 1) {
            return null;
        }
        String key = tokens.get(keyIndex);
        return key.equals("{") ? null : DslTokens.unquote(key);
    }

    private static final class Group {
        final int inBlock;
        final int branch;
        int block;
        int branches;

        Group(int inBlock, int branch) {
            this.inBlock = inBlock;
            this.branch = branch;
        }
    }

    private static final class ViewBuilder {
        private final String type;
        private final String key;
        private final Location location;
        private final int ordinal;
        private final Map<String, Integer> properties = new LinkedHashMap<>();
        private final List<StepLine> steps = new ArrayList<>();
        private final List<LocalDirective> directives = new ArrayList<>();
        private final List<ImageSource> images = new ArrayList<>();
        /** Brace groups open inside the view; a group holding groups is a parallel block, its children branches. */
        private final List<Group> groups = new ArrayList<>();
        private int nextBlock = 1;

        ViewBuilder(String type, String key, Location location, int ordinal) {
            this.type = type;
            this.key = key;
            this.location = location;
            this.ordinal = ordinal;
        }

        void openGroup() {
            if (groups.isEmpty()) {
                groups.add(new Group(0, 0));
                return;
            }
            Group parent = groups.get(groups.size() - 1);
            if (parent.block == 0) {
                parent.block = nextBlock++;
            }
            parent.branches++;
            groups.add(new Group(parent.block, parent.branches));
        }

        void closeGroup() {
            if (!groups.isEmpty()) {
                groups.remove(groups.size() - 1);
            }
        }

        void step(int lineNo, String source, String destination, String description, String relationship) {
            Group current = groups.isEmpty() ? new Group(0, 0) : groups.get(groups.size() - 1);
            steps.add(new StepLine(lineNo, source, destination, description, current.inBlock, current.branch,
                    relationship));
        }

        void directive(int lineNo, String text) {
            directives.add(new LocalDirective(lineNo, steps.size(), text));
        }

        ViewBlock build() {
            return new ViewBlock(type, key, location, ordinal, Map.copyOf(properties), List.copyOf(steps),
                    List.copyOf(directives), List.copyOf(images));
        }
    }
}
