package com.example.drifted.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

public final class StockAlerts {
    private static final List<Consumer<String>> SUBSCRIBERS = new ArrayList<>();

    private StockAlerts() {
    }

    public static void subscribe(Consumer<String> subscriber) {
        SUBSCRIBERS.add(subscriber);
    }
}
