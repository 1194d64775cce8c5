package com.axolop.crm.bootstrap;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what happens in the background (deliveries, retries, restarts), polling every 50 ms. */
final class Eventually {
    private Eventually() {
    }

    static void within(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not so within " + limit);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
