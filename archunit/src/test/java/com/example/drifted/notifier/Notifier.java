package com.example.drifted.notifier;

import com.example.drifted.alerts.StockAlerts;

/** Drift: the model's arrow shows alerts flowing here, but is not marked reversed; the code depends on the alerts. */
public final class Notifier {
    public void start() {
        StockAlerts.subscribe(System.out::println);
    }
}
