package com.example.shop.stock;

public final class Inventory {
    public int available(String item) {
        return item.length();
    }
}
