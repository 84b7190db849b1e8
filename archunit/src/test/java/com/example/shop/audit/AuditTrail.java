package com.example.shop.audit;

import com.example.shop.bus.EventBus;
import java.util.ArrayList;
import java.util.List;

/** The model draws events flowing from the bus to here; the code depends the other way, on the bus. */
public final class AuditTrail {
    private final List<String> entries = new ArrayList<>();

    public AuditTrail() {
        EventBus.subscribe(entries::add);
    }
}
