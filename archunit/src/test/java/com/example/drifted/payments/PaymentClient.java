package com.example.drifted.payments;

import com.example.drifted.orders.OrderService;

public final class PaymentClient {
    public boolean charge(int cents) {
        return cents > 0;
    }

    /** Drift: payments call back into orders, which the model does not say, and which closes a cycle. */
    public void refund(OrderService orders, String item) {
        orders.cancel(item);
    }
}
