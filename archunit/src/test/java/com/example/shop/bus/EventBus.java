package com.example.shop.bus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

public final class EventBus {
    private static final List<Consumer<String>> SUBSCRIBERS = new ArrayList<>();

    private EventBus() {
    }

    public static void subscribe(Consumer<String> subscriber) {
        SUBSCRIBERS.add(subscriber);
    }

    public static void publish(String event) {
        SUBSCRIBERS.forEach(s -> s.accept(event));
    }
}
