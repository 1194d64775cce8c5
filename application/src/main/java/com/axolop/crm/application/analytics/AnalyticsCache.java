package com.axolop.crm.application.analytics;

import com.axolop.crm.application.port.Cache;
import com.axolop.crm.application.port.CacheRegion;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Cache-aside for reports, keyed by workspace, report and parameters, and stamped with one generation per
 * workspace that every lead, contact and opportunity change advances (see {@link AnalyticsProjection}), so a
 * report never outlives the records it counted by more than the event's trip through the stream.
 */
public final class AnalyticsCache {
    private final Cache cache;

    public AnalyticsCache(Cache cache) {
        this.cache = Objects.requireNonNull(cache);
    }

    public Map<String, Object> report(WorkspaceId workspace, String key, CacheRegion region,
                                      Supplier<Map<String, Object>> load) {
        String fullKey = "crm:" + workspace + ":analytics:" + key;
        Cache.Lookup cached = cache.get(generationKey(workspace), fullKey, region);
        if (cached.value().isPresent()) {
            return cached.value().get();
        }
        Map<String, Object> loaded = load.get();
        if (cached.available()) {
            cache.put(fullKey, cached.generation(), loaded, region);
        }
        return loaded;
    }

    public void invalidate(WorkspaceId workspace) {
        cache.advance(generationKey(workspace));
    }

    private static String generationKey(WorkspaceId workspace) {
        return "crm:" + workspace + ":analytics:generation";
    }
}
