package com.axolop.crm.application.me;

import com.axolop.crm.application.shared.Actor;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * How the caller authenticated: the actor, and either the token's email (null without one) and expiry, or the
 * API key it presented.
 */
public record Identity(Actor actor, String email, Instant tokenExpiresAt, UUID apiKeyId) {
    public Identity {
        Objects.requireNonNull(actor, "actor");
    }

    public static Identity token(Actor actor, String email, Instant expiresAt) {
        return new Identity(actor, email, Objects.requireNonNull(expiresAt, "expiresAt"), null);
    }

    public static Identity apiKey(Actor actor, UUID keyId) {
        return new Identity(actor, null, null, Objects.requireNonNull(keyId, "keyId"));
    }
}
