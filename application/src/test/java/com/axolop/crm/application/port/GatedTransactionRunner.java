package com.axolop.crm.application.port;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Test fake: a {@link DirectTransactionRunner} that counts the transactions it committed, can hold the next one
 * open until released (to keep a writer busy while others queue), and can fail the next one at its commit.
 */
public class GatedTransactionRunner extends DirectTransactionRunner {
    private final AtomicInteger committed = new AtomicInteger();
    private final AtomicReference<Gate> nextHeld = new AtomicReference<>();
    private final AtomicReference<RuntimeException> commitFailure = new AtomicReference<>();

    /** A held transaction: begun, then waiting for its release. */
    public static final class Gate {
        private final CountDownLatch begun = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        public void awaitBegun() {
            awaitUninterruptibly(begun);
        }

        public void release() {
            released.countDown();
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (transactionOpen()) {
            return work.get();
        }
        Gate gate = nextHeld.getAndSet(null);
        RuntimeException failure = commitFailure.getAndSet(null);
        T result = super.inTransaction(() -> {
            if (gate != null) {
                gate.begun.countDown();
                awaitUninterruptibly(gate.released);
            }
            return work.get();
        });
        if (failure != null) {
            throw failure;
        }
        committed.incrementAndGet();
        return result;
    }

    /** The next transaction to begin waits, once begun, until the gate is released. */
    public Gate holdNext() {
        Gate gate = new Gate();
        nextHeld.set(gate);
        return gate;
    }

    /** The next transaction to begin runs its work, then its commit fails with {@code failure}. */
    public void failNextCommit(RuntimeException failure) {
        commitFailure.set(failure);
    }

    public int committed() {
        return committed.get();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited 10 s for a latch");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
