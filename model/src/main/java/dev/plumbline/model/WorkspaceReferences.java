package dev.plumbline.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every file an untrusted workspace would make Structurizr read, found before Structurizr reads any of them, so a
 * reference that leaves the project root (by {@code ../}, an absolute path or a symbolic link), a URL, or an
 * environment variable nobody allowed is refused at its own {@code file:line}. The files found are also what the
 * workspace's outputs depend on, for the no-op check.
 */
final class WorkspaceReferences {

    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([^}\\s]+)}");
    private static final Set<String> CONSTANTS = Set.of("!const", "!constant", "!var", "!variable");

    /** What the scan found: refusals, and every file the workspace reads (real paths, sorted, itself included). */
    record Result(List<Finding> refusals, List<Path> inputs) {
    }

    private record Source(Path file, String label, List<String> lines) {
    }

    private record Use(String label, int line, String name) {
    }

    private final WorkspacePolicy policy;
    private final Path realRoot;
    private final List<Finding> refusals = new ArrayList<>();
    private final Set<Path> inputs = new LinkedHashSet<>();
    private final Map<String, String> defined = new HashMap<>();
    private final List<Use> uses = new ArrayList<>();
    private final Deque<Source> pending = new ArrayDeque<>();

    private WorkspaceReferences(WorkspacePolicy policy, Path file) {
        this.policy = policy;
        Path root = policy.root().orElse(file.toAbsolutePath().getParent());
        try {
            root = root.toRealPath();
        } catch (IOException e) {
            // a root that does not exist holds nothing; every reference is refused against its spelling
        }
        this.realRoot = root;
    }

    static Result scan(Path file, String label, String text, WorkspacePolicy policy) {
        WorkspaceReferences scan = new WorkspaceReferences(policy, file);
        // the workspace itself is the user's choice (plumbline.workspaces); what it references is confined
        Path real = realPath(file);
        if (real != null) {
            scan.inputs.add(real);
            scan.pending.add(new Source(file.toAbsolutePath(), label, text.lines().toList()));
            while (!scan.pending.isEmpty()) {
                scan.read(scan.pending.poll());
            }
            scan.checkSubstitutions();
        }
        return new Result(List.copyOf(scan.refusals), scan.inputs.stream().sorted().toList());
    }

    private void read(Source source) {
        boolean inComment = false;
        for (int i = 0; i < source.lines().size(); i++) {
            int lineNo = i + 1;
            String trimmed = source.lines().get(i).strip();
            if (inComment) {
                inComment = !trimmed.contains("*/");
                continue;
            }
            if (trimmed.startsWith("/*")) {
                inComment = !trimmed.contains("*/");
                continue;
            }
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("//")) {
                continue;
            }
            List<String> tokens = DslTokens.split(trimmed);
            if (tokens.isEmpty()) {
                continue;
            }
            String first = tokens.get(0).toLowerCase(Locale.ROOT);
            if (CONSTANTS.contains(first) && tokens.size() >= 2) {
                defined.putIfAbsent(DslTokens.unquote(tokens.get(1)),
                        tokens.size() > 2 ? DslTokens.unquote(tokens.get(2)) : "");
            }
            Matcher use = SUBSTITUTION.matcher(trimmed);
            while (use.find()) {
                uses.add(new Use(source.label(), lineNo, use.group(1)));
            }
            reference(source, lineNo, first, tokens);
        }
    }

    /** The file a line makes Structurizr read, if any; DSL files are scanned in turn. */
    private void reference(Source source, int line, String first, List<String> tokens) {
        boolean opens = tokens.get(tokens.size() - 1).equals("{");
        switch (first) {
            case "!include" -> {
                if (tokens.size() == 2) {
                    follow(source, line, "!include", tokens.get(1), true);
                }
            }
            case "workspace" -> {
                if (tokens.size() >= 3 && tokens.get(1).equals("extends")) {
                    follow(source, line, "workspace extends", tokens.get(2), true);
                }
            }
            case "!docs", "!adrs", "!decisions" -> {
                if (tokens.size() >= 2 && !opens) {
                    follow(source, line, first, tokens.get(1), false);
                }
            }
            case "image", "plantuml", "mermaid", "icon" -> {
                if (tokens.size() == 2) {
                    follow(source, line, first, tokens.get(1), false);
                }
            }
            case "kroki" -> {
                if (tokens.size() == 3) {
                    follow(source, line, first, tokens.get(2), false);
                }
            }
            case "theme", "themes" -> {
                for (String theme : tokens.subList(1, tokens.size())) {
                    if (!theme.equals("default")) {
                        follow(source, line, first, theme, false);
                    }
                }
            }
            default -> {
                // not a reference to a file
            }
        }
    }

    private void follow(Source source, int line, String directive, String token, boolean dsl) {
        String target = substitute(DslTokens.unquote(token));
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("data:")) {
            if (!fetches(directive) || policy.trusted()) {
                return; // a theme's or icon's address is kept, not fetched, while parsing
            }
            refusals.add(Finding.error(source.label(), line, directive + " " + target + " reads a URL; an untrusted "
                    + "workspace reads only files inside the project (a trusted build: -Dplumbline.trustedWorkspaces=true)"));
            return;
        }
        if (target.contains("${")) {
            return; // reported as an unknown substitution
        }
        Path path = source.file().getParent() == null ? Path.of(target) : source.file().getParent().resolve(target);
        if (!Files.exists(path)) {
            return; // Structurizr names the missing file itself
        }
        Path real = confined(path, source.label(), line, directive + " " + target);
        if (real == null) {
            return;
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(real)) {
            try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                refusals.add(Finding.error(source.label(), line, directive + " " + target + " cannot be listed: "
                        + e.getMessage()));
                return;
            }
        } else {
            files.add(path);
        }
        for (Path file : files) {
            if (dsl && hidden(path, file)) {
                continue;
            }
            Path realFile = confined(file, source.label(), line, directive + " " + target + " (" + file.getFileName() + ")");
            if (realFile == null || !inputs.add(realFile)) {
                continue;
            }
            if (dsl) {
                try {
                    pending.add(new Source(file.toAbsolutePath(), shown(file),
                            Files.readString(realFile, StandardCharsets.UTF_8).lines().toList()));
                } catch (IOException | UncheckedIOException e) {
                    // Structurizr reports the unreadable include with its own words
                }
            }
        }
    }

    private static boolean fetches(String directive) {
        return !directive.equals("theme") && !directive.equals("themes") && !directive.equals("icon");
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /** The real path when it lies inside the root (or the policy is trusted); null after a refusal. */
    private Path confined(Path path, String label, int line, String what) {
        Path real = realPath(path);
        if (real == null) {
            return null;
        }
        if (!policy.trusted() && !real.startsWith(realRoot)) {
            refusals.add(Finding.error(label, line, what + " resolves to " + real + ", outside the project root "
                    + realRoot + "; an untrusted workspace reads only files inside it (a trusted build: "
                    + "-Dplumbline.trustedWorkspaces=true)"));
            return null;
        }
        return real;
    }

    private void checkSubstitutions() {
        if (policy.trusted()) {
            return;
        }
        for (Use use : uses) {
            if (!defined.containsKey(use.name()) && !policy.allowedEnvironment().contains(use.name())) {
                refusals.add(Finding.error(use.label(), use.line(), "${" + use.name() + "} is neither a !const nor "
                        + "a !var of the workspace; Plumbline substitutes no environment variable unless it is allowed"
                        + " (-Dplumbline.allowEnvironment=" + use.name() + ")"));
            }
        }
    }

    private String substitute(String text) {
        Matcher matcher = SUBSTITUTION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = defined.get(name);
            if (value == null && policy.allowedEnvironment().contains(name)) {
                value = System.getenv(name);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        return matcher.appendTail(out).toString();
    }

    /** Structurizr skips hidden files and folders of an included folder. */
    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return file.getFileName().toString().startsWith(".");
    }

    private static String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return (absolute.startsWith(here) ? here.relativize(absolute) : absolute).toString();
    }
}
