package dev.plumbline.diagrams.site;

import com.structurizr.view.View;
import dev.plumbline.diagrams.export.ViewExporter;
import dev.plumbline.model.ModelWorkspace;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Each view's diagram source, exported once per loaded workspace: checking generate's folder and writing the pages
 * both need it, and exporting is a good part of the report's time. Keyed weakly by the view object, so a workspace
 * that is no longer used takes its texts with it.
 */
final class Exports {

    private static final Map<View, Map<ViewExporter.Format, String>> TEXTS = Collections.synchronizedMap(new WeakHashMap<>());

    private Exports() {
    }

    static String text(ModelWorkspace workspace, View view, ViewExporter.Format format) {
        Map<ViewExporter.Format, String> texts = TEXTS.computeIfAbsent(view, v -> new EnumMap<>(ViewExporter.Format.class));
        synchronized (texts) {
            return texts.computeIfAbsent(format, f -> ViewExporter.export(workspace, view, f));
        }
    }
}
