package com.example.shop.scheduler;

/** Triggers the orders' nightly report over HTTP in production: no code dependency on the orders' classes. */
public final class NightlyJob {
    public String target() {
        return "http://orders/report";
    }
}
