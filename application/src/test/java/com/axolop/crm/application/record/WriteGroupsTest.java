package com.axolop.crm.application.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WriteGroupsTest {
    private final List<List<String>> groups = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstGroupStarted = new CountDownLatch(1);
    private final CountDownLatch releaseFirstGroup = new CountDownLatch(1);

    /** Records each group, holds the first one until released, and writes every item but "bad" ones. */
    private void writeHoldingTheFirst(List<WriteGroups.Queued<String>> group) {
        groups.add(group.stream().map(WriteGroups.Queued::item).toList());
        if (groups.size() == 1) {
            firstGroupStarted.countDown();
            await(releaseFirstGroup);
        }
        group.forEach(queued -> {
            if (queued.item().startsWith("bad")) {
                queued.fail(new IllegalArgumentException(queued.item() + " refused"));
            } else {
                queued.written();
            }
        });
    }

    @Test
    void anIdleWriterWritesItsItemAloneAtOnce() {
        WriteGroups<String> writes = new WriteGroups<>(2, 100, group -> {
            groups.add(group.stream().map(WriteGroups.Queued::item).toList());
            group.forEach(WriteGroups.Queued::written);
        });

        writes.write("a");
        writes.write("b");

        assertThat(groups).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void itemsQueuedWhileTheSlotIsBusyAreWrittenTogetherInTheNextGroup() throws Exception {
        WriteGroups<String> writes = new WriteGroups<>(1, 100, this::writeHoldingTheFirst);
        Thread first = Thread.ofPlatform().start(() -> writes.write("first"));
        firstGroupStarted.await(5, TimeUnit.SECONDS);

        Map<String, Throwable> outcomes = writeAtOnce(writes, List.of("b", "c", "d", "e"));
        releaseFirstGroup.countDown();
        first.join();
        awaitAll(outcomes, 4);

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).containsExactly("first");
        assertThat(groups.get(1)).containsExactlyInAnyOrder("b", "c", "d", "e");
        assertThat(outcomes.values()).allMatch(NONE::equals);
    }

    @Test
    void aGroupHoldsAtMostMaxGroupItems() throws Exception {
        WriteGroups<String> writes = new WriteGroups<>(1, 2, this::writeHoldingTheFirst);
        Thread first = Thread.ofPlatform().start(() -> writes.write("first"));
        firstGroupStarted.await(5, TimeUnit.SECONDS);

        Map<String, Throwable> outcomes = writeAtOnce(writes, List.of("b", "c", "d", "e", "f"));
        releaseFirstGroup.countDown();
        first.join();
        awaitAll(outcomes, 5);

        assertThat(groups).hasSize(4).allMatch(group -> group.size() <= 2);
        assertThat(groups.stream().mapToInt(List::size).sum()).isEqualTo(6);
    }

    @Test
    void anItemThatFailsFailsOnlyItsOwnWriter() throws Exception {
        WriteGroups<String> writes = new WriteGroups<>(1, 100, this::writeHoldingTheFirst);
        Thread first = Thread.ofPlatform().start(() -> writes.write("first"));
        firstGroupStarted.await(5, TimeUnit.SECONDS);

        Map<String, Throwable> outcomes = writeAtOnce(writes, List.of("b", "bad-c", "d"));
        releaseFirstGroup.countDown();
        first.join();
        awaitAll(outcomes, 3);

        assertThat(groups.get(1)).containsExactlyInAnyOrder("b", "bad-c", "d");
        assertThat(outcomes.get("b")).isEqualTo(NONE);
        assertThat(outcomes.get("d")).isEqualTo(NONE);
        assertThat(outcomes.get("bad-c")).isInstanceOf(IllegalArgumentException.class).hasMessage("bad-c refused");
    }

    @Test
    void aWriteThatThrowsFailsEveryItemOfItsGroupWithThatFailure() throws Exception {
        IllegalStateException down = new IllegalStateException("database unavailable");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WriteGroups<String> writes = new WriteGroups<>(1, 100, group -> {
            groups.add(group.stream().map(WriteGroups.Queued::item).toList());
            if (groups.size() == 1) {
                started.countDown();
                await(release);
                group.forEach(WriteGroups.Queued::written);
                return;
            }
            throw down;
        });
        Thread first = Thread.ofPlatform().start(() -> writes.write("first"));
        started.await(5, TimeUnit.SECONDS);

        Map<String, Throwable> outcomes = writeAtOnce(writes, List.of("b", "c"));
        release.countDown();
        first.join();
        awaitAll(outcomes, 2);

        assertThat(groups.get(1)).containsExactlyInAnyOrder("b", "c");
        assertThat(outcomes.values()).containsOnly(down);
    }

    @Test
    void anItemTheWriteLeavesUnsettledFails() {
        WriteGroups<String> writes = new WriteGroups<>(1, 100, group -> { });

        assertThatThrownBy(() -> writes.write("a")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unsettled");
    }

    private static final Throwable NONE = new Throwable("written");

    /**
     * Starts a writer per item and returns once each is queued behind the busy slot (its thread parked); the map
     * fills with each item's outcome, {@link #NONE} when written.
     */
    private static Map<String, Throwable> writeAtOnce(WriteGroups<String> writes, List<String> items)
            throws InterruptedException {
        Map<String, Throwable> outcomes = new ConcurrentHashMap<>();
        List<Thread> writers = new ArrayList<>();
        for (String item : items) {
            writers.add(Thread.ofPlatform().start(() -> {
                try {
                    writes.write(item);
                    outcomes.put(item, NONE);
                } catch (RuntimeException e) {
                    outcomes.put(item, e);
                }
            }));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (writers.stream().anyMatch(writer -> writer.getState() != Thread.State.WAITING)
                && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        return outcomes;
    }

    private static void awaitAll(Map<String, Throwable> outcomes, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (outcomes.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(outcomes).hasSize(count);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
