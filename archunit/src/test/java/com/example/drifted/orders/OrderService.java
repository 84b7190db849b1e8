package com.example.drifted.orders;

import com.example.drifted.payments.PaymentClient;

public final class OrderService {
    private final PaymentClient payments = new PaymentClient();

    public boolean place(String item) {
        return payments.charge(item.length());
    }

    public void cancel(String item) {
        // nothing to undo yet
    }
}
