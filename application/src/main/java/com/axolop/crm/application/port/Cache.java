package com.axolop.crm.application.port;

import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Optional;

/**
 * A shared cache of values that can always be rebuilt from the database. Entries are stamped with the
 * generation of a counter; advancing the counter makes every entry stamped before it stale at once.
 * Every method may fail open: an unavailable cache finds nothing and drops writes.
 */
public interface Cache {
    /** The counter's current generation and, read in the same round trip, the entry if stamped with it. */
    <T> Lookup<T> get(String counterKey, String key, Class<T> type, CacheRegion region);

    void put(String key, long generation, Object value, CacheRegion region);

    void advance(String counterKey);

    /** Removes the workspace's entries whose key matches {@code pattern} (glob; null for all); returns how many. */
    long clear(WorkspaceId workspace, String pattern);

    /** What a lookup found; generation -1 means the cache is unavailable and must not be written. */
    record Lookup<T>(long generation, Optional<T> value) {
        public static <T> Lookup<T> unavailable() {
            return new Lookup<>(-1, Optional.empty());
        }

        public boolean available() {
            return generation >= 0;
        }
    }

    /** The cache of a deployment without one (CACHE_ENABLED=false): always unavailable. */
    static Cache disabled() {
        return new Cache() {
            @Override
            public <T> Lookup<T> get(String counterKey, String key, Class<T> type, CacheRegion region) {
                return Lookup.unavailable();
            }

            @Override
            public void put(String key, long generation, Object value, CacheRegion region) {
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
