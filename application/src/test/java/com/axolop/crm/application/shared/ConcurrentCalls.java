package com.axolop.crm.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Test helper: named calls, each on a thread of its own, and how each ended ({@link #DONE} or what it threw). */
public final class ConcurrentCalls {
    public static final Object DONE = "done";

    private final Map<String, Object> outcomes = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();

    /** Starts each call and returns once all of them are parked (waiting on a lock or a latch). */
    public void startAndAwaitParked(Map<String, Runnable> calls) {
        List<Thread> started = new ArrayList<>();
        calls.forEach((name, call) -> started.add(Thread.ofPlatform().start(() -> {
            try {
                call.run();
                outcomes.put(name, DONE);
            } catch (RuntimeException e) {
                outcomes.put(name, e);
            }
        })));
        threads.addAll(started);
        await(() -> started.stream().allMatch(thread -> thread.getState() == Thread.State.WAITING));
    }

    /** The outcomes, once {@code count} calls have ended. */
    public Map<String, Object> awaitOutcomes(int count) {
        await(() -> outcomes.size() >= count);
        assertThat(outcomes).hasSize(count);
        return Map.copyOf(outcomes);
    }

    public void joinAll() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join(5_000);
        }
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
