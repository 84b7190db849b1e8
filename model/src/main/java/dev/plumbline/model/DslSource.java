package dev.plumbline.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where things are in a workspace's DSL text. Structurizr's parser keeps no line numbers and loses the written
 * order of parallel steps, so the findings' lines and the step numbering of the extension come from here.
 */
final class DslSource {

    private static final Set<String> VIEW_TYPES = Set.of("systemLandscape", "systemContext", "container", "component",
            "dynamic", "deployment", "custom", "filtered", "image");

    /** A step as written: {@code source -> destination "description"}, with its parallel branch, if any. */
    record StepLine(int line, String source, String destination, String description, int parallelBlock, int branch) {
    }

    /** A view block: its header line, property lines and, for dynamic views, its steps in written order. */
    record ViewBlock(String type, String key, int line, Map<String, Integer> propertyLines, List<StepLine> steps) {
    }

    /** A relationship as written in the model block. */
    record RelationshipLine(int line, String identifier, String source, String destination, String description) {
    }

    private final String file;
    private final Map<String, Integer> elementLines = new HashMap<>();
    private final List<RelationshipLine> relationships = new ArrayList<>();
    private final Map<String, ViewBlock> views = new LinkedHashMap<>();

    private DslSource(String file) {
        this.file = file;
    }

    static DslSource scan(String file, String text) {
        Objects.requireNonNull(text, "text");
        DslSource source = new DslSource(Objects.requireNonNull(file, "file"));
        source.read(text.split("\r?\n", -1));
        return source;
    }

    String file() {
        return file;
    }

    int elementLine(String identifier) {
        return identifier == null ? 0 : elementLines.getOrDefault(identifier, 0);
    }

    int relationshipLine(String identifier, String source, String destination, String description) {
        for (RelationshipLine r : relationships) {
            if (identifier != null && identifier.equals(r.identifier())) {
                return r.line();
            }
        }
        for (RelationshipLine r : relationships) {
            if (Objects.equals(source, r.source()) && Objects.equals(destination, r.destination())
                    && (description == null || r.description() == null || description.equals(r.description()))) {
                return r.line();
            }
        }
        return elementLine(source);
    }

    ViewBlock view(String key) {
        return views.get(key);
    }

    int viewLine(String key) {
        ViewBlock block = views.get(key);
        return block == null ? 0 : block.line();
    }

    private void read(String[] lines) {
        int depth = 0;
        int viewsDepth = -1;
        boolean inBlockComment = false;
        // state of the view being read
        ViewBuilder view = null;
        int viewDepth = -1;
        int propertiesDepth = -1;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String trimmed = lines[i].strip();
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

            if (view != null) {
                if (propertiesDepth >= 0) {
                    if (closesOnly && depth - 1 == propertiesDepth) {
                        propertiesDepth = -1;
                    } else if (tokens.size() >= 2) {
                        view.properties.put(DslTokens.unquote(first), lineNo);
                    }
                } else if (first.equals("properties") && opens) {
                    propertiesDepth = depth;
                } else if (tokens.size() == 1 && first.equals("{")) {
                    view.openGroup();
                } else if (closesOnly && depth - 1 > viewDepth) {
                    view.closeGroup();
                } else if (tokens.size() >= 3 && tokens.get(1).equals("->")) {
                    view.step(lineNo, first, tokens.get(2), tokens.size() > 3 ? DslTokens.unquote(tokens.get(3)) : null);
                }
            } else if (viewsDepth >= 0 && depth == viewsDepth + 1 && opens && VIEW_TYPES.contains(first)) {
                String key = viewKey(first, tokens);
                if (key != null) {
                    view = new ViewBuilder(first, key, lineNo);
                    viewDepth = depth;
                }
            } else if (viewsDepth < 0) {
                readModelLine(tokens, lineNo);
            }
            if (first.equals("views") && opens && viewsDepth < 0) {
                viewsDepth = depth;
            }

            for (String token : tokens) {
                if (token.equals("{")) {
                    depth++;
                } else if (token.equals("}")) {
                    depth--;
                }
            }
            if (view != null && depth == viewDepth) {
                views.put(view.key, view.build());
                view = null;
                viewDepth = -1;
            }
            if (viewsDepth >= 0 && depth == viewsDepth) {
                viewsDepth = -2; // views block closed; nothing after it is model or view
            }
        }
    }

    private void readModelLine(List<String> tokens, int lineNo) {
        if (tokens.size() >= 3 && tokens.get(1).equals("=")) {
            String identifier = tokens.get(0);
            if (tokens.size() >= 5 && tokens.get(3).equals("->")) {
                relationships.add(new RelationshipLine(lineNo, identifier, tokens.get(2), tokens.get(4),
                        tokens.size() > 5 ? DslTokens.unquote(tokens.get(5)) : null));
            } else {
                elementLines.putIfAbsent(identifier, lineNo);
            }
        } else if (tokens.size() >= 3 && tokens.get(1).equals("->")) {
            relationships.add(new RelationshipLine(lineNo, null, tokens.get(0), tokens.get(2),
                    tokens.size() > 3 ? DslTokens.unquote(tokens.get(3)) : null));
        }
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
        private final int line;
        private final Map<String, Integer> properties = new LinkedHashMap<>();
        private final List<StepLine> steps = new ArrayList<>();
        /** Brace groups open inside the view; a group holding groups is a parallel block, its children branches. */
        private final List<Group> groups = new ArrayList<>();
        private int nextBlock = 1;

        ViewBuilder(String type, String key, int line) {
            this.type = type;
            this.key = key;
            this.line = line;
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

        void step(int lineNo, String source, String destination, String description) {
            Group current = groups.isEmpty() ? new Group(0, 0) : groups.get(groups.size() - 1);
            steps.add(new StepLine(lineNo, source, destination, description, current.inBlock, current.branch));
        }

        ViewBlock build() {
            return new ViewBlock(type, key, line, Map.copyOf(properties), List.copyOf(steps));
        }
    }
}
