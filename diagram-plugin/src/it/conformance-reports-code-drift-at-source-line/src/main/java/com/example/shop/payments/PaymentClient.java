package com.example.shop.payments;

import com.example.shop.stock.Inventory;

public final class PaymentClient {
    public boolean charge(int cents) {
        return new Inventory().available("card") > cents;
    }
}
