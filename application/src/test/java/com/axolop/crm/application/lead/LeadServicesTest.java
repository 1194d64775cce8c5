package com.axolop.crm.application.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.port.DirectTransactionRunner;
import com.axolop.crm.application.port.InMemoryCache;
import com.axolop.crm.application.port.InMemoryEventOutbox;
import com.axolop.crm.application.port.OutboxEvent;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.TestActors;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.refusal.ForbiddenException;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.refusal.VersionMismatchException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadServicesTest {
    private final InMemoryLeadRepository leads = new InMemoryLeadRepository();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final Clock clock = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
    private final DirectTransactionRunner tx = new DirectTransactionRunner();
    private final InMemoryCache cache = new InMemoryCache();
    private final LeadWritePorts ports = new LeadWritePorts(leads, outbox, tx, cache, clock);
    private final CreateLeadUseCase create = new CreateLeadService(ports);
    private final UpdateLeadUseCase update = new UpdateLeadService(ports);
    private final DeleteLeadUseCase delete = new DeleteLeadService(ports);
    private final GetLeadUseCase get = new GetLeadService(leads, cache);
    private final ListLeadsUseCase list = new ListLeadsService(leads, cache);
    private final Actor member = TestActors.member("acme");

    @Test
    void createsLeadAndAppendsLeadCreated() {
        Lead lead = create.create(member, new CreateLeadCommand(TestLeads.details("Acme Corp")));

        assertThat(get.get(member, lead.id())).isEqualTo(lead);
        assertThat(lead.version()).isEqualTo(1);
        assertThat(lead.createdBy()).isEqualTo(member.user());
        OutboxEvent event = outbox.events().getFirst();
        assertThat(outbox.types()).containsExactly("lead.created");
        assertThat(event.aggregateId()).isEqualTo(lead.id().toString());
        assertThat(lead(event)).containsEntry("name", "Acme Corp").containsEntry("workspace_id", "acme");
    }

    @Test
    void viewerCannotCreateALead() {
        assertThatThrownBy(() -> create.create(TestActors.viewer("acme"),
                new CreateLeadCommand(TestLeads.details("Acme")))).isInstanceOf(ForbiddenException.class);
        assertThat(outbox.events()).isEmpty();
    }

    @Test
    void updateAppendsLeadUpdatedWithTheChangedFieldsAndTheirPreviousValues() {
        Lead lead = create.create(member, new CreateLeadCommand(TestLeads.details("Acme")));
        var renamed = TestLeads.details("Acme Corp");

        Lead updated = update.update(member, new UpdateLeadCommand(lead.id(), renamed, ExpectedVersion.ANY));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(outbox.types()).containsExactly("lead.created", "lead.updated");
        OutboxEvent event = outbox.events().getLast();
        assertThat(event.payload()).containsEntry("changes", List.of("name"))
                .containsEntry("previous", Map.of("name", "Acme"));
    }

    @Test
    void statusChangeAlsoAppendsLeadStatusChanged() {
        Lead lead = create.create(member, new CreateLeadCommand(TestLeads.details("Acme")));

        update.update(member, new UpdateLeadCommand(lead.id(),
                lead.details().withStatus(LeadStatus.QUALIFIED), ExpectedVersion.ANY));

        assertThat(outbox.types()).containsExactly("lead.created", "lead.updated", "lead.status_changed");
        assertThat(outbox.events().getLast().payload()).containsEntry("from", "NEW").containsEntry("to", "QUALIFIED");
    }

    @Test
    void assigneeChangeAlsoAppendsLeadAssigned() {
        Lead lead = create.create(member, new CreateLeadCommand(TestLeads.details("Acme")));

        update.update(member, new UpdateLeadCommand(lead.id(), TestLeads.withAssignee(lead.details(), "rep-7"),
                ExpectedVersion.ANY));

        assertThat(outbox.types()).containsExactly("lead.created", "lead.updated", "lead.assigned");
        assertThat(outbox.events().getLast().payload()).containsEntry("from", null).containsEntry("to", "rep-7");
    }

    @Test
    void updateWithoutChangesKeepsTheVersionAndAppendsNothing() {
        Lead lead = create.create(member, new CreateLeadCommand(TestLeads.details("Acme")));

        Lead same = update.update(member, new UpdateLeadCommand(lead.id(), lead.details(), ExpectedVersion.ANY));

        assertThat(same.version()).isEqualTo(1);
        assertThat(outbox.types()).containsExactly("lead.created");
    }

    @Test
    void updateWithAStaleVersionIsRejectedAndChangesNothing() {
        Lead lead = create.create(member, new CreateLeadCommand(TestLeads.details("Acme")));

        assertThatThrownBy(() -> update.update(member, new UpdateLeadCommand(lead.id(),
                TestLeads.details("Other"), ExpectedVersion.exactly(7)))).isInstanceOf(VersionMismatchException.class);
        assertThat(get.get(member, lead.id())).isEqualTo(lead);
    }

    @Test
    void leadOfAnotherWorkspaceIsNotFoundForReadUpdateAndDelete() {
        Lead lead = create.create(member, new CreateLeadCommand(TestLeads.details("Acme")));
        Actor stranger = TestActors.member("globex");

        assertThatThrownBy(() -> get.get(stranger, lead.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> update.update(stranger, new UpdateLeadCommand(lead.id(), TestLeads.details("X"),
                ExpectedVersion.ANY))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> delete.delete(stranger, new DeleteLeadCommand(lead.id(), ExpectedVersion.ANY)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleteRemovesTheLeadAndAppendsLeadDeletedWithItsLastState() {
        Lead lead = create.create(member, new CreateLeadCommand(TestLeads.details("Acme")));

        delete.delete(member, new DeleteLeadCommand(lead.id(), ExpectedVersion.exactly(1)));

        assertThatThrownBy(() -> get.get(member, lead.id())).isInstanceOf(NotFoundException.class);
        assertThat(outbox.types()).containsExactly("lead.created", "lead.deleted");
        assertThat(lead(outbox.events().getLast())).containsEntry("id", lead.id().toString());
    }

    @Test
    void readAfterAnUpdateReturnsTheNewVersionThoughTheOldOneWasCached() {
        Lead lead = create.create(member, new CreateLeadCommand(TestLeads.details("Acme")));
        get.get(member, lead.id());

        update.update(member, new UpdateLeadCommand(lead.id(), TestLeads.details("Acme Inc"), ExpectedVersion.ANY));

        assertThat(get.get(member, lead.id()).details().name().value()).isEqualTo("Acme Inc");
    }

    @Test
    void listAfterACreateIncludesTheNewLeadThoughTheOldPageWasCached() {
        create.create(member, new CreateLeadCommand(TestLeads.details("First")));
        LeadQuery query = new LeadQuery(LeadFilter.NONE, LeadQuery.DEFAULT_SORT, new PageRequest(1, 20));
        assertThat(list.list(member, query).total()).isEqualTo(1);

        create.create(member, new CreateLeadCommand(TestLeads.details("Second")));

        assertThat(list.list(member, query).total()).isEqualTo(2);
    }

    @Test
    void aCachedLeadIsServedWithoutTheRepository() {
        Lead lead = create.create(member, new CreateLeadCommand(TestLeads.details("Acme")));
        get.get(member, lead.id());
        leads.delete(lead); // behind the cache's back

        assertThat(get.get(member, lead.id())).isEqualTo(lead);
    }

    @Test
    void deleteMakesACachedLeadNotFound() {
        Lead lead = create.create(member, new CreateLeadCommand(TestLeads.details("Acme")));
        get.get(member, lead.id());

        delete.delete(member, new DeleteLeadCommand(lead.id(), ExpectedVersion.ANY));

        assertThatThrownBy(() -> get.get(member, lead.id())).isInstanceOf(NotFoundException.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lead(OutboxEvent event) {
        return (Map<String, Object>) event.payload().get("lead");
    }
}
