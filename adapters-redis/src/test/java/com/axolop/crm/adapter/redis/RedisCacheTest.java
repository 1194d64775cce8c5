package com.axolop.crm.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.port.Cache;
import com.axolop.crm.application.port.CacheContract;
import com.axolop.crm.application.port.CacheRegion;
import com.axolop.crm.domain.shared.CustomFields;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

/** The contract with this instance's copy on, as deployed; then what only Redis and the copy do. */
class RedisCacheTest extends CacheContract {
    private static final Duration STALENESS = Duration.ofMillis(400);

    private final List<RedissonClient> clients = new ArrayList<>();

    @Override
    protected Cache createCache() {
        return newInstance(STALENESS);
    }

    @AfterEach
    void closeClients() {
        clients.forEach(RedissonClient::shutdown);
    }

    @Test
    void aRecordReadOnceIsServedFromThisInstancesCopy() throws InterruptedException {
        awaitHeartbeat(cache);
        cache.put(key("lead:1"), 0, entry("v1"), CacheRegion.LEADS);
        read(key("lead:1"));

        redis().getBucket(key("lead:1")).delete(); // only the copy still has it

        assertThat(read(key("lead:1"))).contains(entry("v1"));
    }

    @Test
    void aWriteOnThisInstanceIsSeenByItsNextRead() throws InterruptedException {
        awaitHeartbeat(cache);
        cache.put(key("lead:1"), 0, entry("v1"), CacheRegion.LEADS);
        read(key("lead:1"));

        cache.advance(counter());

        assertThat(read(key("lead:1"))).isEmpty();
    }

    @Test
    void anotherInstancesWriteIsSeenWithinTheStalenessBound() throws InterruptedException {
        Cache other = newInstance(STALENESS);
        awaitHeartbeat(cache);
        awaitHeartbeat(other);
        cache.put(key("lead:1"), 0, entry("v1"), CacheRegion.LEADS);
        assertThat(other.get(counter(), key("lead:1"), CacheRegion.LEADS).value()).contains(entry("v1"));

        long advancedAt = System.nanoTime();
        cache.advance(counter());
        while (other.get(counter(), key("lead:1"), CacheRegion.LEADS).value().isPresent()) {
            Thread.sleep(1);
        }

        assertThat(Duration.ofNanos(System.nanoTime() - advancedAt)).isLessThan(STALENESS);
    }

    @Test
    void theCopyIsNotServedOnceTheHeartbeatLapses() throws InterruptedException {
        awaitHeartbeat(cache);
        cache.put(key("lead:1"), 0, entry("v1"), CacheRegion.LEADS);
        read(key("lead:1"));
        TestRedis.server().pause(); // announcements can no longer arrive
        try {
            Thread.sleep(STALENESS.plusMillis(100));

            assertThat(cache.get(counter(), key("lead:1"), CacheRegion.LEADS).value()).isEmpty();
        } finally {
            TestRedis.server().resume();
        }
    }

    private Cache newInstance(Duration staleness) {
        RedissonClient client = TestRedis.newClient();
        clients.add(client);
        Map<CacheRegion, Duration> ttls = new EnumMap<>(CacheRegion.class);
        for (CacheRegion region : CacheRegion.values()) {
            ttls.put(region, Duration.ofMinutes(5));
        }
        ttls.put(CacheRegion.DASHBOARD, Duration.ofMillis(700));
        return new RedisCache(new RedisAvailability(client, TestRedis.meters()), ttls,
                new NearCache.Settings(1_000, staleness), TestRedis.meters());
    }

    private RedissonClient redis() {
        return clients.getFirst();
    }

    // A new instance serves its copy once its first heartbeat came back: wait for it, through a record it keeps.
    private void awaitHeartbeat(Cache instance) throws InterruptedException {
        String probe = key("probe:" + System.nanoTime());
        instance.put(probe, 0, entry("probe"), CacheRegion.LEADS);
        for (int i = 0; i < 200; i++) {
            instance.get(counter(), probe, CacheRegion.LEADS);
            redis().getBucket(probe).delete();
            if (instance.get(counter(), probe, CacheRegion.LEADS).value().isPresent()) {
                return;
            }
            instance.put(probe, 0, entry("probe"), CacheRegion.LEADS);
            Thread.sleep(10);
        }
        throw new AssertionError("no heartbeat within 2 s");
    }

    @Test
    void entriesExpireAfterTheirRegionsTimeToLive() throws InterruptedException {
        cache.put(key("dashboard:stats"), 0, entry("42"), CacheRegion.DASHBOARD);
        cache.put(key("lead:1"), 0, entry("kept"), CacheRegion.LEADS);

        Thread.sleep(1_000);

        assertThat(read(key("dashboard:stats"))).isEmpty();
        assertThat(read(key("lead:1"))).contains(entry("kept"));
        assertThat(redis().getBucket(key("lead:1")).remainTimeToLive()).isBetween(290_000L, 300_000L);
    }

    @Test
    void customFieldsAreKeptAsTheJsonObjectTheyAre() {
        cache.put(key("lead:1"), 0, Map.of("custom_fields", new CustomFields("{\"tier\":\"gold\",\"rank\":1.50}")),
                CacheRegion.LEADS);

        assertThat(read(key("lead:1")).orElseThrow().get("custom_fields"))
                .isEqualTo(Map.of("tier", "gold", "rank", new BigDecimal("1.50")));
    }

    @Test
    void clearingKeepsGenerationCountersSoNoStaleEntryComesBack() {
        cache.put(key("lead:1"), 0, entry("v1"), CacheRegion.LEADS);
        cache.advance(counter());

        cache.clear(workspace, "leads:*");

        Cache.Lookup lookup = cache.get(counter(), key("lead:1"), CacheRegion.LEADS);
        assertThat(lookup.generation()).isGreaterThan(1);
        assertThat(lookup.value()).isEmpty();
    }

    @Test
    void failsOpenWhileRedisIsDownAndRecoversAfter() throws InterruptedException {
        cache.put(key("lead:1"), 0, entry("before"), CacheRegion.LEADS);
        TestRedis.server().stop();
        try {
            assertThat(cache.get(counter(), key("lead:1"), CacheRegion.LEADS).available()).isFalse();
            cache.put(key("lead:2"), 0, entry("during"), CacheRegion.LEADS);
        } finally {
            TestRedis.server().start();
        }
        Thread.sleep(1_200); // past the cool-down after the last failure

        cache.put(key("lead:3"), 0, entry("after"), CacheRegion.LEADS);
        assertThat(read(key("lead:3"))).contains(entry("after"));
    }

    @Test
    void anAdvanceThatCouldNotReachAStalledRedisIsMadeBeforeTheCacheServesAgain() throws InterruptedException {
        cache.put(key("lead:1"), 0, entry("before the write"), CacheRegion.LEADS);
        TestRedis.server().pause();
        try {
            assertThat(cache.get(counter(), key("lead:1"), CacheRegion.LEADS).available()).isFalse();
            cache.advance(counter()); // a write committed meanwhile: its advance cannot reach Redis
        } finally {
            TestRedis.server().resume();
        }

        Instant until = Instant.now().plusMillis(1_500); // past the cool-down after the failures
        while (Instant.now().isBefore(until)) {
            assertThat(read(key("lead:1"))).as("what was cached before the write").isEmpty();
            Thread.sleep(50);
        }
        Cache.Lookup lookup = cache.get(counter(), key("lead:1"), CacheRegion.LEADS);
        assertThat(lookup.generation()).isPositive();
        cache.put(key("lead:1"), lookup.generation(), entry("after the write"), CacheRegion.LEADS);
        assertThat(read(key("lead:1"))).contains(entry("after the write"));
    }
}
