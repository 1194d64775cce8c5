package com.axolop.crm.adapter.postgres.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.adapter.postgres.contact.PostgresContactRepository;
import com.axolop.crm.adapter.postgres.lead.PostgresLeadRepository;
import com.axolop.crm.adapter.postgres.opportunity.PostgresOpportunityRepository;
import com.axolop.crm.adapter.postgres.outbox.PostgresEventOutbox;
import com.axolop.crm.adapter.postgres.shared.PostgresExistingRecords;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.contact.ContactService;
import com.axolop.crm.application.idempotency.IdempotencyKey;
import com.axolop.crm.application.idempotency.IdempotentRequest;
import com.axolop.crm.application.idempotency.KeptReply;
import com.axolop.crm.application.idempotency.Outcome;
import com.axolop.crm.application.idempotency.RunOnceService;
import com.axolop.crm.application.idempotency.StoredReply;
import com.axolop.crm.application.lead.LeadService;
import com.axolop.crm.application.lead.TestLeads;
import com.axolop.crm.application.opportunity.OpportunityService;
import com.axolop.crm.application.port.Cache;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.TestActors;
import com.axolop.crm.domain.lead.Lead;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The key store against a real PostgreSQL: claim, keep, replay, conflict, expiry, concurrent duplicates. */
class PostgresIdempotencyKeysTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final PostgresTransactionRunner db = new PostgresTransactionRunner(TestDatabase.get().dataSource());
    private final PostgresIdempotencyKeys keys = new PostgresIdempotencyKeys(db);
    private final Actor actor = TestActors.member("ws-" + UUID.randomUUID());
    private final IdempotentRequest request = request("{\"name\":\"Acme\"}");
    private final StoredReply reply = new StoredReply(201,
            Map.of("Location", "/api/v1/leads/1", "ETag", "\"1\""), bytes("{\"data\":{\"id\":1}}"));

    @Test
    void aFreeKeyIsTakenAndThenHoldsTheKeptReply() {
        Optional<KeptReply> first = db.inTransaction(() -> {
            Optional<KeptReply> claimed = keys.claim(request, NOW, NOW.plusSeconds(60));
            keys.keep(request, reply);
            return claimed;
        });

        KeptReply kept = db.inTransaction(() -> keys.claim(request, NOW, NOW.plusSeconds(60))).orElseThrow();

        assertThat(first).isEmpty();
        assertThat(kept.fingerprint()).isEqualTo(request.fingerprint());
        assertThat(kept.reply().status()).isEqualTo(201);
        assertThat(kept.reply().headers()).isEqualTo(reply.headers());
        assertThat(kept.reply().body()).isEqualTo(reply.body());
    }

    @Test
    void anotherRequestUnderTheKeyFindsTheFirstRequestsFingerprint() {
        db.inTransaction(() -> claimAndKeep(request, NOW.plusSeconds(60)));

        KeptReply kept = db.inTransaction(() -> keys.claim(request("{\"name\":\"Other\"}"), NOW, NOW.plusSeconds(60)))
                .orElseThrow();

        assertThat(kept.fingerprint()).isEqualTo(request.fingerprint());
    }

    @Test
    void aRolledBackClaimLeavesTheKeyFree() {
        assertThatThrownBy(() -> db.inTransaction(() -> {
            keys.claim(request, NOW, NOW.plusSeconds(60));
            throw new IllegalStateException("the write failed");
        })).hasMessage("the write failed");

        assertThat(db.inTransaction(() -> keys.claim(request, NOW, NOW.plusSeconds(60)))).isEmpty();
    }

    @Test
    void anExpiredKeyIsTakenOverByTheNextClaim() {
        db.inTransaction(() -> claimAndKeep(request, NOW.plusSeconds(1)));
        IdempotentRequest other = request("{\"name\":\"Other\"}");

        Optional<KeptReply> later = db.inTransaction(() -> keys.claim(other, NOW.plusSeconds(1), NOW.plusSeconds(61)));
        db.inTransaction(() -> {
            keys.keep(other, reply);
            return null;
        });

        assertThat(later).isEmpty();
        assertThat(db.inTransaction(() -> keys.claim(other, NOW.plusSeconds(2), NOW.plusSeconds(62))))
                .hasValueSatisfying(kept -> assertThat(kept.fingerprint()).isEqualTo(other.fingerprint()));
    }

    @Test
    void deletingExpiredKeysLeavesTheLiveOnes() {
        IdempotentRequest live = new IdempotentRequest(request.scope(), new IdempotencyKey("live"), "f");
        db.inTransaction(() -> claimAndKeep(request, NOW.plusSeconds(1)));
        db.inTransaction(() -> claimAndKeep(live, NOW.plusSeconds(3)));

        int deleted = keys.deleteExpired(NOW.plusSeconds(2));

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(rowsOfScope()).containsExactly("live");
    }

    @Test
    void concurrentDuplicatesWriteOnceAndAllGetTheFirstReply() throws Exception {
        var writes = new RecordWritePorts(new PostgresEventOutbox(db), db, new PostgresExistingRecords(db),
                Clock.systemUTC());
        var leads = new LeadService(new PostgresLeadRepository(db), writes, Cache.disabled(),
                new ContactService(new PostgresContactRepository(db), writes),
                new OpportunityService(new PostgresOpportunityRepository(db), writes));
        var runOnce = new RunOnceService(keys, db, Clock.systemUTC(), Duration.ofHours(24));
        int clients = 6;
        var start = new CyclicBarrier(clients);
        List<Future<Outcome>> outcomes = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int i = 0; i < clients; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return runOnce.run(request, () -> {
                        Lead lead = leads.create(actor, TestLeads.details("Acme"));
                        return new StoredReply(201, Map.of(), bytes(lead.id().toString()));
                    });
                }));
            }
            List<Outcome> answers = new ArrayList<>();
            for (Future<Outcome> outcome : outcomes) {
                answers.add(outcome.get(30, TimeUnit.SECONDS));
            }

            assertThat(answers).filteredOn(outcome -> !outcome.replayed()).hasSize(1);
            assertThat(answers).extracting(outcome -> new String(outcome.reply().body(), StandardCharsets.UTF_8))
                    .containsOnly(ofWorkspace("select id::text from leads where workspace_id = ?").getFirst());
            assertThat(ofWorkspace("select event_type from outbox_events where workspace_id = ?")).hasSize(1);
        }
    }

    @Test
    void aDuplicateWaitingOnAKeyTakesItWhenTheHolderRollsBack() throws Exception {
        var runOnce = new RunOnceService(keys, db, Clock.systemUTC(), Duration.ofHours(24));
        var claimed = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> holder = pool.submit(() -> runOnce.run(request, () -> {
                claimed.countDown();
                await(release);
                throw new IllegalStateException("the write failed");
            }));
            claimed.await();
            Future<Outcome> duplicate = pool.submit(() -> runOnce.run(request, () -> reply));
            Thread.sleep(200); // let the duplicate reach the key and wait on it
            assertThat(duplicate).isNotDone();

            release.countDown();

            assertThat(duplicate.get(10, TimeUnit.SECONDS).replayed()).isFalse();
            assertThatThrownBy(holder::get).hasRootCauseMessage("the write failed");
        }
    }

    private Object claimAndKeep(IdempotentRequest claim, Instant expiresAt) {
        assertThat(keys.claim(claim, NOW, expiresAt)).isEmpty();
        keys.keep(claim, reply);
        return null;
    }

    private IdempotentRequest request(String body) {
        return IdempotentRequest.of(actor, new IdempotencyKey("key-1"), "POST", "/api/v1/leads", bytes(body));
    }

    private List<String> rowsOfScope() {
        return query("select key from idempotency_keys where scope = ?", request.scope());
    }

    private List<String> ofWorkspace(String sql) {
        return query(sql, actor.workspace().value());
    }

    private List<String> query(String sql, String parameter) {
        try (Connection connection = TestDatabase.get().dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
