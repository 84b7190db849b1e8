package dev.plumbline.diagrams.check.plantuml;

import net.sourceforge.plantuml.klimt.creole.Display;

/** Plain text of PlantUML display values. */
final class Displays {

    private Displays() {
    }

    static String text(Display display) {
        if (display == null || Display.isNull(display)) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (CharSequence line : display) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(line);
        }
        return text.toString().strip();
    }
}
