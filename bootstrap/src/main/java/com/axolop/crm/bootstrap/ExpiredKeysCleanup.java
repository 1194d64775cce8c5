package com.axolop.crm.bootstrap;

import com.axolop.crm.application.idempotency.RunOnceUseCase;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired Idempotency-Keys now and then, so the table holds about one time-to-live of keys. A key is
 * no longer replayed once expired whether or not it was deleted yet: the claim treats it as free.
 */
final class ExpiredKeysCleanup implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExpiredKeysCleanup.class);
    private static final Duration AT_MOST_EVERY = Duration.ofHours(1);

    private final Thread thread;

    private ExpiredKeysCleanup(RunOnceUseCase runOnce, Duration every) {
        this.thread = Thread.ofVirtual().name("idempotency-key-cleanup").unstarted(() -> run(runOnce, every));
    }

    /** Runs every time-to-live, or every hour when that is longer. */
    static ExpiredKeysCleanup start(RunOnceUseCase runOnce, Duration timeToLive) {
        var cleanup = new ExpiredKeysCleanup(runOnce,
                timeToLive.compareTo(AT_MOST_EVERY) < 0 ? timeToLive : AT_MOST_EVERY);
        cleanup.thread.start();
        return cleanup;
    }

    private static void run(RunOnceUseCase runOnce, Duration every) {
        while (true) {
            try {
                LOG.debug("Deleted {} expired idempotency keys", runOnce.forgetExpired());
            } catch (RuntimeException e) {
                LOG.atWarn().setCause(e).log("Expired idempotency keys not deleted, trying again later: {}", e.toString());
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
