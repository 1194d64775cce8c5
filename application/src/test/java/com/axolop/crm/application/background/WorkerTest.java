package com.axolop.crm.application.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WorkerTest {
    private final CountDownLatch looping = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);

    @Test
    void runsTheLoopOnANamedVirtualThreadOnceStarted() throws InterruptedException {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        try (Worker worker = new Worker("relay", self -> {
            ranOn.set(Thread.currentThread());
            ended.countDown();
        }, Thread::interrupt)) {
            assertThat(ended.await(100, TimeUnit.MILLISECONDS)).isFalse();

            worker.start();

            assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(ranOn.get().getName()).isEqualTo("relay");
            assertThat(ranOn.get().isVirtual()).isTrue();
        }
    }

    @Test
    void closingEndsTheLoopBeforeItReturns() throws InterruptedException {
        Worker worker = new Worker("loop", self -> {
            while (self.running()) {
                looping.countDown();
                self.pause(Duration.ofMillis(5));
            }
            ended.countDown();
        }, Thread::interrupt).start();
        looping.await();

        worker.close();

        assertThat(worker.running()).isFalse();
        assertThat(ended.getCount()).isZero();
    }

    @Test
    void closingCutsAPauseShort() throws InterruptedException {
        Worker worker = new Worker("loop", self -> {
            looping.countDown();
            self.pause(Duration.ofHours(1));
            ended.countDown();
        }, Thread::interrupt).start();
        looping.await();

        long start = System.nanoTime();
        worker.close();

        assertThat(ended.getCount()).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void closingWakesWhatTheLoopBlocksOn() throws InterruptedException {
        CountDownLatch message = new CountDownLatch(1);
        Worker worker = new Worker("loop", self -> {
            looping.countDown();
            while (self.running()) {
                await(message);
            }
            ended.countDown();
        }, thread -> message.countDown()).start();
        looping.await();

        worker.close();

        assertThat(ended.getCount()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
