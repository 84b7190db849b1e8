package dev.plumbline.refimpl.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Spans at the entry points of the platform's components, named by the model elements they implement, so that a
 * recording can be compared with the model's dynamic views. A step is one message from one element to another (or to
 * itself); a delivery is the bus handing a message to a consumer, whose span continues the publisher's trace.
 */
public final class Architecture {

    /** The element sending the message (a DSL identifier of the seed-002 workspace). */
    public static final AttributeKey<String> FROM = AttributeKey.stringKey("plumbline.from");
    /** The element receiving it. */
    public static final AttributeKey<String> TO = AttributeKey.stringKey("plumbline.to");
    /** What the message says, e.g. {@code Publish USER_CREATED}. */
    public static final AttributeKey<String> MESSAGE = AttributeKey.stringKey("plumbline.message");
    /** Set on a bus delivery: the consumer's work from there on is a chain of its own. */
    public static final AttributeKey<Boolean> DELIVERY = AttributeKey.booleanKey("plumbline.delivery");
    /** Which message to which consumer a delivery is: its retries share it. */
    public static final AttributeKey<String> DELIVERY_KEY = AttributeKey.stringKey("plumbline.delivery.key");

    /** The body of a step; it may throw what the caller would throw. */
    @FunctionalInterface
    public interface Body<T, E extends Exception> {
        T run() throws E;
    }

    private static final String TRACE_PARENT = "traceparent";
    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final Tracer tracer;

    public Architecture(OpenTelemetry openTelemetry) {
        this.tracer = Objects.requireNonNull(openTelemetry, "openTelemetry").getTracer("dev.plumbline.refimpl");
    }

    /** Runs {@code body} as the step {@code from -> to: message}. */
    public <T, E extends Exception> T step(String from, String to, String message, Body<T, E> body) throws E {
        return inSpan(Context.current(), from, to, message, null, body);
    }

    /** Records a step whose work is already done, such as a message handed to the bus. */
    public void step(String from, String to, String message) {
        step(from, to, message, () -> null);
    }

    /** Runs {@code body} as a delivery by the bus, continuing the trace the message was published in. */
    public <T, E extends Exception> T delivery(String traceParent, String deliveryKey, String from, String to,
                                               String message, Body<T, E> body) throws E {
        Map<String, String> carrier = new HashMap<>();
        if (traceParent != null) {
            carrier.put(TRACE_PARENT, traceParent);
        }
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, FROM_MAP);
        return inSpan(parent, from, to, message, deliveryKey, body);
    }

    /** The W3C {@code traceparent} of the current step, for a message to carry; null outside any trace. */
    public String traceParent() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACE_PARENT);
    }

    private <T, E extends Exception> T inSpan(Context parent, String from, String to, String message,
                                              String deliveryKey, Body<T, E> body) throws E {
        boolean delivery = deliveryKey != null;
        Span span = tracer.spanBuilder(from + " -> " + to + ": " + message)
                .setParent(parent)
                .setSpanKind(delivery ? SpanKind.CONSUMER : SpanKind.INTERNAL)
                .setAttribute(FROM, from)
                .setAttribute(TO, to)
                .setAttribute(MESSAGE, message)
                .setAttribute(DELIVERY, delivery)
                .setAttribute(DELIVERY_KEY, deliveryKey)
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return body.run();
        } catch (Exception | Error e) {
            span.setStatus(StatusCode.ERROR, String.valueOf(e.getMessage()));
            throw e;
        } finally {
            span.end();
        }
    }
}
