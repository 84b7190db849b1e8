package com.example.conformance.a;

import com.example.conformance.b.Callee;

/** Fixture for ConformanceCommandTest: a's code depends on b's, which its model does not say. */
public final class Caller {
    public int call() {
        return Callee.answer();
    }
}
