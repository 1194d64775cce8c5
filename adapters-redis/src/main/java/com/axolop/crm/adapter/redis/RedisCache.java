package com.axolop.crm.adapter.redis;

import com.axolop.crm.application.port.Cache;
import com.axolop.crm.application.port.CacheRegion;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.redisson.api.RScript;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.api.listener.BaseStatusListener;
import org.redisson.api.options.KeysScanOptions;
import org.redisson.client.codec.StringCodec;

/**
 * Cache entries as JSON text with a time to live per region. Values are JSON-shaped maps (a record's published
 * fields); decimals come back as BigDecimal, so an amount keeps its scale. Fails open, but never stale: an advance
 * that cannot reach Redis (down, stalled, or skipped in the cool-down) is owed, and while any advance is owed the
 * cache serves nothing; the owed advances are made by the next lookup that reaches Redis, and by a background
 * retry every {@value #SETTLE_EVERY_MS} ms, before the cache serves anything again. Entries read are also kept in
 * this instance's {@link NearCache}; an advance is announced on {@value #CHANNEL} in the same script that makes it,
 * so the other instances drop their copies.
 */
public class RedisCache implements Cache {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addModule(new SimpleModule().addSerializer(CustomFields.class, new CustomFieldsSerializer()))
            .build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final int SCAN_CHUNK = 500;
    private static final String STAMP_SEPARATOR = "|";
    private static final String GENERATION_SUFFIX = ":generation";
    private static final long SETTLE_EVERY_MS = 100;
    private static final String CHANNEL = "crm:cache:advances";
    private static final String CLEARED = "*";
    private static final String HEARTBEAT = "~";
    private static final LuaScript ADVANCE_AND_ANNOUNCE = new LuaScript("""
            local generation = redis.call('INCR', KEYS[1])
            redis.call('PUBLISH', ARGV[1], KEYS[1])
            return generation""", RScript.ReturnType.LONG);

    private final RedisAvailability availability;
    private final RedissonClient redis;
    private final Map<CacheRegion, Duration> ttls;
    private final Map<CacheRegion, Counter> hits = new EnumMap<>(CacheRegion.class);
    private final Map<CacheRegion, Counter> misses = new EnumMap<>(CacheRegion.class);
    private final Map<CacheRegion, Counter> errors = new EnumMap<>(CacheRegion.class);
    // Counter key -> a token, new (never reused) each time an advance of it fails; the debt is cleared only if its
    // token did not change during an advance made after reading it, so a newer failure is never settled by an
    // advance that may have run before the newer write committed.
    private final Map<String, Long> owed = new ConcurrentHashMap<>();
    private final AtomicLong tokens = new AtomicLong();
    private final AtomicBoolean settling = new AtomicBoolean();
    private final NearCache near;
    private final SharedAdvances shared = new SharedAdvances();
    private final String heartbeat = HEARTBEAT + UUID.randomUUID() + ":";

    public RedisCache(RedisAvailability availability, Map<CacheRegion, Duration> ttls, NearCache.Settings near,
                      MeterRegistry meters) {
        this.availability = availability;
        this.redis = availability.redis();
        this.ttls = new EnumMap<>(ttls);
        this.near = new NearCache(near);
        for (CacheRegion region : CacheRegion.values()) {
            Counter hit = counter(meters, region, "hit");
            Counter miss = counter(meters, region, "miss");
            hits.put(region, hit);
            misses.put(region, miss);
            errors.put(region, counter(meters, region, "error"));
            meters.getOrCreate(Gauge.builder("crm_cache_hit_ratio", () -> ratio(hit.count(), miss.count()))
                    .tags(List.of(Tag.create("cache", region.metricName()))));
        }
        meters.getOrCreate(Gauge.builder("crm_cache_owed_invalidations", () -> (double) owed.size())
                .description("Cache generations a write could not advance yet; the cache serves nothing meanwhile"));
        if (this.near.enabled()) {
            meters.getOrCreate(Gauge.builder("crm_cache_near_entries", () -> (double) this.near.size())
                    .description("Entries this instance keeps of what it read from Redis"));
            Thread.ofVirtual().name("cache-heartbeat").start(this::listenAndBeat);
        }
    }

    /** One MGET reads the counter and the entry, stored as "generation|json". */
    @Override
    public Lookup get(String counterKey, String key, CacheRegion region) {
        if (!settle(false)) {
            errors.get(region).increment();
            return Lookup.unavailable();
        }
        if (near.enabled()) {
            Optional<Lookup> kept = near.get(counterKey, key);
            if (kept.isPresent()) {
                hits.get(region).increment();
                return kept.get();
            }
        }
        long epoch = near.epoch(counterKey);
        var failed = new boolean[1];
        Lookup lookup = availability.call(() -> {
            Map<String, String> found = redis.getBuckets().get(counterKey, key);
            long generation = found.containsKey(counterKey) ? Long.parseLong(found.get(counterKey)) : 0;
            return new Lookup(generation, stampedWith(generation, found.get(key)).flatMap(RedisCache::read));
        }, Lookup::unavailable, () -> failed[0] = true);
        (failed[0] ? errors : lookup.value().isPresent() ? hits : misses).get(region).increment();
        lookup.value().ifPresent(value ->
                near.keep(counterKey, epoch, key, lookup.generation(), value, ttls.get(region)));
        return lookup;
    }

    @Override
    public void put(String key, long generation, Map<String, Object> value, CacheRegion region) {
        String stamped = generation + STAMP_SEPARATOR + write(value);
        availability.call(() -> {
            redis.<String>getBucket(key).set(stamped, ttls.get(region));
            return null;
        }, () -> null, errors.get(region)::increment);
    }

    // The copy is dropped after the increment: a read that began before it is not kept, one that begins after it
    // finds the new generation.
    @Override
    public void advance(String counterKey) {
        if (!increment(counterKey, false)) {
            owed.put(counterKey, tokens.incrementAndGet());
            if (settling.compareAndSet(false, true)) {
                Thread.ofVirtual().name("cache-owed-advances").start(this::settleInBackground);
            }
        }
        near.invalidate(counterKey);
    }

    /** Makes the owed advances; true when none is owed any more. */
    private boolean settle(boolean background) {
        for (Map.Entry<String, Long> debt : owed.entrySet()) {
            if (!increment(debt.getKey(), background)) {
                return false;
            }
            owed.remove(debt.getKey(), debt.getValue());
        }
        return owed.isEmpty();
    }

    // On the request path the cool-down applies, so a stalled Redis costs requests nothing; the background waits.
    private boolean increment(String counterKey, boolean background) {
        Supplier<Boolean> increment = () -> advanceAndAnnounce(counterKey) > 0;
        return background ? availability.callNow(increment, () -> false, () -> { })
                : shared.advance(counterKey, () -> availability.call(increment, () -> false));
    }

    private void settleInBackground() {
        do {
            while (!owed.isEmpty() && !redis.isShutdown()) {
                try {
                    Thread.sleep(SETTLE_EVERY_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    settling.set(false);
                    return;
                }
                settle(true);
            }
            settling.set(false);
        } while (!owed.isEmpty() && !redis.isShutdown() && settling.compareAndSet(false, true));
    }

    private long advanceAndAnnounce(String counterKey) {
        return ADVANCE_AND_ANNOUNCE.run(redis, counterKey, CHANNEL);
    }

    /** Subscribes to the announcements, then sends this instance's heartbeat until Redisson shuts down. */
    private void listenAndBeat() {
        RTopic topic = redis.getTopic(CHANNEL, StringCodec.INSTANCE);
        boolean subscribed = false;
        int beats = 0;
        while (!redis.isShutdown()) {
            try {
                if (!subscribed) {
                    topic.addListener(new BaseStatusListener() {
                        @Override
                        public void onSubscribe(String channel) {
                            near.clear(); // announcements sent while unsubscribed were missed
                        }
                    });
                    topic.addListener(String.class, (channel, message) -> announced(message));
                    subscribed = true;
                }
                topic.publish(heartbeat + System.nanoTime());
            } catch (RuntimeException e) {
                // Redis is unavailable: the heartbeat lapses and the copy is not served until it comes back
            }
            if (++beats % 40 == 0) {
                near.sweep();
            }
            try {
                Thread.sleep(near.heartbeatEvery());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void announced(String message) {
        if (message.startsWith(heartbeat)) {
            near.heard(Long.parseLong(message.substring(heartbeat.length())));
        } else if (message.equals(CLEARED)) {
            near.clear();
        } else if (!message.startsWith(HEARTBEAT)) {
            near.invalidate(message);
        }
    }

    /**
     * Deletes with SCAN (never KEYS, which blocks Redis), in chunks. Generation counters are advanced, never
     * deleted: a counter starting again from 0 would one day match the stamp of an entry it once made stale.
     */
    @Override
    public long clear(WorkspaceId workspace, String pattern) {
        String match = "crm:" + workspace + ":" + (pattern == null ? "*" : pattern);
        return availability.call(() -> {
            List<String> keys = new ArrayList<>();
            redis.getKeys().getKeys(KeysScanOptions.defaults().pattern(match).chunkSize(SCAN_CHUNK)).forEach(key -> {
                if (key.endsWith(GENERATION_SUFFIX)) {
                    advanceAndAnnounce(key);
                } else {
                    keys.add(key);
                }
            });
            long deleted = 0;
            for (int from = 0; from < keys.size(); from += SCAN_CHUNK) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + SCAN_CHUNK));
                deleted += redis.getKeys().delete(chunk.toArray(String[]::new));
            }
            near.clear();
            redis.getTopic(CHANNEL, StringCodec.INSTANCE).publish(CLEARED);
            return deleted;
        }, () -> 0L);
    }

    private static Counter counter(MeterRegistry meters, CacheRegion region, String result) {
        return meters.getOrCreate(Counter.builder("crm_cache_requests")
                .description("Cache lookups by cache and result")
                .tags(List.of(Tag.create("cache", region.metricName()), Tag.create("result", result))));
    }

    private static double ratio(long hit, long miss) {
        return hit + miss == 0 ? 0 : (double) hit / (hit + miss);
    }

    private static Optional<String> stampedWith(long generation, String entry) {
        if (entry == null) {
            return Optional.empty();
        }
        int separator = entry.indexOf(STAMP_SEPARATOR);
        return separator > 0 && entry.substring(0, separator).equals(Long.toString(generation))
                ? Optional.of(entry.substring(separator + 1)) : Optional.empty();
    }

    // An unreadable entry is a miss, not a Redis failure.
    private static Optional<Map<String, Object>> read(String json) {
        try {
            return Optional.of(JSON.readValue(json, MAP));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String write(Map<String, Object> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not cacheable", e);
        }
    }

    /** Custom fields are kept as the JSON object they are, not as a wrapper of their text. */
    private static final class CustomFieldsSerializer extends StdSerializer<CustomFields> {
        CustomFieldsSerializer() {
            super(CustomFields.class);
        }

        @Override
        public void serialize(CustomFields value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeRawValue(value.json());
        }
    }
}
