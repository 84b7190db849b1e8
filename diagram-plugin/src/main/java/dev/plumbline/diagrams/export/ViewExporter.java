package dev.plumbline.diagrams.export;

import com.structurizr.view.CustomView;
import com.structurizr.view.DeploymentView;
import com.structurizr.view.DynamicView;
import com.structurizr.view.FilteredView;
import com.structurizr.view.ImageView;
import com.structurizr.view.StaticView;
import com.structurizr.view.View;
import dev.plumbline.model.ModelWorkspace;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a view of the model into diagram source text. The same model gives byte-identical text on every machine:
 * everything is written in a fixed order, lines end in {@code \n}, and the first comment line names the view
 * ({@code ' plumbline:generated <key>} after {@code @startuml}, {@code %% plumbline:generated <key>} at the top of Mermaid),
 * which is how the {@code check} goal recognises generated blocks. What each construct becomes is in
 * docs/exporters.md.
 */
public final class ViewExporter {

    /** An output syntax. */
    public enum Format {
        PLANTUML("puml", "plantuml"),
        MERMAID("mmd", "mermaid");

        private final String extension;
        private final String fence;

        Format(String extension, String fence) {
            this.extension = extension;
            this.fence = fence;
        }

        /** The usual file extension, without the dot. */
        public String extension() {
            return extension;
        }

        /** The info string of a Markdown code fence holding this syntax. */
        public String fence() {
            return fence;
        }
    }

    private ViewExporter() {
    }

    /** The formats a view can be written in: both for every view kind Plumbline exports, none for the others. */
    public static List<Format> formatsFor(View view) {
        Objects.requireNonNull(view, "view");
        return exportable(view) ? List.of(Format.PLANTUML, Format.MERMAID) : List.of();
    }

    /**
     * The view as diagram source.
     *
     * @throws IllegalArgumentException if the view is not one of the workspace's views, or is of a kind Plumbline
     *                                  does not export ({@link #notExported} says why)
     */
    public static String export(ModelWorkspace workspace, View view, Format format) {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(format, "format");
        if (workspace.view(view.getKey()).orElse(null) != view) {
            throw new IllegalArgumentException("view \"" + view.getKey() + "\" is not a view of " + workspace.file());
        }
        if (!exportable(view)) {
            throw new IllegalArgumentException("view \"" + view.getKey() + "\" is a " + view.getClass().getSimpleName()
                    + ", which Plumbline does not export");
        }
        ViewWriter writer = switch (format) {
            case PLANTUML -> new PlantUmlWriter();
            case MERMAID -> new MermaidWriter();
        };
        return writer.write(workspace, view);
    }

    private static boolean exportable(View view) {
        return view instanceof StaticView || view instanceof DynamicView || view instanceof DeploymentView
                || view instanceof CustomView || (view instanceof FilteredView filtered && filtered.getView() != null
                && filtered.getView() instanceof StaticView);
    }

    /**
     * Why a view gets no diagram source from the model, in one sentence, or empty when it gets one. (An image view
     * shows a picture or diagram source of its own; the caller copies or renders that instead.)
     */
    public static Optional<String> notExported(View view) {
        Objects.requireNonNull(view, "view");
        if (exportable(view)) {
            return Optional.empty();
        }
        if (view instanceof FilteredView filtered) {
            return Optional.of("filtered view \"" + view.getKey() + "\" has no static base view \""
                    + filtered.getBaseViewKey() + "\" to narrow");
        }
        if (view instanceof ImageView) {
            return Optional.of("image view \"" + view.getKey() + "\" shows an image, not the model");
        }
        return Optional.of("view \"" + view.getKey() + "\" is a " + view.getClass().getSimpleName()
                + ", which Plumbline does not export");
    }
}
