package dev.plumbline.diagrams.preview;

import java.net.InetAddress;
import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One running preview: the server, the warm renderers, the file watch and the thread that refreshes after each
 * edit. Saves are debounced: a refresh starts once the files have been quiet for {@link #QUIET_MILLIS}, so an
 * editor's save in several writes costs one refresh.
 */
final class PreviewSession implements AutoCloseable {

    static final long QUIET_MILLIS = 30;
    private static final long MAX_WAIT_MILLIS = 300;

    private final ServeOptions options;
    private final Consumer<String> console;
    private final WarmRenderers renderers;
    private final EventStream events = new EventStream();
    private final Preview preview;
    private final PreviewHttp http;
    private final InputWatch watch;
    private final Thread refresher;
    private final Object signal = new Object();
    private long lastChange;
    private boolean changed;
    private volatile boolean closed;

    private PreviewSession(ServeOptions options, InetAddress address, Consumer<String> console) {
        this.options = options;
        this.console = console;
        this.renderers = new WarmRenderers(options, console);
        this.preview = new Preview(new Inputs(options.workspaces(), options.docs(), options.rules()),
                renderers, events, console);
        this.watch = new InputWatch(this::changed);
        PreviewHttp server;
        try {
            server = new PreviewHttp(address, options.port(), options.allowRemote(), preview, events);
        } catch (RuntimeException e) {
            watch.close();
            renderers.close();
            throw e;
        }
        this.http = server;
        this.refresher = new Thread(this::refreshLoop, "plumbline-preview-refresh");
        refresher.setDaemon(true);
        changed();
        refresher.start();
    }

    /**
     * Starts a preview; the first refresh (every picture rendered once) runs in the background.
     *
     * @throws IllegalArgumentException when the address may not be bound (the message says why)
     */
    static PreviewSession start(ServeOptions options, Consumer<String> console) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(console, "console");
        return new PreviewSession(options, options.address(), console);
    }

    URI uri() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return URI.create("http://" + host + ":" + http.port() + "/");
    }

    int port() {
        return http.port();
    }

    Preview preview() {
        return preview;
    }

    private void changed() {
        synchronized (signal) {
            changed = true;
            lastChange = System.nanoTime();
            signal.notifyAll();
        }
    }

    private boolean changedSince(long since) {
        synchronized (signal) {
            return changed && lastChange > since;
        }
    }

    private void refreshLoop() {
        try {
            while (!closed) {
                synchronized (signal) {
                    while (!changed) {
                        signal.wait();
                    }
                    // quiet for a moment, or waited long enough: a stream of writes must not starve the page
                    long first = System.nanoTime();
                    while (System.nanoTime() - lastChange < QUIET_MILLIS * 1_000_000
                            && System.nanoTime() - first < MAX_WAIT_MILLIS * 1_000_000) {
                        signal.wait(QUIET_MILLIS);
                    }
                    changed = false;
                }
                long started = System.nanoTime();
                try {
                    preview.refresh(() -> changedSince(started), reading -> watch.watch(reading.folders()));
                } catch (RuntimeException e) {
                    // the session goes on: the next edit tries again
                    console.accept("[ERROR] the preview could not refresh: " + e);
                }
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    @Override
    public void close() {
        closed = true;
        refresher.interrupt();
        watch.close();
        http.close();
        renderers.close();
    }
}
