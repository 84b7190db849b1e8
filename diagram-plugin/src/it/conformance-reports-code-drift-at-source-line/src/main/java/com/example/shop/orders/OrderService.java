package com.example.shop.orders;

import com.example.shop.payments.PaymentClient;

public final class OrderService {
    private final PaymentClient payments = new PaymentClient();

    public boolean place(String item) {
        return payments.charge(item.length());
    }
}
