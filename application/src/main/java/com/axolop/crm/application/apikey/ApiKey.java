package com.axolop.crm.application.apikey;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A workspace's API key as stored: everything but the key itself, of which only the hash and the {@code prefix}
 * are kept. A key acts as a user of its own ({@code api-key:<id>}) with its role, so what it writes names it and
 * its requests are limited apart from its creator's.
 */
public record ApiKey(UUID id, WorkspaceId workspace, String name, String prefix, Role role, UserId createdBy,
                     Instant createdAt, Instant lastUsedAt, Instant expiresAt, Instant revokedAt) {
    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Neither revoked nor expired at {@code now}. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public Actor actor() {
        return new Actor(workspace, new UserId("api-key:" + id), role);
    }

    public ApiKey usedAt(Instant when) {
        return new ApiKey(id, workspace, name, prefix, role, createdBy, createdAt, when, expiresAt, revokedAt);
    }
}
