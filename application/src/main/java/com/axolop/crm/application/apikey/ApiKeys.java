package com.axolop.crm.application.apikey;

import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored API keys: looked up by the SHA-256 of the key, never by the key itself. */
public interface ApiKeys {
    void add(ApiKey key, String hash);

    /** The workspace's keys, newest first, revoked ones included. */
    List<ApiKey> list(WorkspaceId workspace);

    Optional<ApiKey> find(WorkspaceId workspace, UUID id);

    Optional<ApiKey> findByHash(String hash);

    /** Marks the key revoked at {@code at} unless it already is; false when the workspace has no such key. */
    boolean revoke(WorkspaceId workspace, UUID id, Instant at);

    /** Records a use at {@code at}, unless one at or after {@code unlessSince} is recorded already. */
    void touch(UUID id, Instant at, Instant unlessSince);
}
