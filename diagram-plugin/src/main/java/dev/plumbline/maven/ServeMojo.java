package dev.plumbline.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A live preview: every view of every workspace and every diagram of the docs on a local web page, re-rendered
 * and pushed to the open page on each save. Runs until Ctrl-C; writes nothing into the project.
 */
@Mojo(name = "serve", requiresDirectInvocation = true, threadSafe = true)
public final class ServeMojo extends AbstractRenderingMojo {

    /** Address to listen on. Anything but a loopback address needs {@code plumbline.serve.allowRemote}. */
    @Parameter(property = "plumbline.serve.host", defaultValue = "127.0.0.1")
    private String host;

    /** Port to listen on; 0 means any free port (the URL printed says which). */
    @Parameter(property = "plumbline.serve.port", defaultValue = "8765")
    private int port;

    /** Allow a non-loopback {@code host}: everyone who can reach it sees the model. */
    @Parameter(property = "plumbline.serve.allowRemote", defaultValue = "false")
    private boolean allowRemote;

    @Override
    protected WorkerCommand command() {
        return WorkerCommand.SERVE;
    }

    @Override
    protected void executeGoal(ProjectInputs inputs) throws MojoExecutionException, MojoFailureException {
        List<String> args = new ArrayList<>(List.of("--host", host, "--port", String.valueOf(port),
                "--allow-remote", String.valueOf(allowRemote), "--rules", Objects.toString(rules, ""),
                "--timeout", String.valueOf(renderTimeout), "--dot", Objects.toString(dot, ""),
                "--mermaid-cli", Objects.toString(mermaidCli, ""), "--browser", Objects.toString(browser, ""),
                "--cache", cacheDirectory.getPath(), "--mermaid-max-text-size", String.valueOf(mermaidMaxTextSize)));
        inputs.docs().forEach(d -> args.addAll(List.of("--docs", d.getPath())));
        inputs.workspaces().forEach(w -> args.add(w.getPath()));
        // blocks until the preview stops: Ctrl-C, or Maven killed (the worker notices either and stops its renderers)
        runWorker(args);
    }
}
