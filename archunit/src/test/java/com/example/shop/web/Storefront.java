package com.example.shop.web;

import com.example.shop.orders.OrderService;

public final class Storefront {
    private final OrderService orders = new OrderService();

    public String checkout(String item) {
        return orders.place(item);
    }
}
