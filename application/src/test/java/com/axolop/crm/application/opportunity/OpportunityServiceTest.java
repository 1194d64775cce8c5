package com.axolop.crm.application.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.contact.InMemoryContactRepository;
import com.axolop.crm.application.contact.TestContacts;
import com.axolop.crm.application.port.DirectTransactionRunner;
import com.axolop.crm.application.port.InMemoryEventOutbox;
import com.axolop.crm.application.port.InMemoryExistingRecords;
import com.axolop.crm.application.port.OutboxEvent;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.application.shared.MutableClock;
import com.axolop.crm.application.shared.TestActors;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.opportunity.Opportunity;
import com.axolop.crm.domain.opportunity.OpportunityDetails;
import com.axolop.crm.domain.opportunity.OpportunityStage;
import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.refusal.ForbiddenException;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpportunityServiceTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    private final InMemoryOpportunityRepository opportunities = new InMemoryOpportunityRepository();
    private final InMemoryContactRepository contacts = new InMemoryContactRepository();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final InMemoryExistingRecords references = new InMemoryExistingRecords()
            .backedBy("contact", contacts).backedBy("opportunity", opportunities);
    private final MutableClock clock = new MutableClock(NOW);
    private final OpportunityService service = new OpportunityService(opportunities,
            new RecordWritePorts(outbox, new DirectTransactionRunner(), references, clock));
    private final Actor member = TestActors.member("acme");
    private final Id<Lead> lead = Id.newId();

    OpportunityServiceTest() {
        references.add("lead", member.workspace(), lead);
    }

    private OpportunityDetails deal() {
        return TestOpportunities.details("Acme renewal", lead);
    }

    private OpportunityDetails deal(OpportunityStage stage) {
        return TestOpportunities.withStage(deal(), stage);
    }

    private Opportunity moveTo(Opportunity opportunity, OpportunityStage stage) {
        clock.advance(Duration.ofHours(1));
        return service.update(member, opportunity.id(), TestOpportunities.withStage(opportunity.details(), stage),
                ExpectedVersion.ANY);
    }

    private Contact contactIn(Actor actor) {
        Contact contact = new Contact(Id.newId(), actor.workspace(), TestContacts.details("Jane", "Doe", null),
                Revision.first(actor.user(), NOW));
        contacts.insert(contact);
        return contact;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> opportunityIn(OutboxEvent event) {
        return (Map<String, Object>) event.payload().get("opportunity");
    }

    private List<OutboxEvent> eventsOfType(String type) {
        return outbox.events().stream().filter(event -> event.eventType().equals(type)).toList();
    }

    @Test
    void anOpenOpportunityHasNoClosingTimeAndAppendsOpportunityCreatedAsPublished() {
        Opportunity opportunity = service.create(member, deal());

        assertThat(opportunity.closedAt()).isNull();
        assertThat(opportunity.details().owner()).isEqualTo(member.user());
        assertThat(service.get(member, opportunity.id())).isEqualTo(OpportunityService.KIND.view(opportunity));
        assertThat(outbox.types()).containsExactly("opportunity.created");
        OutboxEvent created = outbox.events().getFirst();
        assertThat(created.aggregateType()).isEqualTo("opportunity");
        assertThat(created.aggregateId()).isEqualTo(opportunity.id().toString());
        assertThat(opportunityIn(created)).containsOnlyKeys("id", "workspace_id", "name", "lead_id", "contact_id",
                        "value", "currency", "stage", "probability", "expected_close_date", "lost_reason", "tags",
                        "custom_fields", "owner", "closed_at", "created_by", "created_at", "updated_at", "version")
                .containsEntry("name", "Acme renewal")
                .containsEntry("lead_id", lead.toString())
                .containsEntry("value", new BigDecimal("50000.00"))
                .containsEntry("currency", "USD")
                .containsEntry("stage", "PROSPECTING")
                .containsEntry("probability", 20)
                .containsEntry("expected_close_date", "2024-06-30")
                .containsEntry("closed_at", null)
                .containsEntry("owner", member.user().value())
                .containsEntry("version", 1L);
    }

    @Test
    void anOpportunityCreatedWonIsClosedAtCreationAndAppendsOpportunityWon() {
        Opportunity won = service.create(member, deal(OpportunityStage.CLOSED_WON));

        assertThat(won.closedAt()).isEqualTo(NOW);
        assertThat(outbox.types()).containsExactly("opportunity.created", "opportunity.won");
        assertThat(outbox.events().getLast().payload()).containsOnlyKeys("opportunity");
        assertThat(opportunityIn(outbox.events().getLast())).containsEntry("stage", "CLOSED_WON")
                .containsEntry("closed_at", NOW.toString());
    }

    @Test
    void anOpportunityCreatedLostAppendsOpportunityLost() {
        Opportunity lost = service.create(member, TestOpportunities.withLostReason(deal(OpportunityStage.CLOSED_LOST),
                "went with Globex"));

        assertThat(lost.closedAt()).isEqualTo(NOW);
        assertThat(outbox.types()).containsExactly("opportunity.created", "opportunity.lost");
        assertThat(opportunityIn(outbox.events().getLast())).containsEntry("lost_reason", "went with Globex");
    }

    @Test
    void movingToAnotherOpenStageAppendsUpdatedThenStageChangedFromTo() {
        Opportunity opportunity = service.create(member, deal());

        Opportunity qualified = moveTo(opportunity, OpportunityStage.QUALIFICATION);

        assertThat(qualified.closedAt()).isNull();
        assertThat(outbox.types()).containsExactly("opportunity.created", "opportunity.updated",
                "opportunity.stage_changed");
        assertThat(eventsOfType("opportunity.updated").getFirst().payload())
                .containsEntry("changes", List.of("stage"))
                .containsEntry("previous", Map.of("stage", "PROSPECTING"));
        OutboxEvent stageChanged = outbox.events().getLast();
        assertThat(stageChanged.payload()).containsOnlyKeys("opportunity", "from", "to")
                .containsEntry("from", "PROSPECTING").containsEntry("to", "QUALIFICATION");
        assertThat(opportunityIn(stageChanged)).containsEntry("stage", "QUALIFICATION").containsEntry("version", 2L);
    }

    @Test
    void winningSetsTheClosingTimeAndAppendsStageChangedThenWon() {
        Opportunity opportunity = service.create(member, deal(OpportunityStage.NEGOTIATION));

        Opportunity won = moveTo(opportunity, OpportunityStage.CLOSED_WON);

        Instant winTime = NOW.plus(Duration.ofHours(1));
        assertThat(won.closedAt()).isEqualTo(winTime);
        assertThat(service.get(member, won.id()).fields()).containsEntry("closed_at", winTime.toString());
        assertThat(outbox.types()).containsExactly("opportunity.created", "opportunity.updated",
                "opportunity.stage_changed", "opportunity.won");
        assertThat(eventsOfType("opportunity.updated").getFirst().payload())
                .containsEntry("changes", List.of("stage", "closed_at"));
        assertThat(eventsOfType("opportunity.stage_changed").getFirst().payload())
                .containsEntry("from", "NEGOTIATION").containsEntry("to", "CLOSED_WON");
        assertThat(opportunityIn(outbox.events().getLast())).containsEntry("closed_at", winTime.toString());
    }

    @Test
    void aChangeThatStaysInAClosedStageKeepsTheClosingTimeAndDoesNotCloseAgain() {
        Opportunity won = moveTo(service.create(member, deal()), OpportunityStage.CLOSED_WON);
        clock.advance(Duration.ofDays(1));

        Opportunity revalued = service.update(member, won.id(), TestOpportunities.withValue(won.details(),
                TestOpportunities.amount("75000")), ExpectedVersion.ANY);

        assertThat(revalued.closedAt()).isEqualTo(won.closedAt());
        assertThat(outbox.types()).endsWith("opportunity.won", "opportunity.updated");
        assertThat(eventsOfType("opportunity.won")).hasSize(1);
        assertThat(outbox.events().getLast().payload()).containsEntry("changes", List.of("value"));
    }

    @Test
    void reopeningClearsTheClosingTimeAndClosingAgainWinsAgain() {
        Opportunity won = moveTo(service.create(member, deal()), OpportunityStage.CLOSED_WON);

        Opportunity reopened = moveTo(won, OpportunityStage.NEGOTIATION);
        assertThat(reopened.closedAt()).isNull();
        assertThat(outbox.types()).endsWith("opportunity.updated", "opportunity.stage_changed");

        Opportunity wonAgain = moveTo(reopened, OpportunityStage.CLOSED_WON);
        assertThat(wonAgain.closedAt()).isEqualTo(NOW.plus(Duration.ofHours(3)));
        assertThat(eventsOfType("opportunity.won")).hasSize(2)
                .extracting(event -> opportunityIn(event).get("version")).containsExactly(2L, 4L);
    }

    @Test
    void movingFromWonToLostAppendsLostWithANewClosingTime() {
        Opportunity won = moveTo(service.create(member, deal()), OpportunityStage.CLOSED_WON);

        Opportunity lost = moveTo(won, OpportunityStage.CLOSED_LOST);

        assertThat(lost.closedAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(outbox.types()).endsWith("opportunity.updated", "opportunity.stage_changed", "opportunity.lost");
        assertThat(eventsOfType("opportunity.stage_changed").getLast().payload())
                .containsEntry("from", "CLOSED_WON").containsEntry("to", "CLOSED_LOST");
    }

    @Test
    void refusesALeadThatIsNotInTheWorkspace() {
        Id<Lead> elsewhere = Id.newId();
        references.add("lead", TestActors.member("globex").workspace(), elsewhere);

        for (Id<Lead> missing : List.<Id<Lead>>of(Id.newId(), elsewhere)) {
            assertThatThrownBy(() -> service.create(member, TestOpportunities.details("Deal", missing)))
                    .isInstanceOfSatisfying(InvalidFieldException.class, refusal -> assertThat(refusal.violations())
                            .extracting(FieldViolation::field).containsExactly("lead_id"));
        }
        assertThat(outbox.events()).isEmpty();
    }

    @Test
    void refusesAContactThatIsNotInTheWorkspace() {
        Contact theirs = contactIn(TestActors.member("globex"));

        assertThatThrownBy(() -> service.create(member, deal().about(null, theirs.id())))
                .isInstanceOfSatisfying(InvalidFieldException.class, refusal -> assertThat(refusal.violations())
                        .extracting(FieldViolation::field).containsExactly("contact_id"));
        assertThat(outbox.events()).isEmpty();
    }

    @Test
    void keepsTheLeadAndContactItIsAboutWhenTheyAreInTheWorkspace() {
        Contact ours = contactIn(member);

        Opportunity opportunity = service.create(member, deal().about(lead, ours.id()));

        assertThat(service.get(member, opportunity.id()).fields()).containsEntry("contact_id", ours.id().toString());
        assertThat(opportunityIn(outbox.events().getFirst())).containsEntry("contact_id", ours.id().toString());
    }

    @Test
    void anUnchangedReferenceToASinceDeletedContactIsNotCheckedAgain() {
        Contact ours = contactIn(member);
        Opportunity opportunity = service.create(member, deal().about(null, ours.id()));
        contacts.delete(ours);

        Opportunity qualified = moveTo(opportunity, OpportunityStage.QUALIFICATION);

        assertThat(qualified.details().contactId()).isEqualTo(ours.id());
        assertThatThrownBy(() -> service.create(member, deal().about(null, ours.id())))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void aViewerCannotCreateUpdateOrDelete() {
        Opportunity opportunity = service.create(member, deal());
        Actor viewer = TestActors.viewer("acme");

        assertThatThrownBy(() -> service.create(viewer, deal())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.update(viewer, opportunity.id(), deal(OpportunityStage.CLOSED_WON),
                ExpectedVersion.ANY)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.delete(viewer, opportunity.id(), ExpectedVersion.ANY))
                .isInstanceOf(ForbiddenException.class);
        assertThat(service.get(viewer, opportunity.id())).isEqualTo(OpportunityService.KIND.view(opportunity));
        assertThat(outbox.types()).containsExactly("opportunity.created");
    }

    @Test
    void anIdenticalUpdateEmitsNothingAndKeepsTheVersion() {
        Opportunity opportunity = service.create(member, deal());

        Opportunity same = service.update(member, opportunity.id(), deal(), ExpectedVersion.exactly(1));

        assertThat(same).isEqualTo(opportunity);
        assertThat(outbox.types()).containsExactly("opportunity.created");
    }

    @Test
    void deleteRemovesTheOpportunityAndAppendsOpportunityDeleted() {
        Opportunity opportunity = service.create(member, deal());

        service.delete(member, opportunity.id(), ExpectedVersion.exactly(1));

        assertThatThrownBy(() -> service.get(member, opportunity.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("Opportunity not found");
        assertThat(outbox.types()).containsExactly("opportunity.created", "opportunity.deleted");
        assertThat(opportunityIn(outbox.events().getLast())).containsEntry("id", opportunity.id().toString());
    }
}
