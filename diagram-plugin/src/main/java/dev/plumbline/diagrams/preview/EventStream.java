package dev.plumbline.diagrams.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The Server-Sent Events every open page listens to: each subscriber has its own queue of ready-made frames, so a
 * slow or vanished page never holds up a refresh.
 */
final class EventStream {

    /** Put in a queue to tell its reader that the stream has ended. */
    static final String END = "";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Set<BlockingQueue<String>> subscribers = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    BlockingQueue<String> subscribe() {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        if (closed) {
            queue.add(END);
        } else {
            subscribers.add(queue);
        }
        return queue;
    }

    void unsubscribe(BlockingQueue<String> queue) {
        subscribers.remove(queue);
    }

    void publish(String event, Object data) {
        String frame = frame(event, data);
        subscribers.forEach(queue -> queue.add(frame));
    }

    int subscribers() {
        return subscribers.size();
    }

    /** One event as SSE frames it: JSON never holds a raw line break, so one {@code data:} line carries it. */
    static String frame(String event, Object data) {
        try {
            return "event: " + event + "\ndata: " + JSON.writeValueAsString(data) + "\n\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("preview events are maps, lists and strings", e);
        }
    }

    void close() {
        closed = true;
        subscribers.forEach(queue -> queue.add(END));
        subscribers.clear();
    }
}
