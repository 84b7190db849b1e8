package dev.plumbline.refimpl;

import dev.plumbline.refimpl.tracing.Architecture;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request's trace as the steps it was made of, split into chains: the request's own thread, and one chain per
 * message delivered to a consumer (its retries included), each in the order its steps started.
 */
record Recording(String traceId, List<Chain> chains) {

    /** One step: a span at a component's entry point. */
    record Step(String from, String to, String message, long start) {
        @Override
        public String toString() {
            return from + " -> " + to + ": " + message;
        }
    }

    /** The steps of one thread of work; {@code consumer} and {@code type} are null for the request's own. */
    record Chain(String key, String consumer, String type, List<Step> steps) { }

    /** The trace of the last request whose first step was {@code frontend -> gateway: route}. */
    static Recording ofRequest(List<SpanData> spans, String route) {
        SpanData root = spans.stream()
                .filter(s -> !s.getParentSpanContext().isValid())
                .filter(s -> (route).equals(s.getAttributes().get(Architecture.MESSAGE)))
                .max(Comparator.comparingLong(SpanData::getStartEpochNanos))
                .orElseThrow(() -> new AssertionError("no request " + route + " was recorded"));
        return of(spans, root.getTraceId());
    }

    static Recording of(List<SpanData> spans, String traceId) {
        Map<String, SpanData> byId = new HashMap<>();
        spans.stream().filter(s -> s.getTraceId().equals(traceId)).forEach(s -> byId.put(s.getSpanId(), s));
        Map<String, List<SpanData>> grouped = new LinkedHashMap<>();
        Map<String, SpanData> deliveries = new HashMap<>();
        byId.values().stream().sorted(Comparator.comparingLong(SpanData::getStartEpochNanos)).forEach(span -> {
            SpanData delivery = deliveryOf(span, byId);
            String key = delivery == null ? "request" : delivery.getAttributes().get(Architecture.DELIVERY_KEY);
            if (delivery != null) {
                deliveries.putIfAbsent(key, delivery);
            }
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(span);
        });
        List<Chain> chains = new ArrayList<>();
        grouped.forEach((key, members) -> {
            SpanData delivery = deliveries.get(key);
            List<Step> steps = members.stream().map(s -> new Step(s.getAttributes().get(Architecture.FROM),
                    s.getAttributes().get(Architecture.TO), s.getAttributes().get(Architecture.MESSAGE),
                    s.getStartEpochNanos())).toList();
            chains.add(new Chain(key, delivery == null ? null : delivery.getAttributes().get(Architecture.TO),
                    delivery == null ? null : delivery.getAttributes().get(Architecture.MESSAGE), steps));
        });
        chains.sort(Comparator.comparingLong(c -> c.steps().get(0).start()));
        return new Recording(traceId, List.copyOf(chains));
    }

    /** The nearest delivery at or above {@code span}, null if it ran in the request's own thread. */
    private static SpanData deliveryOf(SpanData span, Map<String, SpanData> byId) {
        for (SpanData at = span; at != null; at = byId.get(at.getParentSpanId())) {
            if (Boolean.TRUE.equals(at.getAttributes().get(Architecture.DELIVERY))) {
                return at;
            }
        }
        return null;
    }
}
