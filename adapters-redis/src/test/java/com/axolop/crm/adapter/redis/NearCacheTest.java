package com.axolop.crm.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The copy's own rules, without Redis: what is kept, and what a drop or a silent channel takes away. */
class NearCacheTest {
    private static final Duration TTL = Duration.ofMinutes(5);
    private static final Map<String, Object> V1 = Map.of("name", "v1");

    private final NearCache near = new NearCache(new NearCache.Settings(2, Duration.ofMillis(200)));

    @Test
    void keepsWhatWasReadWhileItsHeartbeatIsHeard() {
        near.heard(System.nanoTime());

        near.keep("counter", near.epoch("counter"), "lead:1", 7, V1, TTL);

        assertThat(near.get("counter", "lead:1")).hasValueSatisfying(lookup -> {
            assertThat(lookup.generation()).isEqualTo(7);
            assertThat(lookup.value()).contains(V1);
        });
    }

    @Test
    void anEntryReadBeforeItsCounterAdvancedIsNotKept() {
        near.heard(System.nanoTime());
        long epoch = near.epoch("counter");

        near.invalidate("counter"); // announced while the read was on its way
        near.keep("counter", epoch, "lead:1", 7, V1, TTL);

        assertThat(near.get("counter", "lead:1")).isEmpty();
    }

    @Test
    void anEntryReadBeforeTheCopyWasEmptiedIsNotKept() {
        near.heard(System.nanoTime());
        long epoch = near.epoch("counter");

        near.clear();
        near.epoch("counter"); // a read that began after the clear makes the group again
        near.keep("counter", epoch, "lead:1", 7, V1, TTL);

        assertThat(near.get("counter", "lead:1")).isEmpty();
    }

    @Test
    void nothingIsServedOrKeptWithoutARecentHeartbeat() throws InterruptedException {
        near.heard(System.nanoTime());
        near.keep("counter", near.epoch("counter"), "lead:1", 7, V1, TTL);

        Thread.sleep(250);

        assertThat(near.get("counter", "lead:1")).isEmpty();
        near.heard(System.nanoTime());
        assertThat(near.get("counter", "lead:1")).as("emptied at the lapse").isEmpty();
    }

    @Test
    void keepsNoMoreThanItsMaximum() {
        near.heard(System.nanoTime());
        long epoch = near.epoch("counter");

        near.keep("counter", epoch, "lead:1", 7, V1, TTL);
        near.keep("counter", epoch, "lead:2", 7, V1, TTL);
        near.keep("counter", epoch, "lead:3", 7, V1, TTL);

        assertThat(near.size()).isEqualTo(2);
        assertThat(near.get("counter", "lead:3")).isEmpty();
    }

    @Test
    void anExpiredEntryIsNotServed() throws InterruptedException {
        near.heard(System.nanoTime());
        near.keep("counter", near.epoch("counter"), "lead:1", 7, V1, Duration.ofMillis(20));

        Thread.sleep(40);
        near.heard(System.nanoTime());

        assertThat(near.get("counter", "lead:1")).isEmpty();
        assertThat(near.size()).isZero();
    }
}
