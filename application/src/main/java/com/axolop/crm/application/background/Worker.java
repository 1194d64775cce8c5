package com.axolop.crm.application.background;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A loop on a virtual thread of its own until {@link #close}: the outbox relay's, the event dispatcher's, the job
 * queues' and their notification listener's. It lives here because those adapters may not depend on each other.
 */
public final class Worker implements AutoCloseable {
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final Thread thread;
    private final Consumer<Thread> wake;
    private volatile boolean running = true;

    /**
     * {@code loop} runs once, going round while its worker is {@link #running()}; {@code wake} makes whatever
     * the loop blocks on return early when it is closed (interrupting the thread, or a client's wake-up call).
     */
    public Worker(String name, Consumer<Worker> loop, Consumer<Thread> wake) {
        Objects.requireNonNull(loop);
        this.thread = Thread.ofVirtual().name(name).unstarted(() -> loop.accept(this));
        this.wake = Objects.requireNonNull(wake);
    }

    public Worker start() {
        thread.start();
        return this;
    }

    public boolean running() {
        return running;
    }

    /** Waits for {@code duration} between rounds, or not at all once closed; an interrupt ends the wait. */
    public void pause(Duration duration) {
        if (!running) {
            return;
        }
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the loop: wakes it and waits a few seconds at most for it to return. */
    @Override
    public void close() {
        running = false;
        wake.accept(thread);
        try {
            thread.join(STOP_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
