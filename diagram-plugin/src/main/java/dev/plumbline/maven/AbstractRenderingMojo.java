package dev.plumbline.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that render share: how PlantUML and Mermaid are found, configured and limited. */
abstract class AbstractRenderingMojo extends AbstractPlumblineMojo {

    /** Wall-clock limit for rendering one diagram, in seconds; a layout that runs longer is killed. */
    @Parameter(property = "plumbline.renderTimeout", defaultValue = "20")
    protected int renderTimeout;

    /** Path of Graphviz {@code dot}; empty means PlantUML's pure-Java Smetana layout. */
    @Parameter(property = "plumbline.dot")
    protected String dot;

    /** mermaid-cli install folder; empty means on PATH, else installed with npm into the cache folder. */
    @Parameter(property = "plumbline.mermaidCli")
    protected String mermaidCli;

    /** Chrome/Chromium executable for Mermaid; empty means system Chrome/Chromium, else @sparticuz/chromium. */
    @Parameter(property = "plumbline.browser")
    protected String browser;

    /** Folder for the render cache and the tools Plumbline installs. */
    @Parameter(property = "plumbline.cacheDirectory", defaultValue = "${user.home}/.cache/plumbline")
    protected File cacheDirectory;

    /**
     * Mermaid's {@code maxTextSize}: a view whose Mermaid text is longer fails at its DSL line (split it, or raise
     * this). Mermaid's own default.
     */
    @Parameter(property = "plumbline.mermaidMaxTextSize", defaultValue = "50000")
    protected int mermaidMaxTextSize;
}
