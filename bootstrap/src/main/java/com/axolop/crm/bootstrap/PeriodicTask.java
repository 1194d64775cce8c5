package com.axolop.crm.bootstrap;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Housekeeping that runs every so often on a virtual thread of its own; a failed round is logged and retried. */
final class PeriodicTask implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicTask.class);

    private final Thread thread;

    private PeriodicTask(String name, Duration every, Runnable task) {
        this.thread = Thread.ofVirtual().name(name).unstarted(() -> run(name, every, task));
    }

    static PeriodicTask start(String name, Duration every, Runnable task) {
        var periodic = new PeriodicTask(name, every, task);
        periodic.thread.start();
        return periodic;
    }

    private static void run(String name, Duration every, Runnable task) {
        while (true) {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.atWarn().setCause(e).log("{} failed, trying again in {}: {}", name, every, e.toString());
            }
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
