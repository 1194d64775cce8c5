package com.axolop.crm.adapter.rest.shared;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a producer on its own virtual thread and consumes its items on the calling thread through a small
 * bounded queue, so reading rows from the database and writing them to the client overlap instead of
 * taking turns. Memory stays bounded by the queue; a failure on either side stops both and is rethrown.
 */
public final class Pipeline {
    private static final int CAPACITY = 2048;
    private static final Object END = new Object();

    private Pipeline() {
    }

    @SuppressWarnings("unchecked")
    public static <T> void run(Consumer<Consumer<T>> producer, Consumer<T> consumer) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
        var state = new State();
        Thread producing = Thread.ofVirtual().name("pipeline-producer").start(() -> {
            try {
                producer.accept(item -> state.put(queue, item));
            } catch (RuntimeException | Error e) {
                state.producerFailure = e;
            } finally {
                try {
                    state.put(queue, END);
                } catch (IllegalStateException consumerGone) {
                    // nobody is reading any more
                }
            }
        });
        try {
            for (Object item = take(queue); item != END; item = take(queue)) {
                consumer.accept((T) item);
            }
        } catch (RuntimeException | Error e) {
            state.consumerGaveUp = true;
            producing.interrupt();
            throw e;
        }
        join(producing);
        if (state.producerFailure instanceof RuntimeException e) {
            throw e;
        }
        if (state.producerFailure instanceof Error e) {
            throw e;
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while streaming", e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while streaming", e);
        }
    }

    private static final class State {
        private volatile boolean consumerGaveUp;
        private volatile Throwable producerFailure;

        void put(BlockingQueue<Object> queue, Object item) {
            try {
                while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    if (consumerGaveUp) {
                        throw new IllegalStateException("The consumer stopped");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The consumer stopped", e);
            }
        }
    }
}
