package com.axolop.crm.adapter.postgres.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.adapter.postgres.contact.PostgresContactRepository;
import com.axolop.crm.adapter.postgres.opportunity.PostgresOpportunityRepository;
import com.axolop.crm.adapter.postgres.outbox.PostgresEventOutbox;
import com.axolop.crm.adapter.postgres.shared.PostgresExistingRecords;
import com.axolop.crm.adapter.postgres.shared.PostgresTransactionRunner;
import com.axolop.crm.adapter.postgres.shared.TestDatabase;
import com.axolop.crm.application.contact.ContactService;
import com.axolop.crm.application.lead.LeadService;
import com.axolop.crm.application.lead.TestLeads;
import com.axolop.crm.application.opportunity.OpportunityService;
import com.axolop.crm.application.port.Cache;
import com.axolop.crm.application.port.OutboxEvent;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.application.shared.TestActors;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.refusal.VersionMismatchException;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.Id;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The state change and its outbox rows commit together or not at all, against a real PostgreSQL. */
class LeadWritesAndOutboxTest {
    private final PostgresTransactionRunner db = new PostgresTransactionRunner(TestDatabase.get().dataSource());
    private final PostgresLeadRepository leads = new PostgresLeadRepository(db);
    private final PostgresEventOutbox outbox = new PostgresEventOutbox(db);
    private final Clock clock = Clock.systemUTC();
    private final Actor actor = TestActors.member("ws-" + UUID.randomUUID());
    private final RecordWritePorts writes = new RecordWritePorts(outbox, db, new PostgresExistingRecords(db), clock);
    private final LeadService service = new LeadService(leads, writes, Cache.disabled(),
            new ContactService(new PostgresContactRepository(db), writes),
            new OpportunityService(new PostgresOpportunityRepository(db), writes));

    @Test
    void committedCreateLeavesExactlyOneLeadCreatedRowWithTheLeadAsPayload() {
        Lead lead = service.create(actor, TestLeads.details("Acme"));

        assertThat(outboxRows()).containsExactly("lead.created " + lead.id());
        assertThat(payloadOfLast()).contains("\"name\":\"Acme\"", "\"custom_fields\":{\"tier\":\"gold\"}");
    }

    @Test
    void committedStatusChangeLeavesLeadUpdatedThenLeadStatusChanged() {
        Lead lead = service.create(actor, TestLeads.details("Acme"));

        service.update(actor, lead.id(), lead.details().withStatus(LeadStatus.QUALIFIED), ExpectedVersion.ANY);

        assertThat(outboxRows()).containsExactly("lead.created " + lead.id(), "lead.updated " + lead.id(),
                "lead.status_changed " + lead.id());
        assertThat(payloadOfLast()).contains("\"from\":\"NEW\"", "\"to\":\"QUALIFIED\"");
    }

    @Test
    void rolledBackWriteLeavesNeitherTheLeadNorAnOutboxRow() {
        Change<Lead> created = Lead.create(Id.newId(), actor.workspace(), TestLeads.details("Acme"),
                actor.user(), clock.instant());

        assertThatThrownBy(() -> db.inTransaction(() -> {
            leads.insert(created.record());
            outbox.append(List.of());
            throw new IllegalStateException("boom after the writes");
        })).hasMessage("boom after the writes");

        assertThat(leads.findById(actor.workspace(), created.record().id())).isEmpty();
        assertThat(outboxRows()).isEmpty();
    }

    @Test
    void failedOutboxAppendRollsBackTheLeadWrite() {
        Lead first = service.create(actor, TestLeads.details("Acme"));
        Change<Lead> second = Lead.create(Id.newId(), actor.workspace(), TestLeads.details("Globex"),
                actor.user(), clock.instant());
        UUID reusedEventId = UUID.fromString(eventIdOfLast());

        assertThatThrownBy(() -> db.inTransaction(() -> {
            leads.insert(second.record());
            outbox.append(List.of(new OutboxEvent(reusedEventId, "lead",
                    second.record().id().toString(), "lead.created", actor.workspace(), Map.of(),
                    clock.instant())));
            return null;
        })).isInstanceOf(RuntimeException.class);

        assertThat(leads.findById(actor.workspace(), second.record().id())).isEmpty();
        assertThat(outboxRows()).containsExactly("lead.created " + first.id());
    }

    @Test
    void rejectedUpdateLeavesNoOutboxRow() {
        Lead lead = service.create(actor, TestLeads.details("Acme"));

        assertThatThrownBy(() -> service.update(actor, lead.id(), TestLeads.details("Renamed"),
                ExpectedVersion.exactly(5)))
                .isInstanceOf(VersionMismatchException.class);

        assertThat(outboxRows()).containsExactly("lead.created " + lead.id());
    }

    @Test
    void committedDeleteLeavesLeadDeleted() {
        Lead lead = service.create(actor, TestLeads.details("Acme"));

        service.delete(actor, lead.id(), ExpectedVersion.exactly(1));

        assertThat(outboxRows()).containsExactly("lead.created " + lead.id(), "lead.deleted " + lead.id());
    }

    @Test
    void outboxRefusesAppendsOutsideATransaction() {
        assertThatThrownBy(() -> outbox.append(List.of())).isInstanceOf(IllegalStateException.class);
    }

    private List<String> outboxRows() {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select event_type, aggregate_id from outbox_events where workspace_id = ? order by seq")) {
                select.setString(1, actor.workspace().value());
                List<String> rows = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(result.getString(1) + " " + result.getString(2));
                    }
                }
                return rows;
            }
        });
    }

    private String payloadOfLast() {
        return lastColumn("payload::text");
    }

    private String eventIdOfLast() {
        return lastColumn("id::text");
    }

    private String lastColumn(String expression) {
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + expression
                    + " from outbox_events where workspace_id = ? order by seq desc limit 1")) {
                select.setString(1, actor.workspace().value());
                try (ResultSet result = select.executeQuery()) {
                    result.next();
                    return result.getString(1).replace(": ", ":").replace(", ", ",");
                }
            }
        });
    }
}
