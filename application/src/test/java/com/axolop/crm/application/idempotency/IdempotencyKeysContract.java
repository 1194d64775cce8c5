package com.axolop.crm.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.port.TransactionRunner;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyKeys} must do; extended once for the fake and once for PostgreSQL. */
public abstract class IdempotencyKeysContract {
    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");
    // Before any other test's expiry: a store shared with other tests then deletes this test's keys alone.
    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");
    private static final StoredReply REPLY = new StoredReply(201,
            Map.of("Location", "/api/v1/leads/1", "ETag", "\"1\""), bytes("{\"data\":{\"id\":1}}"));

    private IdempotencyKeys keys;
    private TransactionRunner transactions;
    private String scope;

    /** The keys under test, and the transactions their {@code claim} and {@code keep} run in. */
    public record Store(IdempotencyKeys keys, TransactionRunner transactions) {
    }

    protected abstract Store createStore();

    @BeforeEach
    void setUpContract() {
        Store store = createStore();
        keys = store.keys();
        transactions = store.transactions();
        scope = "workspace:ws-" + UUID.randomUUID() + ":user:u1";
    }

    @Test
    void aFreeKeyIsTakenAndThenHoldsTheKeptReply() {
        IdempotentRequest request = request("key-1", "A");

        Optional<KeptReply> first = inTransaction(() -> claimAndKeep(request, T0, T0.plusSeconds(60)));
        KeptReply kept = inTransaction(() -> keys.claim(request, T0, T0.plusSeconds(60))).orElseThrow();

        assertThat(first).isEmpty();
        assertThat(kept.fingerprint()).isEqualTo(request.fingerprint());
        assertThat(kept.reply().status()).isEqualTo(201);
        assertThat(kept.reply().headers()).isEqualTo(REPLY.headers());
        assertThat(kept.reply().body()).isEqualTo(REPLY.body());
    }

    @Test
    void anotherRequestUnderTheKeyFindsTheFirstRequestsFingerprint() {
        IdempotentRequest request = request("key-1", "A");
        inTransaction(() -> claimAndKeep(request, T0, T0.plusSeconds(60)));

        KeptReply kept = inTransaction(() -> keys.claim(request("key-1", "B"), T0, T0.plusSeconds(60)))
                .orElseThrow();

        assertThat(kept.fingerprint()).isEqualTo(request.fingerprint());
    }

    @Test
    void theSameKeyInAnotherScopeIsFree() {
        inTransaction(() -> claimAndKeep(request("key-1", "A"), T0, T0.plusSeconds(60)));
        IdempotentRequest elsewhere = new IdempotentRequest(scope + ":other", new IdempotencyKey("key-1"), "A");

        assertThat(inTransaction(() -> keys.claim(elsewhere, T0, T0.plusSeconds(60)))).isEmpty();
    }

    @Test
    void aRolledBackClaimLeavesTheKeyFree() {
        IdempotentRequest request = request("key-1", "A");

        assertThatThrownBy(() -> inTransaction(() -> {
            keys.claim(request, T0, T0.plusSeconds(60));
            throw new IllegalStateException("the write failed");
        })).hasMessage("the write failed");

        assertThat(inTransaction(() -> keys.claim(request, T0, T0.plusSeconds(60)))).isEmpty();
    }

    @Test
    void aKeyHoldsItsReplyUntilJustBeforeItExpires() {
        IdempotentRequest request = request("key-1", "A");
        inTransaction(() -> claimAndKeep(request, T0, T0.plusSeconds(1)));

        Instant lastMoment = T0.plusSeconds(1).minusNanos(1_000); // stores may keep microseconds only
        assertThat(inTransaction(() -> keys.claim(request, lastMoment, lastMoment.plusSeconds(60)))).isPresent();
    }

    @Test
    void anExpiredKeyIsTakenOverByTheNextClaim() {
        inTransaction(() -> claimAndKeep(request("key-1", "A"), T0, T0.plusSeconds(1)));
        IdempotentRequest other = request("key-1", "B");

        Optional<KeptReply> later = inTransaction(() -> claimAndKeep(other, T0.plusSeconds(1), T0.plusSeconds(61)));

        assertThat(later).isEmpty();
        assertThat(inTransaction(() -> keys.claim(other, T0.plusSeconds(2), T0.plusSeconds(62))))
                .hasValueSatisfying(kept -> assertThat(kept.fingerprint()).isEqualTo(other.fingerprint()));
    }

    @Test
    void deletingExpiredKeysCountsThemAndLeavesTheLiveOnes() {
        IdempotentRequest expired = request("expired", "A");
        IdempotentRequest live = request("live", "A");
        inTransaction(() -> claimAndKeep(expired, LONG_AGO, LONG_AGO.plusSeconds(1)));
        inTransaction(() -> claimAndKeep(live, LONG_AGO, LONG_AGO.plusSeconds(3)));

        int deleted = keys.deleteExpired(LONG_AGO.plusSeconds(2));

        assertThat(deleted).isEqualTo(1);
        // Claimed at a time it was still live, a deleted key is free all the same.
        assertThat(inTransaction(() -> keys.claim(expired, LONG_AGO, LONG_AGO.plusSeconds(1)))).isEmpty();
        assertThat(inTransaction(() -> keys.claim(live, LONG_AGO, LONG_AGO.plusSeconds(3)))).isPresent();
    }

    @Test
    void keepingAReplyUnderAKeyNeverClaimedFails() {
        assertThatThrownBy(() -> inTransaction(() -> {
            keys.keep(request("key-1", "A"), REPLY);
            return null;
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyCommittedWithoutAReplyCannotBeReplayed() {
        IdempotentRequest request = request("key-1", "A");
        inTransaction(() -> keys.claim(request, T0, T0.plusSeconds(60)));

        assertThatThrownBy(() -> inTransaction(() -> keys.claim(request, T0, T0.plusSeconds(60))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void claimingOrKeepingOutsideATransactionFails() {
        IdempotentRequest request = request("key-1", "A");

        assertThatThrownBy(() -> keys.claim(request, T0, T0.plusSeconds(60)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> keys.keep(request, REPLY)).isInstanceOf(IllegalStateException.class);
    }

    private Optional<KeptReply> claimAndKeep(IdempotentRequest request, Instant now, Instant expiresAt) {
        Optional<KeptReply> claimed = keys.claim(request, now, expiresAt);
        keys.keep(request, REPLY);
        return claimed;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    private IdempotentRequest request(String key, String fingerprint) {
        return new IdempotentRequest(scope, new IdempotencyKey(key), fingerprint);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
