package com.example.drifted.stock;

/** Drift: the model says orders reserve items here; no order code uses it any more. */
public final class Inventory {
    public int available(String item) {
        return item.length();
    }
}
