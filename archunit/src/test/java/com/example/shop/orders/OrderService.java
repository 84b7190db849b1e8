package com.example.shop.orders;

import com.example.shop.bus.EventBus;
import com.example.shop.payments.PaymentClient;

public final class OrderService {
    private final PaymentClient payments = new PaymentClient();

    public String place(String item) {
        payments.charge(item.length());
        EventBus.publish("placed " + item);
        return item;
    }
}
