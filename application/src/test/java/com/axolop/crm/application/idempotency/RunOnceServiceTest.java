package com.axolop.crm.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.shared.MutableClock;
import com.axolop.crm.application.shared.TestActors;
import com.axolop.crm.domain.refusal.IdempotencyKeyReusedException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RunOnceServiceTest {
    private static final Duration TTL = Duration.ofHours(24);
    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));
    private final RunOnceUseCase runOnce = new RunOnceService(keys, keys.transactions(), clock, TTL);
    private final AtomicInteger runs = new AtomicInteger();
    private final IdempotencyKey key = new IdempotencyKey("order-1");

    @Test
    void theFirstRequestRunsAndGetsItsOwnReply() {
        Outcome outcome = runOnce.run(post("acme", "{\"name\":\"A\"}"), this::created);

        assertThat(outcome.replayed()).isFalse();
        assertThat(outcome.reply().status()).isEqualTo(201);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aRetryReplaysTheFirstReplyWithoutRunningAgain() {
        Outcome first = runOnce.run(post("acme", "{\"name\":\"A\"}"), this::created);

        Outcome retry = runOnce.run(post("acme", "{\"name\":\"A\"}"), this::created);

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.reply().status()).isEqualTo(201);
        assertThat(retry.reply().headers()).isEqualTo(first.reply().headers());
        assertThat(retry.reply().body()).isEqualTo(first.reply().body());
        assertThat(runs).hasValue(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWithoutRunning() {
        runOnce.run(post("acme", "{\"name\":\"A\"}"), this::created);

        assertThatThrownBy(() -> runOnce.run(post("acme", "{\"name\":\"B\"}"), this::created))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void theSameKeyOnAnotherEndpointIsRefused() {
        runOnce.run(post("acme", "{\"name\":\"A\"}"), this::created);
        var elsewhere = IdempotentRequest.of(TestActors.member("acme"), key, "POST", "/api/v1/contacts",
                bytes("{\"name\":\"A\"}"));

        assertThatThrownBy(() -> runOnce.run(elsewhere, this::created))
                .isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void anotherWorkspaceMayUseTheSameKey() {
        runOnce.run(post("acme", "{\"name\":\"A\"}"), this::created);

        Outcome theirs = runOnce.run(post("globex", "{\"name\":\"A\"}"), this::created);

        assertThat(theirs.replayed()).isFalse();
        assertThat(runs).hasValue(2);
    }

    @Test
    void anonymousKeysAreScopedToThePath() {
        var formA = IdempotentRequest.anonymous("/forms/a/submit", key, "POST", "/forms/a/submit", bytes("{}"));
        var formB = IdempotentRequest.anonymous("/forms/b/submit", key, "POST", "/forms/b/submit", bytes("{}"));
        runOnce.run(formA, this::created);

        assertThat(runOnce.run(formB, this::created).replayed()).isFalse();
        assertThat(runOnce.run(formA, this::created).replayed()).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void aFailedRequestKeepsNothingSoTheClientMayRetryUnderTheSameKey() {
        assertThatThrownBy(() -> runOnce.run(post("acme", "{\"name\":\"\"}"), () -> {
            throw new IllegalArgumentException("name must not be blank");
        })).isInstanceOf(IllegalArgumentException.class);

        Outcome retry = runOnce.run(post("acme", "{\"name\":\"A\"}"), this::created);

        assertThat(retry.replayed()).isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void anErrorReplyIsPassedOnButNotKept() {
        Outcome refused = runOnce.run(post("acme", "{\"name\":\"A\"}"),
                () -> new StoredReply(409, Map.of(), bytes("{\"status\":\"error\"}")));

        Outcome retry = runOnce.run(post("acme", "{\"name\":\"A\"}"), this::created);

        assertThat(refused.reply().status()).isEqualTo(409);
        assertThat(retry.replayed()).isFalse();
        assertThat(retry.reply().status()).isEqualTo(201);
    }

    @Test
    void aKeyPastItsTimeToLiveRunsAgain() {
        runOnce.run(post("acme", "{\"name\":\"A\"}"), this::created);
        clock.advance(TTL);

        Outcome later = runOnce.run(post("acme", "{\"name\":\"B\"}"), this::created);

        assertThat(later.replayed()).isFalse();
        assertThat(runs).hasValue(2);
    }

    @Test
    void forgettingExpiredKeysKeepsTheLiveOnes() {
        runOnce.run(post("acme", "{\"name\":\"A\"}"), this::created);
        clock.advance(Duration.ofHours(23));
        runOnce.run(post("globex", "{\"name\":\"A\"}"), this::created);
        clock.advance(Duration.ofHours(1));

        assertThat(runOnce.forgetExpired()).isEqualTo(1);
        assertThat(keys.size()).isEqualTo(1);
        assertThat(runOnce.run(post("globex", "{\"name\":\"A\"}"), this::created).replayed()).isTrue();
    }

    @Test
    void theFingerprintCoversMethodTargetAndBody() {
        var actor = TestActors.member("acme");
        String base = IdempotentRequest.of(actor, key, "POST", "/a", bytes("{}")).fingerprint();

        assertThat(IdempotentRequest.of(actor, key, "POST", "/a", bytes("{}")).fingerprint()).isEqualTo(base);
        assertThat(IdempotentRequest.of(actor, key, "PUT", "/a", bytes("{}")).fingerprint()).isNotEqualTo(base);
        assertThat(IdempotentRequest.of(actor, key, "POST", "/a?x=1", bytes("{}")).fingerprint()).isNotEqualTo(base);
        assertThat(IdempotentRequest.of(actor, key, "POST", "/a", bytes("{ }")).fingerprint()).isNotEqualTo(base);
        assertThat(base).matches("[0-9a-f]{64}");
    }

    @Test
    void aKeyIsOneTo255PrintableAsciiCharacters() {
        assertThat(new IdempotencyKey("a").value()).isEqualTo("a");
        assertThat(new IdempotencyKey("x".repeat(255)).value()).hasSize(255);
        assertThat(new IdempotencyKey(" ~!").value()).isEqualTo(" ~!");
        for (String bad : new String[] {"", "x".repeat(256), "tab\there", "caf\u00e9", "nul\u0000", "del\u007f"}) {
            assertThatThrownBy(() -> new IdempotencyKey(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("must be 1 to 255 printable ASCII characters");
        }
        assertThatThrownBy(() -> new IdempotencyKey(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private IdempotentRequest post(String workspace, String body) {
        return IdempotentRequest.of(TestActors.member(workspace), key, "POST", "/api/v1/leads", bytes(body));
    }

    private StoredReply created() {
        int n = runs.incrementAndGet();
        return new StoredReply(201, Map.of("Location", "/api/v1/leads/" + n, "ETag", "\"1\""),
                bytes("{\"data\":{\"n\":" + n + "}}"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
