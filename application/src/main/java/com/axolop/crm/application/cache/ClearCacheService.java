package com.axolop.crm.application.cache;

import com.axolop.crm.application.port.Cache;
import com.axolop.crm.application.shared.Actor;
import java.util.Objects;

public class ClearCacheService implements ClearCacheUseCase {
    private final Cache cache;

    public ClearCacheService(Cache cache) {
        this.cache = Objects.requireNonNull(cache);
    }

    @Override
    public long clear(Actor actor, String pattern) {
        actor.requireAdmin();
        return cache.clear(actor.workspace(), pattern);
    }
}
