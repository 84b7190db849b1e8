package com.example.drifted.misc;

/** Drift: no element of the model claims this package. */
public final class Clock {
}
