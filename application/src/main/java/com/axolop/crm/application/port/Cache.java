package com.axolop.crm.application.port;

import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Map;
import java.util.Optional;

/**
 * A shared cache of values that can always be rebuilt from the database. A value is JSON-shaped: maps, lists,
 * strings, numbers, booleans and null (such as a record's published fields), so the cache keeps its own
 * representation and never reflects on domain types. Entries are stamped with the generation of a counter;
 * advancing the counter makes every entry stamped before it stale at once. Every method may fail open: an
 * unavailable cache finds nothing and drops writes. An advance is never dropped, though: one that could not be made
 * must be made before the cache serves anything again, or a read after a write would see the old version.
 */
public interface Cache {
    /** The counter's current generation and, read in the same round trip, the entry if stamped with it. */
    Lookup get(String counterKey, String key, CacheRegion region);

    void put(String key, long generation, Map<String, Object> value, CacheRegion region);

    void advance(String counterKey);

    /** Removes the workspace's entries whose key matches {@code pattern} (glob; null for all); returns how many. */
    long clear(WorkspaceId workspace, String pattern);

    /** What a lookup found; generation -1 means the cache is unavailable and must not be written. */
    record Lookup(long generation, Optional<Map<String, Object>> value) {
        public static Lookup unavailable() {
            return new Lookup(-1, Optional.empty());
        }

        public boolean available() {
            return generation >= 0;
        }
    }

    /** The cache of a deployment without one (CACHE_ENABLED=false): always unavailable. */
    static Cache disabled() {
        return new Cache() {
            @Override
            public Lookup get(String counterKey, String key, CacheRegion region) {
                return Lookup.unavailable();
            }

            @Override
            public void put(String key, long generation, Map<String, Object> value, CacheRegion region) {
                // nothing is kept
            }

            @Override
            public void advance(String counterKey) {
                // nothing to invalidate
            }

            @Override
            public long clear(WorkspaceId workspace, String pattern) {
                return 0;
            }
        };
    }
}
