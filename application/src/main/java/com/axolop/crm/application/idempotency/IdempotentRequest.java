package com.axolop.crm.application.idempotency;

import com.axolop.crm.application.shared.Actor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A write sent under an {@link IdempotencyKey}. The key is unique within its {@code scope} (the caller: a
 * user of a workspace, so another user's retry never replays a reply it had no right to); the {@code fingerprint} (SHA-256 of method, target and body) tells a retry of the same request
 * from another request that reuses the key, even on another endpoint: a key names one operation.
 */
public record IdempotentRequest(String scope, IdempotencyKey key, String fingerprint) {
    public IdempotentRequest {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** {@code target} is the path with its query, if any. */
    public static IdempotentRequest of(Actor actor, IdempotencyKey key, String method, String target, byte[] body) {
        return new IdempotentRequest("workspace:" + actor.workspace() + ":user:" + actor.user(), key,
                fingerprint(method, target, body));
    }

    /**
     * A request without a caller (a public form submission): no workspace is known, so keys are scoped to
     * the path; two strangers posting to the same form cannot collide with anyone else's keys.
     */
    public static IdempotentRequest anonymous(String path, IdempotencyKey key, String method, String target,
                                              byte[] body) {
        return new IdempotentRequest("path:" + path, key, fingerprint(method, target, body));
    }

    private static String fingerprint(String method, String target, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((method + " " + target + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
