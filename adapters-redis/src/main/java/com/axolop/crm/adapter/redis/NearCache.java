package com.axolop.crm.adapter.redis;

import com.axolop.crm.application.port.Cache;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This instance's copy of entries it read from Redis, grouped by their generation counter, so a read needs no round
 * trip. A group is dropped when its counter advances: at once on the instance that advanced it (read-your-writes),
 * and on the others when the advance's announcement reaches them over a Redis channel. An announcement is lost only
 * with the subscription, so the copy is served only while this instance's own heartbeat, sent on that channel,
 * came back within the staleness bound (everything announced before it came too), and it is emptied when the
 * subscription is made again or the heartbeat lapses. Another instance's write is therefore served stale for at
 * most the bound, and usually for the channel's delay only.
 */
public final class NearCache {
    /**
     * At most {@code maxEntries} entries (0 turns the copy off), served while this instance heard its heartbeat
     * within {@code staleness}.
     */
    public record Settings(int maxEntries, Duration staleness) {
        public Settings {
            if (maxEntries < 0) {
                throw new IllegalArgumentException("maxEntries must not be negative");
            }
            if (staleness.toMillis() < 100) {
                throw new IllegalArgumentException("the staleness bound must be at least 100 ms");
            }
        }
    }

    // Every group gets an epoch never used before, so a read that began before a drop can never store into the
    // group made after it.
    private static final AtomicLong EPOCHS = new AtomicLong();

    private final Settings settings;
    private final Map<String, Group> groups = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();
    private volatile long heardAt = System.nanoTime() - Long.MAX_VALUE / 2;
    private volatile boolean lapsed = true;

    NearCache(Settings settings) {
        this.settings = settings;
    }

    boolean enabled() {
        return settings.maxEntries() > 0;
    }

    Duration heartbeatEvery() {
        return settings.staleness().dividedBy(4);
    }

    /** To pass to {@link #keep}: taken before Redis is asked, so an entry dropped meanwhile is not kept. */
    long epoch(String counterKey) {
        return groups.computeIfAbsent(counterKey, key -> new Group()).epoch;
    }

    Optional<Cache.Lookup> get(String counterKey, String key) {
        long now = System.nanoTime();
        if (!live(now)) {
            return Optional.empty();
        }
        Group group = groups.get(counterKey);
        Entry entry = group == null ? null : group.entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (now - entry.expiresAt >= 0) {
            if (group.entries.remove(key, entry)) {
                size.decrementAndGet();
            }
            return Optional.empty();
        }
        return Optional.of(new Cache.Lookup(entry.generation, Optional.of(entry.value)));
    }

    void keep(String counterKey, long epoch, String key, long generation, Map<String, Object> value, Duration ttl) {
        Group group = groups.get(counterKey);
        if (group == null || group.epoch != epoch || size.get() >= settings.maxEntries() || !live(System.nanoTime())) {
            return;
        }
        var entry = new Entry(generation, Collections.unmodifiableMap(value), System.nanoTime() + ttl.toNanos());
        if (group.entries.put(key, entry) == null) {
            size.incrementAndGet();
        }
    }

    /** The counter advanced: what was kept under it is stale. */
    void invalidate(String counterKey) {
        Group dropped = groups.put(counterKey, new Group());
        if (dropped != null) {
            size.addAndGet(-dropped.entries.size());
        }
    }

    void clear() {
        groups.clear();
        size.set(0);
    }

    /** This instance's heartbeat, sent at {@code sentAt} (System.nanoTime), came back. */
    void heard(long sentAt) {
        if (sentAt - heardAt > 0) {
            heardAt = sentAt;
        }
    }

    int size() {
        return size.get();
    }

    /** Drops expired entries; the groups stay, they are few (a counter per workspace and record type). */
    void sweep() {
        long now = System.nanoTime();
        groups.values().forEach(group -> group.entries.values().removeIf(entry -> {
            boolean expired = now - entry.expiresAt >= 0;
            if (expired) {
                size.decrementAndGet();
            }
            return expired;
        }));
    }

    private boolean live(long now) {
        if (now - heardAt < settings.staleness().toNanos()) {
            lapsed = false;
            return true;
        }
        if (!lapsed) {
            lapsed = true;
            clear(); // announcements may have been missed: nothing kept before the lapse is served after it
        }
        return false;
    }

    private static final class Group {
        final long epoch = EPOCHS.incrementAndGet();
        final Map<String, Entry> entries = new ConcurrentHashMap<>();
    }

    private record Entry(long generation, Map<String, Object> value, long expiresAt) {
    }
}
