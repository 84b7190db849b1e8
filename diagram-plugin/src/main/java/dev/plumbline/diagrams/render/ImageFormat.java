package dev.plumbline.diagrams.render;

/** The image formats a diagram can be rendered to. */
public enum ImageFormat {
    SVG("svg"),
    PNG("png");

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    /** File name extension without the dot, e.g. {@code svg}. */
    public String extension() {
        return extension;
    }
}
