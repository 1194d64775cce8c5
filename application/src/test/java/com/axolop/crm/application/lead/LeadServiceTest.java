package com.axolop.crm.application.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.contact.ContactFilter;
import com.axolop.crm.application.contact.ContactService;
import com.axolop.crm.application.contact.ContactSortField;
import com.axolop.crm.application.contact.InMemoryContactRepository;
import com.axolop.crm.application.contact.TestContacts;
import com.axolop.crm.application.opportunity.InMemoryOpportunityRepository;
import com.axolop.crm.application.opportunity.OpportunityService;
import com.axolop.crm.application.port.DirectTransactionRunner;
import com.axolop.crm.application.port.InMemoryCache;
import com.axolop.crm.application.port.InMemoryEventOutbox;
import com.axolop.crm.application.port.InMemoryExistingRecords;
import com.axolop.crm.application.port.OutboxEvent;
import com.axolop.crm.application.record.BatchItem;
import com.axolop.crm.application.record.BatchOutcome;
import com.axolop.crm.application.record.ListQuery;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.application.shared.MutableClock;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.application.shared.TestActors;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.refusal.ForbiddenException;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.refusal.VersionMismatchException;
import com.axolop.crm.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LeadServiceTest {
    private static final ListQuery<LeadFilter, LeadSortField> FIRST_PAGE = new ListQuery<>(
            new LeadFilter(null, null, DateRange.ALL, null), new Sort<>(LeadSortField.CREATED_AT, Sort.Direction.DESC),
            new PageRequest(1, 20));

    private final InMemoryLeadRepository leads = new InMemoryLeadRepository();
    private final InMemoryContactRepository contacts = new InMemoryContactRepository();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final InMemoryCache cache = new InMemoryCache();
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));
    private final RecordWritePorts ports = new RecordWritePorts(outbox, new DirectTransactionRunner(),
            new InMemoryExistingRecords().backedBy("lead", leads).backedBy("contact", contacts), clock);
    private final LeadService service = new LeadService(leads, ports, cache, new ContactService(contacts, ports),
            new OpportunityService(new InMemoryOpportunityRepository(), ports));
    private final Actor member = TestActors.member("acme");

    @Test
    void createsALeadAndAppendsLeadCreatedWithItsPublishedShape() {
        Lead lead = service.create(member, TestLeads.details("Acme Corp"));

        assertThat(lead.revision().version()).isEqualTo(1);
        assertThat(lead.revision().createdBy()).isEqualTo(member.user());
        assertThat(outbox.types()).containsExactly("lead.created");
        OutboxEvent event = outbox.events().getFirst();
        assertThat(event.aggregateId()).isEqualTo(lead.id().toString());
        assertThat(leadIn(event)).isEqualTo(LeadSnapshot.of(lead)).containsEntry("name", "Acme Corp");
    }

    @Test
    void aViewerCannotCreateALead() {
        assertThatThrownBy(() -> service.create(TestActors.viewer("acme"), TestLeads.details("Acme")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(outbox.events()).isEmpty();
    }

    @Test
    void anUpdateAppendsLeadUpdatedWithTheChangedFieldsThenStatusChangedAndAssigned() {
        Lead lead = service.create(member, TestLeads.details("Acme"));
        LeadDetails changed = TestLeads.withAssignee(TestLeads.details("Acme Corp").withStatus(LeadStatus.QUALIFIED),
                "rep-7");

        Lead updated = service.update(member, lead.id(), changed, ExpectedVersion.exactly(1));

        assertThat(updated.revision().version()).isEqualTo(2);
        assertThat(outbox.types())
                .containsExactly("lead.created", "lead.updated", "lead.status_changed", "lead.assigned");
        assertThat(outbox.events().get(1).payload()).containsEntry("changes", List.of("name", "status", "assigned_to"));
        assertThat(outbox.events().get(2).payload()).containsEntry("from", "NEW").containsEntry("to", "QUALIFIED");
        assertThat(outbox.events().get(3).payload()).containsEntry("from", null).containsEntry("to", "rep-7");
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        Lead lead = service.create(member, TestLeads.details("Acme"));

        assertThatThrownBy(() -> service.update(member, lead.id(), TestLeads.details("Other"),
                ExpectedVersion.exactly(7))).isInstanceOf(VersionMismatchException.class);
        assertThat(service.get(member, lead.id()).fields()).containsEntry("name", "Acme");
    }

    @Test
    void aClientCannotSetConvertedThroughAnUpdate() {
        Lead lead = service.create(member, TestLeads.details("Acme"));

        assertThatThrownBy(() -> service.update(member, lead.id(), lead.details().withStatus(LeadStatus.CONVERTED),
                ExpectedVersion.ANY)).isInstanceOf(InvalidFieldException.class);
        assertThat(outbox.types()).containsExactly("lead.created");
    }

    @Test
    void anotherWorkspacesLeadIsNotFound() {
        Lead lead = service.create(member, TestLeads.details("Acme"));
        Actor stranger = TestActors.member("globex");

        assertThatThrownBy(() -> service.get(stranger, lead.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(stranger, lead.id(), ExpectedVersion.ANY))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aReadAfterAnUpdateSeesTheNewVersionThoughTheOldOneWasCached() {
        Lead lead = service.create(member, TestLeads.details("Acme"));
        service.get(member, lead.id());

        service.update(member, lead.id(), TestLeads.details("Acme Inc"), ExpectedVersion.ANY);

        assertThat(service.get(member, lead.id()).fields()).containsEntry("name", "Acme Inc");
        assertThat(service.get(member, lead.id()).version()).isEqualTo(2);
    }

    @Test
    void aCachedLeadIsServedWithoutTheRepository() {
        Lead lead = service.create(member, TestLeads.details("Acme"));
        service.get(member, lead.id());
        leads.delete(lead); // behind the cache's back

        assertThat(service.get(member, lead.id()).fields()).isEqualTo(LeadSnapshot.of(lead));
    }

    @Test
    void aListAfterACreateIncludesTheNewLeadThoughTheOldPageWasCached() {
        service.create(member, TestLeads.details("First"));
        assertThat(service.list(member, FIRST_PAGE).total()).isEqualTo(1);

        service.create(member, TestLeads.details("Second"));

        assertThat(service.list(member, FIRST_PAGE).items()).extracting(fields -> fields.get("name"))
                .containsExactly("Second", "First");
    }

    @Test
    void aDeleteMakesACachedLeadNotFound() {
        Lead lead = service.create(member, TestLeads.details("Acme"));
        service.get(member, lead.id());

        service.delete(member, lead.id(), ExpectedVersion.ANY);

        assertThatThrownBy(() -> service.get(member, lead.id())).isInstanceOf(NotFoundException.class);
        assertThat(outbox.types()).containsExactly("lead.created", "lead.deleted");
    }

    @Test
    void aBatchUpsertUpdatesTheLeadWithTheItemsEmailAndCreatesTheRest() {
        Lead existing = service.create(member, TestLeads.details("Acme"));
        LeadDetails renamed = TestLeads.details("Acme Corp");
        LeadDetails other = withEmail(TestLeads.details("Globex"), "info@globex.com");

        List<BatchOutcome<Lead>> outcomes = service.batch(member,
                List.of(new BatchItem<>(0, renamed), new BatchItem<>(1, other)), true);

        assertThat(outcomes).extracting(BatchOutcome::result)
                .containsExactly(BatchOutcome.Result.UPDATED, BatchOutcome.Result.CREATED);
        assertThat(outcomes.getFirst().record().id()).isEqualTo(existing.id());
    }

    @Test
    void aBatchUpsertThatChangesAStoredLeadTwiceAppliesBothChangesInOrder() {
        Lead existing = service.create(member, TestLeads.details("Acme"));

        List<BatchOutcome<Lead>> outcomes = service.batch(member, List.of(
                new BatchItem<>(0, TestLeads.details("Acme Corp")),
                new BatchItem<>(1, TestLeads.details("Acme Corp").withStatus(LeadStatus.QUALIFIED))), true);

        assertThat(outcomes).extracting(BatchOutcome::result)
                .containsExactly(BatchOutcome.Result.UPDATED, BatchOutcome.Result.UPDATED);
        Lead stored = leads.findById(member.workspace(), existing.id()).orElseThrow();
        assertThat(stored.details().status()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(stored.revision().version()).isEqualTo(3);
        assertThat(outbox.types()).filteredOn("lead.updated"::equals).hasSize(2);
        assertThat(outbox.types()).contains("lead.status_changed");
    }

    @Test
    void anImportBatchWritesAnyNumberOfItemsWithOneLeadCreatedEach() {
        List<BatchItem<LeadDetails>> items = IntStream.range(0, 500)
                .mapToObj(i -> new BatchItem<>(i, TestLeads.details("Lead " + i))).toList();

        assertThat(service.importBatch(member, items, false)).hasSize(500).extracting(BatchOutcome::result)
                .containsOnly(BatchOutcome.Result.CREATED);
        assertThat(outbox.types()).hasSize(500).containsOnly("lead.created");
    }

    @Test
    void aBatchOfMoreThanAHundredItemsIsRefused() {
        List<BatchItem<LeadDetails>> items = IntStream.range(0, 101)
                .mapToObj(i -> new BatchItem<>(i, TestLeads.details("Lead " + i))).toList();

        assertThatThrownBy(() -> service.batch(member, items, false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(outbox.events()).isEmpty();
    }

    @Test
    void conversionDraftsComeFromTheLeadAtItsVersion() {
        Lead lead = service.create(member, TestLeads.details("Jane Doe"));

        ConversionDrafts drafts = service.conversionDrafts(member, lead.id());

        assertThat(drafts.leadVersion()).isEqualTo(1);
        assertThat(drafts.contact().firstName()).isEqualTo("Jane");
        assertThat(drafts.opportunity().name()).isEqualTo("Jane Doe");
    }

    @Test
    void convertingCreatesTheContactAndOpportunityAndMarksTheLeadInOneWrite() {
        Lead lead = service.create(member, TestLeads.details("Jane Doe"));
        ConversionDrafts drafts = service.conversionDrafts(member, lead.id());

        LeadConversion conversion = service.convert(member, new ConvertLeadCommand(lead.id(), drafts.contact(),
                drafts.opportunity(), ExpectedVersion.exactly(drafts.leadVersion())));

        assertThat(conversion.lead().details().status()).isEqualTo(LeadStatus.CONVERTED);
        assertThat(conversion.contact().details().leadId()).isEqualTo(lead.id());
        assertThat(conversion.opportunity().details().leadId()).isEqualTo(lead.id());
        assertThat(conversion.opportunity().details().contactId()).isEqualTo(conversion.contact().id());
        assertThat(outbox.types()).containsExactly("lead.created", "contact.created", "opportunity.created",
                "lead.updated", "lead.status_changed", "lead.converted");
        assertThat(outbox.events().getLast().payload())
                .containsEntry("contact_id", conversion.contact().id().toString())
                .containsEntry("opportunity_id", conversion.opportunity().id().toString());
    }

    @Test
    void theReferencesToTheLeadAndContactAreTheConversionsWhateverTheDraftsSay() {
        Lead lead = service.create(member, TestLeads.details("Jane Doe"));
        Lead other = service.create(member, TestLeads.details("Someone Else"));
        ConversionDrafts drafts = service.conversionDrafts(member, other.id());

        LeadConversion conversion = service.convert(member, new ConvertLeadCommand(lead.id(), drafts.contact(),
                drafts.opportunity(), ExpectedVersion.ANY));

        assertThat(conversion.contact().details().leadId()).isEqualTo(lead.id());
        assertThat(conversion.opportunity().details().leadId()).isEqualTo(lead.id());
    }

    @Test
    void aLeadEditedAfterItsDraftsWereBuiltIsNotConverted() {
        Lead lead = service.create(member, TestLeads.details("Jane Doe"));
        ConversionDrafts drafts = service.conversionDrafts(member, lead.id());
        service.update(member, lead.id(), TestLeads.details("Jane Smith"), ExpectedVersion.ANY);

        assertThatThrownBy(() -> service.convert(member, new ConvertLeadCommand(lead.id(), drafts.contact(), null,
                ExpectedVersion.exactly(drafts.leadVersion())))).isInstanceOf(VersionMismatchException.class);
        assertThat(contacts.list(member.workspace(), contactsPage()).total()).isZero();
    }

    @Test
    void aLeadConvertsOnce() {
        Lead lead = service.create(member, TestLeads.details("Jane Doe"));
        ConversionDrafts drafts = service.conversionDrafts(member, lead.id());
        service.convert(member, new ConvertLeadCommand(lead.id(), drafts.contact(), null, ExpectedVersion.ANY));

        assertThatThrownBy(() -> service.conversionDrafts(member, lead.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.convert(member, new ConvertLeadCommand(lead.id(),
                TestContacts.details("Jane", "Doe", null), null, ExpectedVersion.ANY)))
                .isInstanceOf(ConflictException.class);
        assertThat(contacts.list(member.workspace(), contactsPage()).total()).isEqualTo(1);
    }

    @Test
    void aConversionWhoseContactIsRefusedLeavesTheLeadUnconverted() {
        new ContactService(contacts, ports).create(member, TestContacts.details("Jane", "Doe", "jane@acme.com"));
        Lead lead = service.create(member, withEmail(TestLeads.details("Jane Doe"), "jane@acme.com"));
        int before = outbox.events().size();
        ConversionDrafts drafts = service.conversionDrafts(member, lead.id());

        assertThatThrownBy(() -> service.convert(member, new ConvertLeadCommand(lead.id(), drafts.contact(),
                null, ExpectedVersion.ANY))).isInstanceOf(ConflictException.class);
        assertThat(service.get(member, lead.id()).fields()).containsEntry("status", "NEW");
        assertThat(outbox.events()).hasSize(before);
    }

    private static ListQuery<ContactFilter, ContactSortField> contactsPage() {
        return new ListQuery<>(new ContactFilter(null, null, DateRange.ALL, null),
                new Sort<>(ContactSortField.CREATED_AT, Sort.Direction.ASC), new PageRequest(1, 20));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> leadIn(OutboxEvent event) {
        return (Map<String, Object>) event.payload().get("lead");
    }

    private static LeadDetails withEmail(LeadDetails d, String email) {
        return new LeadDetails(d.name(), new EmailAddress(email), d.phone(), d.company(),
                d.type(), d.status(), d.value(), d.currency(), d.source(), d.notes(), d.tags(), d.customFields(),
                d.assignedTo());
    }
}
