package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.Cache;
import com.axolop.crm.application.shared.CacheRegion;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Cache-aside for leads. Every key carries the workspace's lead generation, read before the database:
 * a write advances it after commit, so neither a later read nor a read that raced the write (and
 * caches what it loaded under the old generation) can serve the old version.
 */
final class LeadCache {
    private final Cache cache;

    LeadCache(Cache cache) {
        this.cache = cache;
    }

    Optional<Lead> lead(WorkspaceId workspace, LeadId id, Supplier<Optional<Lead>> load) {
        long generation = cache.generation(generationKey(workspace));
        if (generation < 0) {
            return load.get();
        }
        String key = "crm:" + workspace + ":lead:" + id + ":g" + generation;
        Optional<Lead> cached = cache.get(key, Lead.class, CacheRegion.LEADS);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<Lead> loaded = load.get();
        loaded.ifPresent(lead -> cache.put(key, lead, CacheRegion.LEADS));
        return loaded;
    }

    Page<Lead> page(WorkspaceId workspace, LeadQuery query, Supplier<Page<Lead>> load) {
        long generation = cache.generation(generationKey(workspace));
        if (generation < 0) {
            return load.get();
        }
        String key = "crm:" + workspace + ":leads:g" + generation + ":" + describe(query);
        Optional<CachedPage> cached = cache.get(key, CachedPage.class, CacheRegion.LEADS);
        if (cached.isPresent()) {
            return new Page<>(cached.get().items(), query.page(), cached.get().total());
        }
        Page<Lead> loaded = load.get();
        cache.put(key, new CachedPage(loaded.items(), loaded.total()), CacheRegion.LEADS);
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
        return "status=" + filter.status() + ";type=" + filter.type() + ";from=" + created.from() + ";to="
                + created.to() + ";sort=" + query.sort().field() + "," + query.sort().direction() + ";page="
                + query.page().page() + ";limit=" + query.page().limit();
    }

    /** A cached list page: the page request comes from the query, so only items and total are stored. */
    public record CachedPage(List<Lead> items, long total) {
    }
}
