package com.axolop.crm.application.record;

import static com.axolop.crm.application.shared.ConcurrentCalls.DONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.shared.ConcurrentCalls;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WriteGroupsTest {
    private final List<List<String>> groups = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstGroupStarted = new CountDownLatch(1);
    private final CountDownLatch releaseFirstGroup = new CountDownLatch(1);
    private final ConcurrentCalls writers = new ConcurrentCalls();

    @AfterEach
    void releaseWriters() throws InterruptedException {
        releaseFirstGroup.countDown();
        writers.joinAll();
    }

    /** Records each group and holds the first one until released; then applies {@code settle} to the group. */
    private Consumer<List<WriteGroups.Queued<String>>> holdingTheFirst(Consumer<List<WriteGroups.Queued<String>>> settle) {
        return group -> {
            groups.add(group.stream().map(WriteGroups.Queued::item).toList());
            if (groups.size() == 1) {
                firstGroupStarted.countDown();
                await(releaseFirstGroup);
                group.forEach(WriteGroups.Queued::written);
                return;
            }
            settle.accept(group);
        };
    }

    // Writes every item but the "bad" ones.
    private static void writeAllButBad(List<WriteGroups.Queued<String>> group) {
        group.forEach(queued -> {
            if (queued.item().startsWith("bad")) {
                queued.fail(new IllegalArgumentException(queued.item() + " refused"));
            } else {
                queued.written();
            }
        });
    }

    /** Writes "first" (held), then the items while it is held; returns their outcomes once the first is released. */
    private Map<String, Object> writeBehindAHeldGroup(WriteGroups<String> writes, List<String> items) {
        Map<String, Runnable> first = Map.of("first", () -> writes.write("first"));
        Thread.ofPlatform().start(first.get("first"));
        await(firstGroupStarted);
        Map<String, Runnable> calls = new LinkedHashMap<>();
        items.forEach(item -> calls.put(item, () -> writes.write(item)));
        writers.startAndAwaitParked(calls);
        releaseFirstGroup.countDown();
        return writers.awaitOutcomes(items.size());
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
    void itemsQueuedWhileTheSlotIsBusyAreWrittenTogetherInTheNextGroup() {
        WriteGroups<String> writes = new WriteGroups<>(1, 100, holdingTheFirst(WriteGroupsTest::writeAllButBad));

        Map<String, Object> outcomes = writeBehindAHeldGroup(writes, List.of("b", "c", "d", "e"));

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).containsExactly("first");
        assertThat(groups.get(1)).containsExactlyInAnyOrder("b", "c", "d", "e");
        assertThat(outcomes.values()).containsOnly(DONE);
    }

    @Test
    void aGroupHoldsAtMostMaxGroupItems() {
        WriteGroups<String> writes = new WriteGroups<>(1, 2, holdingTheFirst(WriteGroupsTest::writeAllButBad));

        writeBehindAHeldGroup(writes, List.of("b", "c", "d", "e", "f"));

        assertThat(groups).hasSize(4).allMatch(group -> group.size() <= 2);
        assertThat(groups.stream().mapToInt(List::size).sum()).isEqualTo(6);
    }

    @Test
    void anItemThatFailsFailsOnlyItsOwnWriter() {
        WriteGroups<String> writes = new WriteGroups<>(1, 100, holdingTheFirst(WriteGroupsTest::writeAllButBad));

        Map<String, Object> outcomes = writeBehindAHeldGroup(writes, List.of("b", "bad-c", "d"));

        assertThat(groups.get(1)).containsExactlyInAnyOrder("b", "bad-c", "d");
        assertThat(outcomes.get("b")).isEqualTo(DONE);
        assertThat(outcomes.get("d")).isEqualTo(DONE);
        assertThat(outcomes.get("bad-c")).isInstanceOf(IllegalArgumentException.class)
                .hasFieldOrPropertyWithValue("message", "bad-c refused");
    }

    @Test
    void aWriteThatThrowsFailsEveryItemOfItsGroupWithThatFailure() {
        IllegalStateException down = new IllegalStateException("database unavailable");
        WriteGroups<String> writes = new WriteGroups<>(1, 100, holdingTheFirst(group -> {
            throw down;
        }));

        Map<String, Object> outcomes = writeBehindAHeldGroup(writes, List.of("b", "c"));

        assertThat(groups.get(1)).containsExactlyInAnyOrder("b", "c");
        assertThat(outcomes.values()).containsOnly(down);
    }

    @Test
    void anItemTheWriteLeavesUnsettledFails() {
        WriteGroups<String> writes = new WriteGroups<>(1, 100, group -> { });

        assertThatThrownBy(() -> writes.write("a")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unsettled");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
