package com.axolop.crm.adapter.redis;

import com.axolop.crm.application.shared.Cache;
import com.axolop.crm.application.shared.CacheRegion;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redisson.api.RedissonClient;
import org.redisson.api.options.KeysScanOptions;

/**
 * Cache entries as JSON text with a time to live per region. Domain records round-trip through Jackson
 * and their constructors, so a cached value is as valid as a loaded one. Fails open.
 */
public class RedisCache implements Cache {
    // Instants as numeric timestamps: parsing ISO text was most of a cache hit's CPU.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private static final int SCAN_CHUNK = 500;

    private final RedisAvailability availability;
    private final RedissonClient redis;
    private final Map<CacheRegion, Duration> ttls;
    private final Map<CacheRegion, Counter> hits = new EnumMap<>(CacheRegion.class);
    private final Map<CacheRegion, Counter> misses = new EnumMap<>(CacheRegion.class);

    public RedisCache(RedisAvailability availability, Map<CacheRegion, Duration> ttls, MeterRegistry meters) {
        this.availability = availability;
        this.redis = availability.redis();
        this.ttls = new EnumMap<>(ttls);
        for (CacheRegion region : CacheRegion.values()) {
            Counter hit = counter(meters, region, "hit");
            Counter miss = counter(meters, region, "miss");
            hits.put(region, hit);
            misses.put(region, miss);
            meters.getOrCreate(Gauge.builder("crm_cache_hit_ratio", () -> ratio(hit.count(), miss.count()))
                    .tags(List.of(Tag.create("cache", region.metricName()))));
        }
    }

    @Override
    public <T> Optional<T> get(String key, Class<T> type, CacheRegion region) {
        Optional<T> value = availability.call(
                () -> Optional.ofNullable(redis.<String>getBucket(key).get()).flatMap(json -> read(json, type)),
                Optional::empty);
        (value.isPresent() ? hits : misses).get(region).increment();
        return value;
    }

    @Override
    public void put(String key, Object value, CacheRegion region) {
        String json = write(value);
        availability.call(() -> {
            redis.<String>getBucket(key).set(json, ttls.get(region));
            return null;
        }, () -> null);
    }

    @Override
    public long generation(String counterKey) {
        return availability.call(() -> redis.getAtomicLong(counterKey).get(), () -> -1L);
    }

    @Override
    public void advance(String counterKey) {
        availability.call(() -> redis.getAtomicLong(counterKey).incrementAndGet(), () -> -1L);
    }

    /** Deletes with SCAN (never KEYS, which blocks Redis), in chunks. */
    @Override
    public long clear(WorkspaceId workspace, String pattern) {
        String match = "crm:" + workspace + ":" + (pattern == null ? "*" : pattern);
        return availability.call(() -> {
            List<String> keys = new ArrayList<>();
            redis.getKeys().getKeys(KeysScanOptions.defaults().pattern(match).chunkSize(SCAN_CHUNK)).forEach(keys::add);
            long deleted = 0;
            for (int from = 0; from < keys.size(); from += SCAN_CHUNK) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + SCAN_CHUNK));
                deleted += redis.getKeys().delete(chunk.toArray(String[]::new));
            }
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

    // An entry written by an older version of a type is a miss, not a Redis failure.
    private static <T> Optional<T> read(String json, Class<T> type) {
        try {
            return Optional.of(JSON.readValue(json, type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not cacheable: " + value.getClass().getSimpleName(), e);
        }
    }
}
