package com.example.conformance.b;

/** Fixture for ConformanceCommandTest. */
public final class Callee {
    private Callee() {
    }

    public static int answer() {
        return 42;
    }
}
