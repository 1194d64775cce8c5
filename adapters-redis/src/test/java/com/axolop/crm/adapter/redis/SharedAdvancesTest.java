package com.axolop.crm.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class SharedAdvancesTest {
    private final SharedAdvances shared = new SharedAdvances();
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicInteger made = new AtomicInteger();
    private final CountDownLatch firstStarted = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);

    /** The first advance blocks until released; the others return at once. */
    private final BooleanSupplier advance = () -> {
        if (made.incrementAndGet() == 1) {
            firstStarted.countDown();
            await(releaseFirst);
        }
        return true;
    };

    @Test
    void aCallerIsNotCoveredByAnAdvanceAlreadyUnderWayWhenItAsked() throws Exception {
        var first = CompletableFuture.supplyAsync(() -> shared.advance("g", advance), callers);
        await(firstStarted);
        var second = CompletableFuture.supplyAsync(() -> shared.advance("g", advance), callers);
        awaitAsked(2);

        Thread.sleep(50);
        assertThat(second).isNotDone();
        releaseFirst.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(made).hasValue(2);
    }

    @Test
    void callersThatAskWhileAnAdvanceIsUnderWayShareTheNextOne() throws Exception {
        var first = CompletableFuture.supplyAsync(() -> shared.advance("g", advance), callers);
        await(firstStarted);
        List<CompletableFuture<Boolean>> waiting = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            waiting.add(CompletableFuture.supplyAsync(() -> shared.advance("g", advance), callers));
        }
        awaitAsked(11);

        releaseFirst.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
        for (var caller : waiting) {
            assertThat(caller.get(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(made).hasValue(2);
    }

    @Test
    void advancesOfDifferentCountersAreNotShared() {
        releaseFirst.countDown();

        shared.advance("a", advance);
        shared.advance("b", advance);

        assertThat(made).hasValue(2);
    }

    @Test
    void theCallersAFailedAdvanceCoveredAreToldItFailed() {
        assertThat(shared.advance("g", () -> false)).isFalse();
        assertThat(shared.advance("g", () -> true)).isTrue();
    }

    @Test
    void countersNobodyIsAdvancingAreForgotten() {
        releaseFirst.countDown();

        shared.advance("a", advance);
        shared.advance("b", () -> false);

        assertThat(shared.asked("a")).isZero();
        assertThat(shared.asked("b")).isZero();
    }

    private void awaitAsked(long callers) throws InterruptedException {
        for (int i = 0; i < 500 && shared.asked("g") < callers; i++) {
            Thread.sleep(10);
        }
        assertThat(shared.asked("g")).isEqualTo(callers);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
