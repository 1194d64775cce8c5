package com.axolop.crm.application.cache;

import com.axolop.crm.application.shared.Actor;

public interface ClearCacheUseCase {
    /** Removes the actor's workspace's cache entries matching {@code pattern} (all when null); admins only. */
    long clear(Actor actor, String pattern);
}
