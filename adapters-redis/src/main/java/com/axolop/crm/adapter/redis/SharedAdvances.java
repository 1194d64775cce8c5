package com.axolop.crm.adapter.redis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * Concurrent advances of one generation counter share a round trip, as a group commit does: a caller is covered by
 * the first advance that <em>began</em> after it asked (one already under way may have reached Redis before the
 * caller's write committed, so it covers nobody who asked later), and while one advance is under way the callers
 * that ask meanwhile wait and are covered together by the next. Thirty-two writers to one workspace then make two
 * advances where they made thirty-two.
 */
final class SharedAdvances {
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    /** Runs or joins an advance of {@code key} that began after this call; its result, false when it failed. */
    boolean advance(String key, BooleanSupplier advance) {
        Counter counter = counters.computeIfAbsent(key, k -> new Counter());
        try {
            return counter.advance(advance);
        } finally {
            // Idle counters are dropped so the map holds only keys being written; a caller still holding a dropped
            // one advances on its own, which is merely less shared.
            if (counter.idle()) {
                counters.remove(key, counter);
            }
        }
    }

    /** How many advances of {@code key} were asked for since it was last idle; 0 once forgotten. For tests. */
    long asked(String key) {
        Counter counter = counters.get(key);
        return counter == null ? 0 : counter.asked();
    }

    private static final class Counter {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition finished = lock.newCondition();
        private long asked;
        private long covered;
        private long failedUpTo;
        private boolean running;

        boolean advance(BooleanSupplier advance) {
            lock.lock();
            try {
                long ticket = ++asked;
                while (covered < ticket && failedUpTo < ticket) {
                    if (running) {
                        finished.awaitUninterruptibly();
                        continue;
                    }
                    running = true;
                    long covers = asked;
                    boolean made = false;
                    lock.unlock();
                    try {
                        made = advance.getAsBoolean();
                    } finally {
                        lock.lock();
                        running = false;
                        if (made) {
                            covered = Math.max(covered, covers);
                        } else {
                            failedUpTo = Math.max(failedUpTo, covers);
                        }
                        finished.signalAll();
                    }
                }
                return covered >= ticket;
            } finally {
                lock.unlock();
            }
        }

        long asked() {
            lock.lock();
            try {
                return asked;
            } finally {
                lock.unlock();
            }
        }

        boolean idle() {
            lock.lock();
            try {
                return !running && asked == Math.max(covered, failedUpTo) && !lock.hasWaiters(finished);
            } finally {
                lock.unlock();
            }
        }
    }
}
