package dev.plumbline.diagrams.generate;

import com.structurizr.view.ImageView;
import dev.plumbline.model.ImageSource;
import dev.plumbline.model.ModelWorkspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code generate} makes of an image view: its PlantUML or Mermaid source, rendered like any other diagram, or
 * its picture, copied. Nothing is fetched and no file outside the project is read; what cannot be had gets a reason.
 */
final class ImageViews {

    /** The outcome for one image view: diagram source, a picture to copy, or why neither. */
    sealed interface Outcome {
    }

    /** Diagram source: {@code format} is {@code puml} or {@code mmd}. */
    record Diagram(String format, String text) implements Outcome {
    }

    /** A picture: {@code extension} is {@code png}, {@code svg}, {@code jpg} or {@code gif}. */
    record Picture(String extension, byte[] bytes) implements Outcome {
    }

    record Reason(String text) implements Outcome {
    }

    private final Path project;

    /** @param project the folder images must come from (the project the build runs in) */
    ImageViews(Path project) {
        this.project = Objects.requireNonNull(project, "project").toAbsolutePath().normalize();
    }

    Outcome of(ModelWorkspace workspace, ImageView view) {
        String key = view.getKey();
        Path workspaceDir = Path.of(workspace.file()).toAbsolutePath().normalize().getParent();
        Optional<ImageSource> written = workspace.image(view);
        if (written.isEmpty()) {
            return new Reason("image view \"" + key + "\" has no source Plumbline can read");
        }
        ImageSource source = written.get();
        if (source.kind().equals("kroki")) {
            return new Reason("image view \"" + key + "\" needs a Kroki server; Plumbline renders PlantUML and "
                    + "Mermaid sources and copies image files, and fetches nothing");
        }
        if (source.file().isPresent() && source.file().get().contains("://")) {
            return new Reason("image view \"" + key + "\" points at a URL, which is not fetched; use a file in the "
                    + "project");
        }
        if (source.kind().equals("image")) {
            return picture(key, source, view.getContent(), workspaceDir);
        }
        String format = source.kind().equals("plantuml") ? "puml" : "mmd";
        if (format.equals("puml")) {
            // What Structurizr encoded is the source after its own !const/!var substitution: the truest copy.
            Optional<String> decoded = plantUmlSource(view.getContent());
            if (decoded.isPresent()) {
                return new Diagram(format, decoded.get());
            }
        }
        if (source.text().isPresent()) {
            return new Diagram(format, source.text().get());
        }
        Optional<Path> file = inProject(source, workspaceDir);
        if (file.isEmpty()) {
            return new Reason("image view \"" + key + "\" names " + source.file().get() + ", which is not a file in "
                    + "the project");
        }
        try {
            return new Diagram(format, Files.readString(file.get(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return new Reason("image view \"" + key + "\": cannot read " + source.file().get());
        }
    }

    /**
     * The PlantUML source in a PlantUML server URL as Structurizr builds it ({@code <server>/svg/<encoded>}): deflated,
     * then written in PlantUML's base64 alphabet. Decoded here, never fetched.
     */
    static Optional<String> plantUmlSource(String url) {
        if (url == null || !url.contains("/")) {
            return Optional.empty();
        }
        String encoded = url.substring(url.lastIndexOf('/') + 1);
        String plantUml = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
        String standard = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder base64 = new StringBuilder(encoded.length() + 3);
        for (char c : encoded.toCharArray()) {
            int i = plantUml.indexOf(c);
            if (i < 0) {
                return Optional.empty();
            }
            base64.append(standard.charAt(i));
        }
        while (base64.length() % 4 != 0) {
            base64.append('=');
        }
        try {
            byte[] deflated = Base64.getDecoder().decode(base64.toString());
            java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
            inflater.setInput(deflated);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
                if (out.size() > 4_000_000) {
                    return Optional.empty(); // not a diagram any more
                }
            }
            inflater.end();
            String text = out.toString(StandardCharsets.UTF_8);
            return text.contains("@start") ? Optional.of(text.endsWith("\n") ? text : text + "\n") : Optional.empty();
        } catch (IllegalArgumentException | java.util.zip.DataFormatException e) {
            return Optional.empty();
        }
    }

    /** The picture Structurizr embedded (a data URI of the file it read), if that file is in the project. */
    private Outcome picture(String key, ImageSource source, String content, Path workspaceDir) {
        if (inProject(source, workspaceDir).isEmpty()) {
            return new Reason("image view \"" + key + "\" names " + source.file().orElse("an image")
                    + ", which is not a file in the project");
        }
        if (content == null || !content.startsWith("data:image/") || !content.contains(";base64,")) {
            return new Reason("image view \"" + key + "\" holds no embedded image");
        }
        String type = content.substring("data:image/".length(), content.indexOf(';')).toLowerCase(Locale.ROOT);
        String extension = switch (type) {
            case "png" -> "png";
            case "svg+xml" -> "svg";
            case "jpeg", "jpg" -> "jpg";
            case "gif" -> "gif";
            default -> null;
        };
        if (extension == null) {
            return new Reason("image view \"" + key + "\" holds an image of type " + type
                    + "; Plumbline copies PNG, SVG, JPEG and GIF");
        }
        try {
            return new Picture(extension, Base64.getDecoder().decode(content.substring(content.indexOf(',') + 1)));
        } catch (IllegalArgumentException e) {
            return new Reason("image view \"" + key + "\" holds an image that is not valid base64");
        }
    }

    /** The file, if it is in the project or beside the workspace (a workspace kept outside the build's folder). */
    private Optional<Path> inProject(ImageSource source, Path workspaceDir) {
        if (source.file().isEmpty()) {
            return Optional.empty();
        }
        Path dir = Path.of(source.dslFile()).toAbsolutePath().normalize().getParent();
        if (dir == null) {
            return Optional.empty();
        }
        Path file = dir.resolve(source.file().get()).normalize();
        try {
            Path real = file.toRealPath();
            boolean inside = real.startsWith(project.toRealPath())
                    || (workspaceDir != null && real.startsWith(workspaceDir.toRealPath()));
            return inside && Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
