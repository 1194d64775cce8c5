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
import com.axolop.crm.application.idempotency.IdempotencyKeysContract;
import com.axolop.crm.application.idempotency.IdempotentRequest;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The key store against a real PostgreSQL: the contract, and concurrent duplicates waiting on a key. */
class PostgresIdempotencyKeysTest extends IdempotencyKeysContract {
    private final PostgresTransactionRunner db = new PostgresTransactionRunner(TestDatabase.get().dataSource());
    private final PostgresIdempotencyKeys keys = new PostgresIdempotencyKeys(db);
    private final Actor actor = TestActors.member("ws-" + UUID.randomUUID());
    private final IdempotentRequest request = IdempotentRequest.of(actor, new IdempotencyKey("key-1"), "POST",
            "/api/v1/leads", bytes("{\"name\":\"Acme\"}"));

    @Override
    protected Store createStore() {
        return new Store(keys, db);
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
            Future<Outcome> duplicate = pool.submit(() -> runOnce.run(request,
                    () -> new StoredReply(201, Map.of(), bytes("{}"))));
            Thread.sleep(200); // let the duplicate reach the key and wait on it
            assertThat(duplicate).isNotDone();

            release.countDown();

            assertThat(duplicate.get(10, TimeUnit.SECONDS).replayed()).isFalse();
            assertThatThrownBy(holder::get).hasRootCauseMessage("the write failed");
        }
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
