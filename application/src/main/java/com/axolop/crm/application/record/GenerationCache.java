package com.axolop.crm.application.record;

import com.axolop.crm.application.port.Cache;
import com.axolop.crm.application.port.CacheRegion;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Cache-aside for one record type, keeping the published shape it serves. Entries are stamped with the
 * workspace's generation of the type, read (with the entry, in one round trip) before the database: a write
 * advances it after commit, so neither a later read nor a read that raced the write (and stored what it loaded
 * under the old stamp) can serve the old version.
 */
public final class GenerationCache<F, S extends Enum<S>> implements RecordCache<F, S> {
    private final Cache cache;
    private final CacheRegion region;
    private final String name;

    /** {@code name} is the record type in keys: {@code crm:<workspace>:<name>:<id>}. */
    public GenerationCache(Cache cache, CacheRegion region, String name) {
        this.cache = cache;
        this.region = region;
        this.name = name;
    }

    @Override
    public Optional<RecordView> record(WorkspaceId workspace, Id<?> id, Supplier<Optional<RecordView>> load) {
        String key = "crm:" + workspace + ":" + name + ":" + id;
        Cache.Lookup cached = cache.get(generationKey(workspace), key, region);
        if (cached.value().isPresent()) {
            return cached.value().map(RecordView::of);
        }
        Optional<RecordView> loaded = load.get();
        if (cached.available()) {
            loaded.ifPresent(view -> cache.put(key, cached.generation(), view.fields(), region));
        }
        return loaded;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Page<Map<String, Object>> page(WorkspaceId workspace, ListQuery<F, S> query,
                                          Supplier<Page<Map<String, Object>>> load) {
        String key = "crm:" + workspace + ":" + name + "s:" + describe(query);
        Cache.Lookup cached = cache.get(generationKey(workspace), key, region);
        if (cached.value().isPresent()) {
            Map<String, Object> page = cached.value().get();
            return new Page<>((List<Map<String, Object>>) page.get("items"), query.page(),
                    ((Number) page.get("total")).longValue(), Boolean.TRUE.equals(page.get("totalIsLowerBound")));
        }
        Page<Map<String, Object>> loaded = load.get();
        if (cached.available()) {
            var page = new LinkedHashMap<String, Object>();
            page.put("items", loaded.items());
            page.put("total", loaded.total());
            page.put("totalIsLowerBound", loaded.totalIsLowerBound());
            cache.put(key, cached.generation(), page, region);
        }
        return loaded;
    }

    /** After a committed write: every cached record and page of the type in the workspace goes stale. */
    @Override
    public void invalidate(WorkspaceId workspace) {
        cache.advance(generationKey(workspace));
    }

    private String generationKey(WorkspaceId workspace) {
        return "crm:" + workspace + ":" + name + "s:generation";
    }

    // The filter comes last: a search text inside it cannot pose as the sort or the page.
    private static String describe(ListQuery<?, ?> query) {
        String sort = query.sort().byRelevance() ? "relevance" : query.sort().field().name();
        return "sort=" + sort + "," + query.sort().direction() + ";page=" + query.page().page() + ";limit="
                + query.page().limit() + ";after=" + query.after() + ";" + query.filter();
    }
}
