package com.axolop.crm.application.apikey;

import com.axolop.crm.application.port.TransactionRunner;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.apikey.ApiKeySecret;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.shared.Uuids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates, lists and revokes keys, and tells who presents one. A key looked up is remembered on this instance for
 * at most {@link #REVOCATION_BOUND}, so a busy key costs one database read a second, and a key revoked on any
 * instance is refused everywhere within that bound (at once on the instance that revoked it). Its last use is
 * written at most once per {@link #LAST_USED_PRECISION}, not on every request.
 */
public class ApiKeyService implements ManageApiKeysUseCase, AuthenticateApiKeyUseCase {
    public static final Duration REVOCATION_BOUND = Duration.ofSeconds(1);
    public static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final int MAX_REMEMBERED = 10_000;

    private final ApiKeys keys;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

    public ApiKeyService(ApiKeys keys, TransactionRunner transactions, Clock clock) {
        this.keys = Objects.requireNonNull(keys);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public NewApiKey create(Actor actor, CreateApiKeyCommand command) {
        actor.requireAdmin();
        Instant now = clock.instant();
        if (command.expiresAt() != null && !command.expiresAt().isAfter(now)) {
            throw new InvalidFieldException("expires_at", "must be in the future");
        }
        ApiKeySecret secret = ApiKeySecret.generate();
        var key = new ApiKey(Uuids.v7(), actor.workspace(), command.name(), secret.visiblePrefix(), command.role(),
                actor.user(), now, null, command.expiresAt(), null);
        transactions.inTransaction(() -> {
            keys.add(key, secret.hash());
            return null;
        });
        return new NewApiKey(key, secret);
    }

    @Override
    public List<ApiKey> list(Actor actor) {
        actor.requireAdmin();
        return keys.list(actor.workspace());
    }

    @Override
    public void revoke(Actor actor, UUID id) {
        actor.requireAdmin();
        boolean found = transactions.inTransaction(() -> keys.revoke(actor.workspace(), id, clock.instant()));
        if (!found) {
            throw new NotFoundException("API key not found");
        }
        recent.values().removeIf(remembered -> remembered.key().id().equals(id));
    }

    @Override
    public Optional<ApiKey> authenticate(String presentedKey) {
        ApiKeySecret secret;
        try {
            secret = new ApiKeySecret(presentedKey);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = secret.hash();
        Remembered remembered = recent.get(hash);
        ApiKey key;
        if (remembered != null && now.isBefore(remembered.loadedAt().plus(REVOCATION_BOUND))) {
            key = remembered.key();
        } else {
            key = keys.findByHash(hash).orElse(null);
            if (key == null) {
                recent.remove(hash);
                return Optional.empty();
            }
            remember(hash, key, now);
        }
        if (!key.usableAt(now)) {
            return Optional.empty();
        }
        if (key.lastUsedAt() == null || !now.isBefore(key.lastUsedAt().plus(LAST_USED_PRECISION))) {
            keys.touch(key.id(), now, now.minus(LAST_USED_PRECISION));
            key = key.usedAt(now);
            recent.computeIfPresent(hash, (h, old) -> new Remembered(old.key().usedAt(now), old.loadedAt()));
        }
        return Optional.of(key);
    }

    private void remember(String hash, ApiKey key, Instant now) {
        if (recent.size() >= MAX_REMEMBERED) {
            recent.clear();
        }
        recent.put(hash, new Remembered(key, now));
    }

    private record Remembered(ApiKey key, Instant loadedAt) {
    }
}
