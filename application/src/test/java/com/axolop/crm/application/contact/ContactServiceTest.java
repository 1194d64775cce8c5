package com.axolop.crm.application.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.port.DirectTransactionRunner;
import com.axolop.crm.application.port.InMemoryEventOutbox;
import com.axolop.crm.application.port.InMemoryExistingRecords;
import com.axolop.crm.application.port.OutboxEvent;
import com.axolop.crm.application.record.BatchItem;
import com.axolop.crm.application.record.BatchOutcome.Result;
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
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.refusal.FieldViolation;
import com.axolop.crm.domain.refusal.ForbiddenException;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.refusal.VersionMismatchException;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ContactServiceTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final Instant FIVE_MINUTES_LATER = NOW.plus(Duration.ofMinutes(5));

    private static final ContactFilter ALL = new ContactFilter(null, null, DateRange.ALL, null);
    private final InMemoryContactRepository contacts = new InMemoryContactRepository();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final InMemoryExistingRecords references = new InMemoryExistingRecords().backedBy("contact", contacts);
    private final MutableClock clock = new MutableClock(NOW);
    private final ContactService service = new ContactService(contacts,
            new RecordWritePorts(outbox, new DirectTransactionRunner(), references, clock));
    private final Actor member = TestActors.member("acme");

    private static ContactDetails jane() {
        return TestContacts.details("Jane", "Doe", "jane@acme.com");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> contactIn(OutboxEvent event) {
        return (Map<String, Object>) event.payload().get("contact");
    }

    private Set<Contact> stored() {
        return Set.copyOf(contacts.list(member.workspace(), new ListQuery<>(ALL,
                new Sort<>(ContactSortField.CREATED_AT, Sort.Direction.ASC), new PageRequest(1, 100))).items());
    }

    @Test
    void aCreatedContactIsOwnedByItsCreatorUnlessItNamesAnOwner() {
        Contact unowned = service.create(member, jane());
        Contact owned = service.create(member, TestContacts.withOwner(
                TestContacts.details("John", "Doe", null), new UserId("rep-7")));

        assertThat(unowned.details().owner()).isEqualTo(member.user());
        assertThat(owned.details().owner()).isEqualTo(new UserId("rep-7"));
        assertThat(contactIn(outbox.events().getFirst())).containsEntry("owner", member.user().value());
    }

    @Test
    void createStoresVersionOneAndAppendsContactCreatedWithTheContactAsPublished() {
        Contact contact = service.create(member, jane());

        assertThat(service.get(member, contact.id())).isEqualTo(ContactService.KIND.view(contact));
        OutboxEvent created = outbox.events().getFirst();
        assertThat(outbox.types()).containsExactly("contact.created");
        assertThat(created.aggregateType()).isEqualTo("contact");
        assertThat(created.aggregateId()).isEqualTo(contact.id().toString());
        assertThat(created.workspace()).isEqualTo(member.workspace());
        assertThat(created.occurredAt()).isEqualTo(NOW);
        assertThat(created.payload()).containsOnlyKeys("contact");
        assertThat(contactIn(created)).containsOnlyKeys("id", "workspace_id", "first_name", "last_name", "email",
                        "phone", "company", "title", "lead_id", "tags", "custom_fields", "owner", "created_by",
                        "created_at", "updated_at", "version")
                .containsEntry("id", contact.id().toString())
                .containsEntry("workspace_id", "acme")
                .containsEntry("first_name", "Jane")
                .containsEntry("email", "jane@acme.com")
                .containsEntry("company", "Acme")
                .containsEntry("lead_id", null)
                .containsEntry("tags", List.of("vip"))
                .containsEntry("created_by", member.user().value())
                .containsEntry("created_at", NOW.toString())
                .containsEntry("version", 1L);
    }

    @Test
    void refusesALeadThatIsNotInTheWorkspace() {
        Id<Lead> elsewhere = Id.newId();
        references.add("lead", TestActors.member("globex").workspace(), elsewhere);

        for (Id<Lead> lead : List.<Id<Lead>>of(Id.newId(), elsewhere)) {
            assertThatThrownBy(() -> service.create(member, jane().withLeadId(lead)))
                    .isInstanceOfSatisfying(InvalidFieldException.class, refusal -> assertThat(refusal.violations())
                            .extracting(FieldViolation::field).containsExactly("lead_id"));
        }
        assertThat(stored()).isEmpty();
        assertThat(outbox.events()).isEmpty();
    }

    @Test
    void keepsTheLeadAContactCameFromWhenItIsInTheWorkspace() {
        Id<Lead> lead = Id.newId();
        references.add("lead", member.workspace(), lead);

        Contact contact = service.create(member, jane().withLeadId(lead));

        assertThat(service.get(member, contact.id()).fields()).containsEntry("lead_id", lead.toString());
        assertThat(contactIn(outbox.events().getFirst())).containsEntry("lead_id", lead.toString());
    }

    @Test
    void anUnchangedReferenceToASinceDeletedLeadIsNotCheckedAgain() {
        Id<Lead> lead = Id.newId();
        references.add("lead", member.workspace(), lead);
        Contact contact = service.create(member, jane().withLeadId(lead));
        references.remove("lead", member.workspace(), lead);

        Contact updated = service.update(member, contact.id(),
                TestContacts.withCompany(contact.details(), "Globex", "Buyer"), ExpectedVersion.ANY);

        assertThat(updated.details().leadId()).isEqualTo(lead);
        assertThat(updated.details().company()).isEqualTo("Globex");
    }

    @Test
    void aChangedReferenceToAMissingLeadIsRefused() {
        Contact contact = service.create(member, jane());

        assertThatThrownBy(() -> service.update(member, contact.id(), contact.details().withLeadId(Id.newId()),
                ExpectedVersion.ANY)).isInstanceOf(InvalidFieldException.class);
        assertThat(service.get(member, contact.id())).isEqualTo(ContactService.KIND.view(contact));
    }

    @Test
    void refusesAContactWithAnotherContactsEmailWhateverItsCase() {
        Contact jane = service.create(member, jane());

        assertThatThrownBy(() -> service.create(member, TestContacts.details("Janet", "Roe", "JANE@Acme.com")))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.existingId()).isEqualTo(jane.id().toString()));
        assertThat(stored()).containsExactly(jane);
        assertThat(outbox.types()).containsExactly("contact.created");
    }

    @Test
    void refusesAnUpdateToAnotherContactsEmail() {
        Contact jane = service.create(member, jane());
        Contact john = service.create(member, TestContacts.details("John", "Doe", "john@acme.com"));

        assertThatThrownBy(() -> service.update(member, john.id(), TestContacts.withEmail(john.details(),
                "jane@ACME.com"), ExpectedVersion.ANY))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.existingId()).isEqualTo(jane.id().toString()));
        assertThat(service.get(member, john.id())).isEqualTo(ContactService.KIND.view(john));
    }

    @Test
    void aContactMayChangeTheCaseOfItsOwnEmail() {
        Contact jane = service.create(member, jane());

        Contact updated = service.update(member, jane.id(), TestContacts.withEmail(jane.details(), "Jane@Acme.com"),
                ExpectedVersion.ANY);

        assertThat(updated.details().email().value()).isEqualTo("Jane@Acme.com");
    }

    @Test
    void anotherWorkspaceMayHaveAContactWithTheSameEmail() {
        service.create(member, jane());

        Contact theirs = service.create(TestActors.member("globex"), jane());

        assertThat(service.get(TestActors.member("globex"), theirs.id())).isEqualTo(ContactService.KIND.view(theirs));
    }

    @Test
    void aViewerCannotCreateUpdateOrDelete() {
        Contact contact = service.create(member, jane());
        Actor viewer = TestActors.viewer("acme");

        assertThatThrownBy(() -> service.create(viewer, TestContacts.details("John", "Doe", null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.update(viewer, contact.id(), TestContacts.withCompany(contact.details(),
                "Globex", null), ExpectedVersion.ANY)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.delete(viewer, contact.id(), ExpectedVersion.ANY))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.batch(viewer, List.of(new BatchItem<>(0, jane())), false))
                .isInstanceOf(ForbiddenException.class);
        assertThat(stored()).containsExactly(contact);
        assertThat(outbox.types()).containsExactly("contact.created");
    }

    @Test
    void aViewerCanReadAndList() {
        Contact contact = service.create(member, jane());
        Actor viewer = TestActors.viewer("acme");

        assertThat(service.get(viewer, contact.id())).isEqualTo(ContactService.KIND.view(contact));
        assertThat(service.list(viewer, new ListQuery<>(ALL,
                new Sort<>(ContactSortField.EMAIL, Sort.Direction.ASC), new PageRequest(1, 20))).items())
                .containsExactly(ContactSnapshot.of(contact));
    }

    @Test
    void anIdenticalUpdateEmitsNothingAndKeepsTheVersion() {
        Contact contact = service.create(member, jane());

        clock.advance(Duration.ofMinutes(5));

        Contact same = service.update(member, contact.id(), jane(), ExpectedVersion.exactly(1));

        assertThat(same).isEqualTo(contact);
        assertThat(service.get(member, contact.id()).version()).isEqualTo(1);
        assertThat(outbox.types()).containsExactly("contact.created");
    }

    @Test
    void anUpdateWithoutAnOwnerKeepsTheCurrentOne() {
        Contact contact = service.create(member, TestContacts.withOwner(jane(), new UserId("rep-7")));

        Contact updated = service.update(member, contact.id(), TestContacts.withCompany(jane(), "Globex", "Buyer"),
                ExpectedVersion.ANY);

        assertThat(updated.details().owner()).isEqualTo(new UserId("rep-7"));
    }

    @Test
    void updateAppendsContactUpdatedWithTheChangedFieldsAndTheirPreviousValues() {
        Contact contact = service.create(member, jane());
        clock.advance(Duration.ofMinutes(5));

        Contact updated = service.update(member, contact.id(),
                TestContacts.withCompany(jane(), "Globex", "Chief buyer"), ExpectedVersion.exactly(1));

        assertThat(updated.revision().version()).isEqualTo(2);
        assertThat(updated.revision().updatedAt()).isEqualTo(FIVE_MINUTES_LATER);
        assertThat(service.get(member, contact.id())).isEqualTo(ContactService.KIND.view(updated));
        assertThat(outbox.types()).containsExactly("contact.created", "contact.updated");
        OutboxEvent event = outbox.events().getLast();
        assertThat(event.occurredAt()).isEqualTo(FIVE_MINUTES_LATER);
        assertThat(event.payload()).containsEntry("changes", List.of("company", "title"))
                .containsEntry("previous", Map.of("company", "Acme", "title", "Buyer"));
        assertThat(contactIn(event)).containsEntry("company", "Globex").containsEntry("title", "Chief buyer")
                .containsEntry("version", 2L).containsEntry("updated_at", FIVE_MINUTES_LATER.toString());
    }

    @Test
    void anUpdateExpectingAnotherVersionIsRefusedAndChangesNothing() {
        Contact contact = service.create(member, jane());

        assertThatThrownBy(() -> service.update(member, contact.id(), TestContacts.withCompany(jane(), "Globex", null),
                ExpectedVersion.exactly(2))).isInstanceOf(VersionMismatchException.class);
        assertThatThrownBy(() -> service.delete(member, contact.id(), ExpectedVersion.exactly(2)))
                .isInstanceOf(VersionMismatchException.class);
        assertThat(service.get(member, contact.id())).isEqualTo(ContactService.KIND.view(contact));
        assertThat(outbox.types()).containsExactly("contact.created");
    }

    @Test
    void anUpdateExpectingOneOfSeveralVersionsGoesThroughWhenOneIsCurrent() {
        Contact contact = service.create(member, jane());

        Contact updated = service.update(member, contact.id(), TestContacts.withCompany(jane(), "Globex", null),
                ExpectedVersion.oneOf(Set.of(1L, 3L)));

        assertThat(updated.revision().version()).isEqualTo(2);
    }

    @Test
    void deleteRemovesTheContactAndAppendsContactDeletedWithItsLastState() {
        Contact contact = service.create(member, jane());
        clock.advance(Duration.ofMinutes(5));

        service.delete(member, contact.id(), ExpectedVersion.exactly(1));

        assertThatThrownBy(() -> service.get(member, contact.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("Contact not found");
        assertThat(outbox.types()).containsExactly("contact.created", "contact.deleted");
        OutboxEvent deleted = outbox.events().getLast();
        assertThat(deleted.payload()).containsOnlyKeys("contact");
        assertThat(contactIn(deleted)).containsEntry("id", contact.id().toString()).containsEntry("version", 1L);
        assertThat(deleted.occurredAt()).isEqualTo(FIVE_MINUTES_LATER);
    }

    @Test
    void aContactOfAnotherWorkspaceIsNotFoundToReadUpdateOrDelete() {
        Contact contact = service.create(member, jane());
        Actor stranger = TestActors.member("globex");

        assertThatThrownBy(() -> service.get(stranger, contact.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.update(stranger, contact.id(), jane(), ExpectedVersion.ANY))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(stranger, contact.id(), ExpectedVersion.ANY))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.get(member, contact.id())).isEqualTo(ContactService.KIND.view(contact));
    }

    @Test
    void exportStreamsTheWorkspacesMatchingContactsInOrder() {
        UserId rep = new UserId("rep-7");
        Contact zed = service.create(member, TestContacts.withOwner(TestContacts.details("Zed", "Roe", null), rep));
        Contact amy = service.create(member, TestContacts.withOwner(TestContacts.details("Amy", "Roe", null), rep));
        service.create(member, jane());
        service.create(TestActors.member("globex"), TestContacts.withOwner(jane(), rep));
        List<Contact> sent = new ArrayList<>();

        long count = service.export(member, new ContactFilter(null, rep, DateRange.ALL, null),
                new Sort<>(ContactSortField.FIRST_NAME, Sort.Direction.ASC), sent::add);

        assertThat(count).isEqualTo(2);
        assertThat(sent).containsExactly(amy, zed);
    }

    @Test
    void aBatchCreatesEveryItem() {
        List<BatchOutcome<Contact>> outcomes = service.batch(member, List.of(
                new BatchItem<>(0, TestContacts.details("Zed", "Roe", "zed@acme.com")),
                new BatchItem<>(1, TestContacts.details("Amy", "Roe", "amy@acme.com"))), false);

        assertThat(outcomes).extracting(BatchOutcome::index).containsExactly(0, 1);
        assertThat(outcomes).extracting(BatchOutcome::result).containsOnly(Result.CREATED);
        assertThat(stored()).containsExactlyInAnyOrder(outcomes.get(0).record(), outcomes.get(1).record());
        assertThat(outbox.types()).containsExactly("contact.created", "contact.created");
    }

    @Test
    void aBatchUpsertUpdatesTheContactWithTheItemsEmailWhateverItsCase() {
        Contact jane = service.create(member, jane());
        Contact john = service.create(member, TestContacts.details("John", "Doe", "john@acme.com"));

        List<BatchOutcome<Contact>> outcomes = service.batch(member, List.of(
                new BatchItem<>(0, TestContacts.withCompany(TestContacts.details("Jane", "Doe", "JANE@acme.com"),
                        "Globex", "Buyer")),
                new BatchItem<>(1, john.details()),
                new BatchItem<>(2, TestContacts.details("Amy", "Roe", "amy@acme.com"))), true);

        assertThat(outcomes).extracting(BatchOutcome::result)
                .containsExactly(Result.UPDATED, Result.UNCHANGED, Result.CREATED);
        assertThat(outcomes.get(0).record().id()).isEqualTo(jane.id());
        assertThat(service.get(member, jane.id()).fields()).containsEntry("company", "Globex");
        assertThat(outcomes.get(1).record()).isEqualTo(john);
        assertThat(stored()).hasSize(3);
        assertThat(outbox.types()).containsExactlyInAnyOrder("contact.created", "contact.created", "contact.updated",
                "contact.created");
    }

    /** Two batches lock the emails they share in the same order, so they cannot deadlock. */
    @Test
    void aBatchWritesItsItemsInOrderOfTheirEmailsWithoutEmailFirstAndReportsThemInRequestOrder() {
        List<BatchOutcome<Contact>> outcomes = service.batch(member, List.of(
                new BatchItem<>(0, TestContacts.details("Zed", "Roe", "zed@acme.com")),
                new BatchItem<>(1, TestContacts.details("Amy", "Roe", "Amy@acme.com")),
                new BatchItem<>(2, TestContacts.details("Bob", "Roe", null))), false);

        assertThat(outcomes).extracting(outcome -> outcome.record().details().firstName())
                .containsExactly("Zed", "Amy", "Bob");
        assertThat(outbox.events()).extracting(event -> contactIn(event).get("first_name"))
                .containsExactly("Bob", "Amy", "Zed");
    }

    @Test
    void aBatchUpsertUpdatesTheContactAnEarlierItemOfTheBatchCreated() {
        List<BatchOutcome<Contact>> outcomes = service.batch(member, List.of(
                new BatchItem<>(0, jane()),
                new BatchItem<>(1, TestContacts.withCompany(jane(), "Globex", "Buyer"))), true);

        assertThat(outcomes).extracting(BatchOutcome::result).containsExactly(Result.CREATED, Result.UPDATED);
        assertThat(outcomes.get(1).record().id()).isEqualTo(outcomes.get(0).record().id());
        assertThat(stored()).extracting(contact -> contact.details().company()).containsExactly("Globex");
    }

    @Test
    void aBatchItemThatIsRefusedIsReportedAndUndoneAloneWhileTheOthersAreWritten() {
        Contact jane = service.create(member, jane());

        List<BatchOutcome<Contact>> outcomes = service.batch(member, List.of(
                new BatchItem<>(0, TestContacts.details("Amy", "Roe", "amy@acme.com")),
                new BatchItem<>(1, TestContacts.details("Janet", "Roe", "jane@acme.com")),
                new BatchItem<>(2, TestContacts.details("Bob", "Roe", null).withLeadId(Id.newId())),
                new BatchItem<>(3, TestContacts.details("Cy", "Roe", null))), false);

        assertThat(outcomes).extracting(BatchOutcome::result)
                .containsExactly(Result.CREATED, Result.FAILED, Result.FAILED, Result.CREATED);
        assertThat(outcomes.get(1).refusal()).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.existingId()).isEqualTo(jane.id().toString()));
        assertThat(outcomes.get(2).refusal()).isInstanceOf(InvalidFieldException.class);
        assertThat(stored()).extracting(contact -> contact.details().firstName())
                .containsExactlyInAnyOrder("Jane", "Amy", "Cy");
        assertThat(outbox.events()).extracting(event -> contactIn(event).get("first_name"))
                .containsExactlyInAnyOrder("Jane", "Amy", "Cy");
    }

    @Test
    void aBatchLooksTheEmailsOfItsItemsUpAtOnceNotOneByOne() {
        Contact jane = service.create(member, jane());
        int before = contacts.emailLookups();

        List<BatchOutcome<Contact>> outcomes = service.batch(member, List.of(
                new BatchItem<>(0, TestContacts.details("Amy", "Roe", "amy@acme.com")),
                new BatchItem<>(1, TestContacts.details("Janet", "Roe", "JANE@acme.com")),
                new BatchItem<>(2, TestContacts.details("Bob", "Roe", "bob@acme.com"))), false);

        assertThat(outcomes).extracting(BatchOutcome::result)
                .containsExactly(Result.CREATED, Result.FAILED, Result.CREATED);
        assertThat(outcomes.get(1).refusal()).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.existingId()).isEqualTo(jane.id().toString()));
        assertThat(contacts.emailLookups()).isEqualTo(before + 1);
    }

    @Test
    void aBatchLooksTheLeadsItsItemsNameUpAtOnce() {
        Id<Lead> lead = Id.newId();
        references.add("lead", member.workspace(), lead);
        int before = references.lookups();

        List<BatchOutcome<Contact>> outcomes = service.batch(member, List.of(
                new BatchItem<>(0, TestContacts.details("Amy", "Roe", null).withLeadId(lead)),
                new BatchItem<>(1, TestContacts.details("Bob", "Roe", null).withLeadId(Id.newId())),
                new BatchItem<>(2, TestContacts.details("Cy", "Roe", null).withLeadId(lead))), false);

        assertThat(outcomes).extracting(BatchOutcome::result)
                .containsExactly(Result.CREATED, Result.FAILED, Result.CREATED);
        assertThat(outcomes.get(1).refusal()).isInstanceOfSatisfying(InvalidFieldException.class, invalid ->
                assertThat(invalid.violations()).extracting(FieldViolation::field).containsExactly("lead_id"));
        assertThat(references.lookups()).isEqualTo(before + 1);
    }

    /** With upsert, a later item of an email whose earlier item was refused creates it, as item by item. */
    @Test
    void aBatchUpsertCreatesTheEmailAnEarlierRefusedItemOfTheBatchHad() {
        List<BatchOutcome<Contact>> outcomes = service.batch(member, List.of(
                new BatchItem<>(0, TestContacts.details("Amy", "Roe", "amy@acme.com").withLeadId(Id.newId())),
                new BatchItem<>(1, TestContacts.details("Amy", "Again", "amy@acme.com"))), true);

        assertThat(outcomes).extracting(BatchOutcome::result).containsExactly(Result.FAILED, Result.CREATED);
        assertThat(outcomes.get(0).refusal()).isInstanceOf(InvalidFieldException.class);
        assertThat(stored()).extracting(contact -> contact.details().lastName()).containsExactly("Again");
    }

    /** Written together, the store refuses the second new email; written again one by one, only that item fails. */
    @Test
    void aBatchWithANewEmailTwiceCreatesTheFirstAndRefusesTheSecondAlone() {
        List<BatchOutcome<Contact>> outcomes = service.batch(member, List.of(
                new BatchItem<>(0, TestContacts.details("Amy", "Roe", "amy@acme.com")),
                new BatchItem<>(1, TestContacts.details("Bob", "Roe", "bob@acme.com")),
                new BatchItem<>(2, TestContacts.details("Amy", "Again", "AMY@acme.com"))), false);

        assertThat(outcomes).extracting(BatchOutcome::result)
                .containsExactly(Result.CREATED, Result.CREATED, Result.FAILED);
        assertThat(outcomes.get(2).refusal()).isInstanceOf(ConflictException.class);
        assertThat(stored()).extracting(contact -> contact.details().lastName())
                .containsExactlyInAnyOrder("Roe", "Roe");
        assertThat(outbox.types()).containsExactly("contact.created", "contact.created");
    }

    @Test
    void aBatchOfMoreThanOneHundredItemsIsRefusedWhole() {
        List<BatchItem<ContactDetails>> items = IntStream.range(0, 101)
                .mapToObj(i -> new BatchItem<>(i, TestContacts.details("Contact" + i, null, null))).toList();

        assertThatThrownBy(() -> service.batch(member, items, false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(stored()).isEmpty();
        assertThat(outbox.events()).isEmpty();
    }

    @Test
    void aBatchOfOneHundredItemsIsWritten() {
        List<BatchItem<ContactDetails>> items = IntStream.range(0, 100)
                .mapToObj(i -> new BatchItem<>(i, TestContacts.details("Contact" + i, null, null))).toList();

        assertThat(service.batch(member, items, false)).extracting(BatchOutcome::result).containsOnly(Result.CREATED);
        assertThat(stored()).hasSize(100);
    }
}
