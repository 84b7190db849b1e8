package dev.plumbline.diagrams.preview;

import dev.plumbline.diagrams.preview.Inputs.Problem;
import dev.plumbline.diagrams.render.RenderResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What the page shows and how it follows the inputs: every picture with its last good SVG and its current problem,
 * and the inputs' findings. A refresh re-reads the inputs and renders only the pictures whose source changed; each
 * change goes out as one event, so an open page updates in place.
 *
 * <p>Events: {@code snapshot} (everything, first on every stream), {@code figure} (one picture changed: new SVG,
 * new problem, or new), {@code removed}, {@code problems} (the inputs' findings changed) and {@code refreshed}
 * (a refresh ended; the events of one refresh come before it).
 */
final class Preview {

    /** One picture: {@code renderedText} is the source its SVG or problem came from, null before the first render. */
    private record Figure(Source source, String renderedText, byte[] svg, long revision, String problem) {
        Figure withSource(Source next) {
            return new Figure(next, renderedText, svg, revision, problem);
        }

        boolean stale() {
            return renderedText == null || !renderedText.equals(source.text());
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", source.id());
            json.put("group", source.group());
            json.put("title", source.title());
            json.put("format", source.format());
            json.put("revision", revision);
            json.put("svg", svg == null ? null : "/svg/" + source.id() + "?r=" + revision);
            json.put("problem", problem);
            json.put("rendering", stale());
            return json;
        }
    }

    /** Renders sources, handing over results keyed by source id, in one or more parts as they are ready. */
    interface Renderer {
        void render(List<Source> sources, Consumer<Map<String, RenderResult>> done);
    }

    /** At most this many pictures render between two looks at whether the inputs changed again. */
    private static final int BATCH = 8;

    private final Inputs inputs;
    private final Renderer renderer;
    private final EventStream events;
    private final Consumer<String> console;
    private Map<String, Figure> figures = new LinkedHashMap<>();
    private List<Problem> problems = List.of();
    private long revision;
    private boolean complete;

    Preview(Inputs inputs, Renderer renderer, EventStream events,
            Consumer<String> console) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.events = Objects.requireNonNull(events, "events");
        this.console = Objects.requireNonNull(console, "console");
    }

    /** A new stream, starting with the snapshot: taken under the same lock as every event, so none is missed. */
    synchronized BlockingQueue<String> subscribe() {
        BlockingQueue<String> queue = events.subscribe();
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("revision", revision);
        snapshot.put("complete", complete);
        snapshot.put("problems", problems);
        snapshot.put("figures", figures.values().stream().map(Figure::json).toList());
        queue.add(EventStream.frame("snapshot", snapshot));
        return queue;
    }

    /** The last good SVG of a picture, by id; nothing for an id the preview did not make. */
    synchronized Optional<byte[]> svg(String id) {
        Figure figure = figures.get(id);
        return figure == null || figure.svg() == null ? Optional.empty() : Optional.of(figure.svg());
    }

    /**
     * Reads the inputs and renders what changed. Stops between batches when {@code changedAgain} says the inputs
     * changed meanwhile: the next refresh goes on from there, with the newest edit first.
     *
     * @param read told what the inputs are, before anything renders (the folders to watch)
     */
    void refresh(BooleanSupplier changedAgain, Consumer<Inputs.Reading> read) {
        long start = System.nanoTime();
        Inputs.Reading reading = inputs.read();
        long readMillis = (System.nanoTime() - start) / 1_000_000;
        read.accept(reading);
        List<Figure> pending = apply(reading);
        AtomicInteger updated = new AtomicInteger();
        boolean interrupted = false;
        for (int from = 0; from < pending.size(); from += BATCH) {
            if (from > 0 && changedAgain.getAsBoolean()) {
                interrupted = true;
                break;
            }
            List<Source> batch = pending.subList(from, Math.min(pending.size(), from + BATCH)).stream()
                    .map(Figure::source).toList();
            renderer.render(batch, results -> updated.addAndGet(record(batch, results)));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        synchronized (this) {
            complete = !interrupted && figures.values().stream().noneMatch(Figure::stale);
            Map<String, Object> done = new LinkedHashMap<>();
            done.put("revision", revision);
            done.put("millis", millis);
            done.put("readMillis", readMillis);
            done.put("updated", updated.get());
            done.put("complete", complete);
            events.publish("refreshed", done);
        }
        if (!pending.isEmpty()) {
            console.accept(String.format(Locale.ROOT, "Plumbline: %d pictures rendered, %d changed, in %d ms (inputs "
                    + "read in %d ms)%s", pending.size(), updated.get(), millis, readMillis, interrupted ? "; more to render after the next edit" : ""));
        }
    }

    /** Takes the new reading; announces new, removed and changed problems; returns the pictures to render. */
    private synchronized List<Figure> apply(Inputs.Reading reading) {
        Map<String, Figure> next = new LinkedHashMap<>();
        for (Source source : reading.sources()) {
            Figure old = figures.get(source.id());
            Figure figure = old == null ? new Figure(source, null, null, 0, null) : old.withSource(source);
            next.put(source.id(), figure);
            if (old == null) {
                events.publish("figure", figure.json());
            }
        }
        // a workspace that does not parse keeps its last pictures: the page shows the error beside them
        for (Figure old : figures.values()) {
            if (!next.containsKey(old.source().id()) && (reading.kept().contains(old.source().group())
                    || reading.kept().contains(old.source().id()))) {
                next.put(old.source().id(), old);
            }
        }
        for (String id : figures.keySet()) {
            if (!next.containsKey(id)) {
                events.publish("removed", Map.of("id", id));
            }
        }
        figures = next;
        if (!reading.problems().equals(problems)) {
            reading.problems().stream().filter(p -> !problems.contains(p)).forEach(p -> console.accept(prefix(p)));
            problems = List.copyOf(reading.problems());
            events.publish("problems", Map.of("problems", problems));
        }
        // an edited picture first, then those never rendered
        return next.values().stream().filter(Figure::stale)
                .sorted(Comparator.comparing(f -> f.renderedText() == null)).toList();
    }

    /** Stores the results and sends an event for each picture that changed; returns how many did. */
    private synchronized int record(List<Source> batch, Map<String, RenderResult> results) {
        int changed = 0;
        for (Source source : batch) {
            Figure figure = figures.get(source.id());
            RenderResult result = results.get(source.id());
            if (figure == null || result == null || !figure.source().text().equals(source.text())) {
                continue; // the other renderer's, gone, or edited again meanwhile
            }
            byte[] svg = result instanceof RenderResult.Rendered rendered ? rendered.image() : null;
            // the problem as the build would print it, so the page and the build log read the same
            String problem = result instanceof RenderResult.Failed failed
                    ? source.problem(failed.problem().line(), failed.problem().message()) : null;
            boolean newPicture = svg != null && !Arrays.equals(svg, figure.svg());
            Figure next = new Figure(source, source.text(), svg != null ? svg : figure.svg(),
                    newPicture ? ++revision : figure.revision(), problem);
            figures.put(source.id(), next);
            if (problem != null && !problem.equals(figure.problem())) {
                console.accept("[ERROR] " + problem);
            }
            if (newPicture || !Objects.equals(problem, figure.problem()) || figure.renderedText() == null) {
                events.publish("figure", next.json());
                changed++;
            }
        }
        return changed;
    }

    private static String prefix(Problem problem) {
        return switch (problem.severity()) {
            case "error" -> "[ERROR] ";
            case "warning" -> "[WARNING] ";
            default -> "[INFO] ";
        } + problem.text();
    }

    /** For tests: the pictures' ids in page order. */
    synchronized List<String> ids() {
        return new ArrayList<>(figures.keySet());
    }
}
