package com.axolop.crm.application.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Writes made at the same time share a transaction, as a database's group commit shares a log flush: a writer queues
 * its item and takes one of a few write slots; whoever holds a slot writes every item queued by then as one group.
 * An idle service writes each item at once, alone; under load the groups grow with the queue, so a transaction's
 * round trips, statement triggers and commit are paid once per group instead of once per item. A writer returns
 * when its own item is written, with its own item's failure if it failed.
 */
final class WriteGroups<I> {
    private final Semaphore slots;
    private final int maxGroup;
    private final Consumer<List<Queued<I>>> write;
    private final Queue<Queued<I>> queued = new ConcurrentLinkedQueue<>();

    /** {@code write} must settle every item of its group (written or failed); any item it leaves unsettled fails. */
    WriteGroups(int slots, int maxGroup, Consumer<List<Queued<I>>> write) {
        if (slots < 1 || maxGroup < 1) {
            throw new IllegalArgumentException("slots and maxGroup must be positive");
        }
        this.slots = new Semaphore(slots);
        this.maxGroup = maxGroup;
        this.write = Objects.requireNonNull(write);
    }

    /** Writes {@code item}, alone or in a group; throws the item's own failure. */
    void write(I item) {
        Queued<I> mine = new Queued<>(item);
        queued.add(mine);
        slots.acquireUninterruptibly();
        try {
            // Empty when a group under way took this item: the slot then writes whatever queued since, if anything.
            List<Queued<I>> group = takeGroup();
            if (!group.isEmpty()) {
                writeSettlingAll(group);
            }
        } finally {
            slots.release();
        }
        mine.await();
    }

    private List<Queued<I>> takeGroup() {
        List<Queued<I>> group = new ArrayList<>();
        Queued<I> next;
        while (group.size() < maxGroup && (next = queued.poll()) != null) {
            group.add(next);
        }
        return group;
    }

    private void writeSettlingAll(List<Queued<I>> group) {
        Throwable failure = null;
        try {
            write.accept(group);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (Queued<I> item : group) {
            item.fail(failure != null ? failure : new IllegalStateException("The group's write left an item unsettled"));
        }
    }

    /** One writer's item and how its write ended. */
    static final class Queued<I> {
        private final I item;
        private final CompletableFuture<Void> settled = new CompletableFuture<>();

        Queued(I item) {
            this.item = item;
        }

        I item() {
            return item;
        }

        void written() {
            settled.complete(null);
        }

        /** Fails the item unless it was already settled. */
        void fail(Throwable failure) {
            settled.completeExceptionally(failure);
        }

        void await() {
            try {
                settled.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }
}
