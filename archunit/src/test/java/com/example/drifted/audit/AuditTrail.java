package com.example.drifted.audit;

import com.example.drifted.orders.OrderService;

public final class AuditTrail {
    public String describe(OrderService orders) {
        return String.valueOf(orders);
    }
}
