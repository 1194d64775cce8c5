package com.axolop.crm.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.domain.shared.WorkspaceId;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Cache} must do; extended once for the fake and once for Redis. */
public abstract class CacheContract {
    protected Cache cache;
    protected WorkspaceId workspace;

    protected abstract Cache createCache();

    @BeforeEach
    void setUpContract() {
        cache = createCache();
        workspace = new WorkspaceId("ws-" + UUID.randomUUID());
    }

    @Test
    void missesUntilAValueIsPutThenReturnsAnEqualValue() {
        var value = new LinkedHashMap<String, Object>();
        value.put("id", "0190a1b2-0000-7000-8000-000000000001");
        value.put("value", new BigDecimal("1200.50"));
        value.put("version", 3);
        value.put("tags", List.of("hot", "vip"));
        value.put("email", null);
        value.put("active", true);
        value.put("nested", Map.of("tier", "gold"));
        String key = key("lead:1");

        Cache.Lookup miss = cache.get(counter(), key, CacheRegion.LEADS);
        cache.put(key, miss.generation(), value, CacheRegion.LEADS);

        assertThat(miss.generation()).isZero();
        assertThat(miss.value()).isEmpty();
        assertThat(cache.get(counter(), key, CacheRegion.LEADS).value()).contains(value);
    }

    @Test
    void anAmountKeepsItsScale() {
        cache.put(key("lead:1"), 0, Map.of("value", new BigDecimal("10.00")), CacheRegion.LEADS);

        Object value = cache.get(counter(), key("lead:1"), CacheRegion.LEADS).value().orElseThrow().get("value");
        assertThat(value).isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void anEntryStampedBeforeTheCounterAdvancedIsAMiss() {
        cache.put(key("lead:1"), 0, entry("old"), CacheRegion.LEADS);

        cache.advance(counter());
        cache.advance(counter());

        Cache.Lookup lookup = cache.get(counter(), key("lead:1"), CacheRegion.LEADS);
        assertThat(lookup.generation()).isEqualTo(2);
        assertThat(lookup.value()).isEmpty();
    }

    @Test
    void clearRemovesOnlyTheWorkspacesEntriesThatMatch() {
        cache.put(key("lead:1"), 0, entry("a"), CacheRegion.LEADS);
        cache.put(key("lead:2"), 0, entry("b"), CacheRegion.LEADS);
        cache.put(key("dashboard:x"), 0, entry("c"), CacheRegion.DASHBOARD);
        String otherKey = "crm:other-" + UUID.randomUUID() + ":lead:1";
        cache.put(otherKey, 0, entry("d"), CacheRegion.LEADS);

        assertThat(cache.clear(workspace, "lead:*")).isEqualTo(2);

        assertThat(read(key("lead:1"))).isEmpty();
        assertThat(read(key("dashboard:x"))).contains(entry("c"));
        assertThat(read(otherKey)).contains(entry("d"));
        assertThat(cache.clear(workspace, "dashboard:*")).isEqualTo(1);
    }

    protected static Map<String, Object> entry(String name) {
        return Map.of("name", name);
    }

    protected Optional<Map<String, Object>> read(String key) {
        return cache.get(counter(), key, CacheRegion.LEADS).value();
    }

    protected String counter() {
        return key("leads:generation");
    }

    protected String key(String rest) {
        return "crm:" + workspace + ":" + rest;
    }
}
