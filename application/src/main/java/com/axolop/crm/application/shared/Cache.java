package com.axolop.crm.application.shared;

import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Optional;

/**
 * A shared cache of values that can always be rebuilt from the database. Every method may fail open:
 * an unavailable cache answers misses and generation -1, and drops writes.
 */
public interface Cache {
    <T> Optional<T> get(String key, Class<T> type, CacheRegion region);

    void put(String key, Object value, CacheRegion region);

    /**
     * The current value of a generation counter; keys built with it go stale together when it advances.
     * -1 means the cache is unavailable and must not be used.
     */
    long generation(String counterKey);

    void advance(String counterKey);

    /** Removes the workspace's entries whose key matches {@code pattern} (glob; null for all); returns how many. */
    long clear(WorkspaceId workspace, String pattern);

    /** The cache of a deployment without one (CACHE_ENABLED=false): always a miss. */
    static Cache disabled() {
        return new Cache() {
            @Override
            public <T> Optional<T> get(String key, Class<T> type, CacheRegion region) {
                return Optional.empty();
            }

            @Override
            public void put(String key, Object value, CacheRegion region) {
                // nothing is kept
            }

            @Override
            public long generation(String counterKey) {
                return -1;
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
