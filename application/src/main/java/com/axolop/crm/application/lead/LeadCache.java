package com.axolop.crm.application.lead;

import com.axolop.crm.application.port.Cache;
import com.axolop.crm.application.port.CacheRegion;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Cache-aside for leads. Entries are stamped with the workspace's lead generation, read (with the entry,
 * in one round trip) before the database: a write advances it after commit, so neither a later read nor
 * a read that raced the write (and stored what it loaded under the old stamp) can serve the old version.
 */
final class LeadCache {
    private final Cache cache;

    LeadCache(Cache cache) {
        this.cache = cache;
    }

    Optional<Lead> lead(WorkspaceId workspace, LeadId id, Supplier<Optional<Lead>> load) {
        String key = "crm:" + workspace + ":lead:" + id;
        Cache.Lookup<Lead> cached = cache.get(generationKey(workspace), key, Lead.class, CacheRegion.LEADS);
        if (cached.value().isPresent()) {
            return cached.value();
        }
        Optional<Lead> loaded = load.get();
        if (cached.available()) {
            loaded.ifPresent(lead -> cache.put(key, cached.generation(), lead, CacheRegion.LEADS));
        }
        return loaded;
    }

    Page<Lead> page(WorkspaceId workspace, LeadQuery query, Supplier<Page<Lead>> load) {
        String key = "crm:" + workspace + ":leads:" + describe(query);
        Cache.Lookup<CachedPage> cached = cache.get(generationKey(workspace), key, CachedPage.class,
                CacheRegion.LEADS);
        if (cached.value().isPresent()) {
            return new Page<>(cached.value().get().items(), query.page(), cached.value().get().total());
        }
        Page<Lead> loaded = load.get();
        if (cached.available()) {
            cache.put(key, cached.generation(), new CachedPage(loaded.items(), loaded.total()), CacheRegion.LEADS);
        }
        return loaded;
    }

    /** After a committed write: every cached lead and page of the workspace goes stale. */
    void invalidate(WorkspaceId workspace) {
        cache.advance(generationKey(workspace));
    }

    static String generationKey(WorkspaceId workspace) {
        return "crm:" + workspace + ":leads:generation";
    }

    private static String describe(LeadQuery query) {
        LeadFilter filter = query.filter();
        DateRange created = filter.created();
        String sort = query.sort().byRelevance() ? "relevance" : query.sort().field().name();
        // The search text comes last and only when present: whatever it holds cannot pose as another field.
        return "status=" + filter.status() + ";type=" + filter.type() + ";from=" + created.from() + ";to="
                + created.to() + ";sort=" + sort + "," + query.sort().direction() + ";page="
                + query.page().page() + ";limit=" + query.page().limit()
                + (filter.search() == null ? "" : ";q=" + filter.search().value());
    }

    /** A cached list page: the page request comes from the query, so only items and total are stored. */
    public record CachedPage(List<Lead> items, long total) {
    }
}
