package com.axolop.crm.application.apikey;

import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Test fake of {@link ApiKeys}; held to {@link ApiKeysContract} like the real one. */
public class InMemoryApiKeys implements ApiKeys {
    private final Map<UUID, ApiKey> byId = new ConcurrentHashMap<>();
    private final Map<String, UUID> byHash = new ConcurrentHashMap<>();
    private int touches;

    @Override
    public void add(ApiKey key, String hash) {
        byId.put(key.id(), key);
        byHash.put(hash, key.id());
    }

    @Override
    public List<ApiKey> list(WorkspaceId workspace) {
        return byId.values().stream().filter(key -> key.workspace().equals(workspace))
                .sorted(Comparator.comparing(ApiKey::createdAt).thenComparing(ApiKey::id).reversed()).toList();
    }

    @Override
    public Optional<ApiKey> find(WorkspaceId workspace, UUID id) {
        return Optional.ofNullable(byId.get(id)).filter(key -> key.workspace().equals(workspace));
    }

    @Override
    public Optional<ApiKey> findByHash(String hash) {
        return Optional.ofNullable(byHash.get(hash)).map(byId::get);
    }

    @Override
    public boolean revoke(WorkspaceId workspace, UUID id, Instant at) {
        Optional<ApiKey> key = find(workspace, id);
        key.filter(found -> found.revokedAt() == null).ifPresent(found -> byId.put(id, new ApiKey(found.id(),
                found.workspace(), found.name(), found.prefix(), found.role(), found.createdBy(), found.createdAt(),
                found.lastUsedAt(), found.expiresAt(), at)));
        return key.isPresent();
    }

    @Override
    public synchronized void touch(UUID id, Instant at, Instant unlessSince) {
        ApiKey key = byId.get(id);
        if (key != null && (key.lastUsedAt() == null || key.lastUsedAt().isBefore(unlessSince))) {
            byId.put(id, key.usedAt(at));
            touches++;
        }
    }

    /** How many uses were written: tests check they are not written per request. */
    public synchronized int touches() {
        return touches;
    }
}
