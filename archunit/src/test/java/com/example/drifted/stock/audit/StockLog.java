package com.example.drifted.stock.audit;

/** Drift: both stock's and audit's patterns claim this package. */
public final class StockLog {
}
