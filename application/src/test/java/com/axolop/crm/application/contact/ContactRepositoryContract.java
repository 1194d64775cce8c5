package com.axolop.crm.application.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.application.record.RecordRepositoryContract;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.SearchText;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link ContactRepository} does besides the generic record behaviour: its filters and emails. */
public abstract class ContactRepositoryContract
        extends RecordRepositoryContract<Contact, ContactFilter, ContactSortField> {
    private static final ContactFilter ALL = new ContactFilter(null, null, DateRange.ALL, null);

    private static final UserId CREATOR = new UserId("creator");

    protected ContactRepository contacts;

    protected abstract ContactRepository createContactRepository();

    @Override
    protected final RecordRepository<Contact, ContactFilter, ContactSortField> createRepository() {
        contacts = createContactRepository();
        return contacts;
    }

    @Override
    protected Contact newRecord(Id<Contact> id, WorkspaceId workspace) {
        return contact(id, workspace, TestContacts.details("Jane", "Doe", id + "@example.com"), T0);
    }

    @Override
    protected Contact nextVersion(Contact contact) {
        ContactDetails changed = TestContacts.withCompany(contact.details(), "Globex", "Chief buyer");
        return new Contact(contact.id(), contact.workspaceId(), changed,
                contact.revision().next(contact.revision().updatedAt().plusSeconds(60)));
    }

    @Override
    protected ContactFilter everything() {
        return ALL;
    }

    @Override
    protected Class<ContactSortField> sortFields() {
        return ContactSortField.class;
    }

    @Override
    protected Set<ContactSortField> optionalSortFields() {
        return EnumSet.of(ContactSortField.FIRST_NAME, ContactSortField.LAST_NAME, ContactSortField.EMAIL,
                ContactSortField.COMPANY);
    }

    @Override
    protected Set<ContactSortField> uniqueSortFields() {
        return EnumSet.of(ContactSortField.EMAIL);
    }

    @Override
    protected Contact ranked(Id<Contact> id, WorkspaceId workspace, ContactSortField field, Integer rank) {
        ContactDetails d = TestContacts.details("Jane", "Doe", null);
        String text = rank == null ? null : "rank" + (char) ('a' + rank);
        Revision revision = Revision.first(CREATOR, T0);
        switch (field) {
            case CREATED_AT -> revision = Revision.first(CREATOR, T0.plusSeconds(rank));
            case UPDATED_AT -> revision = new Revision(CREATOR, T0, T0.plusSeconds(rank), 1);
            case FIRST_NAME -> d = TestContacts.withNames(d, text, "Doe");
            case LAST_NAME -> d = TestContacts.withNames(d, "Jane", text);
            case EMAIL -> d = TestContacts.withEmail(d, text == null ? null : text + "@example.com");
            case COMPANY -> d = TestContacts.withCompany(d, text, "Buyer");
        }
        return new Contact(id, workspace, d, revision);
    }

    private Contact stored(ContactDetails details, Instant createdAt) {
        return stored(contact(Id.newId(), workspace, details, createdAt));
    }

    private static Contact contact(Id<Contact> id, WorkspaceId workspace, ContactDetails details, Instant createdAt) {
        return new Contact(id, workspace, details, Revision.first(CREATOR, createdAt));
    }

    @Test
    void findsTheContactsOfSeveralEmailsInOneLookUpByEmailInLowerCase() {
        Contact jane = stored(TestContacts.details("Jane", "Doe", "Jane.Doe@Acme.com"), T0);
        Contact john = stored(TestContacts.details("John", "Doe", "john@acme.com"), T0);
        stored(TestContacts.details("Amy", "Roe", "amy@acme.com"), T0);
        repository.insert(contact(Id.newId(), newWorkspace(), TestContacts.details("Bob", "Roe", "bob@acme.com"), T0));

        assertThat(contacts.findByEmails(workspace, List.of(new EmailAddress("jane.doe@ACME.com"),
                new EmailAddress("John@acme.com"), new EmailAddress("bob@acme.com"))))
                .isEqualTo(Map.of("jane.doe@acme.com", jane, "john@acme.com", john));
    }

    @Test
    void doesNotFindAContactOfAnotherWorkspaceByEmail() {
        stored(TestContacts.details("Jane", "Doe", "jane@acme.com"), T0);

        assertThat(contacts.findByEmails(newWorkspace(), List.of(new EmailAddress("jane@acme.com")))).isEmpty();
    }

    @Test
    void refusesASecondContactWithAnEmailAlreadyStoredWhateverItsCase() {
        Contact jane = stored(TestContacts.details("Jane", "Doe", "jane@acme.com"), T0);
        Contact twin = contact(Id.newId(), workspace, TestContacts.details("Janet", "Doe", "JANE@acme.com"), T0);

        assertThatThrownBy(() -> contacts.insert(twin)).isInstanceOf(ConflictException.class);
        assertThat(listed(ALL)).containsExactly(jane);
    }

    @Test
    void refusesAnUpdateToTheEmailOfAnotherContact() {
        stored(TestContacts.details("Jane", "Doe", "jane@acme.com"), T0);
        Contact john = stored(TestContacts.details("John", "Doe", "john@acme.com"), T0);
        Contact johnAsJane = new Contact(john.id(), workspace, TestContacts.withEmail(john.details(), "Jane@acme.com"),
                john.revision().next(T0.plusSeconds(60)));

        assertThatThrownBy(() -> contacts.update(johnAsJane)).isInstanceOf(ConflictException.class);
        assertThat(contacts.findById(workspace, john.id())).contains(john);
    }

    @Test
    void keepsContactsWithoutEmailAndTheSameEmailInAnotherWorkspace() {
        stored(TestContacts.details("Jane", "Doe", "jane@acme.com"), T0);
        stored(TestContacts.details("Anne", null, null), T0);
        stored(TestContacts.details("Bob", null, null), T0);
        Contact elsewhere = contact(Id.newId(), newWorkspace(), TestContacts.details("Jane", "Doe", "jane@acme.com"),
                T0);

        contacts.insert(elsewhere);

        assertThat(listed(ALL)).hasSize(3);
        assertThat(contacts.findByEmails(elsewhere.workspaceId(), List.of(new EmailAddress("jane@acme.com"))))
                .isEqualTo(Map.of("jane@acme.com", elsewhere));
    }

    @Test
    void filtersByTheLeadAContactCameFrom() {
        Id<Lead> lead = Id.newId();
        Contact fromLead = stored(TestContacts.details("Jane", "Doe", null).withLeadId(lead), T0);
        stored(TestContacts.details("John", "Doe", null).withLeadId(Id.newId()), T0);
        stored(TestContacts.details("Anne", "Doe", null), T0);

        assertThat(listed(new ContactFilter(lead, null, DateRange.ALL, null))).containsExactly(fromLead);
    }

    @Test
    void filtersByOwner() {
        UserId rep = new UserId("rep-7");
        Contact owned = stored(TestContacts.withOwner(TestContacts.details("Jane", "Doe", null), rep), T0);
        stored(TestContacts.withOwner(TestContacts.details("John", "Doe", null), new UserId("rep-8")), T0);
        stored(TestContacts.details("Anne", "Doe", null), T0);

        assertThat(listed(new ContactFilter(null, rep, DateRange.ALL, null))).containsExactly(owned);
    }

    @Test
    void filtersByTagsToContactsCarryingEveryOne() {
        Contact both = stored(TestContacts.withTags(TestContacts.details("Jane", "Doe", null), "vip", "eu"), T0);
        stored(TestContacts.withTags(TestContacts.details("John", "Doe", null), "eu"), T0);
        stored(TestContacts.withTags(TestContacts.details("Anne", "Doe", null)), T0);

        assertThat(listed(new ContactFilter(null, null, DateRange.ALL, null, new Tags(List.of("vip", "eu")))))
                .containsExactly(both);
    }

    @Test
    void filtersByCreationTimeIncludingTheStartAndExcludingTheEnd() {
        stored(TestContacts.details("before", null, null), T0.minusSeconds(1));
        Contact atStart = stored(TestContacts.details("start", null, null), T0);
        Contact inside = stored(TestContacts.details("inside", null, null), T0.plusSeconds(3599));
        stored(TestContacts.details("end", null, null), T0.plusSeconds(3600));

        assertThat(listed(new ContactFilter(null, null, new DateRange(T0, T0.plusSeconds(3600)), null)))
                .containsExactly(atStart, inside);
    }

    @Test
    void aSearchKeepsTheContactsWhoseNameEmailCompanyOrJobTitleHoldTheText() {
        Contact named = stored(TestContacts.withCompany(TestContacts.details("Globex", "Smith", null), null, null), T0);
        Contact byEmail = stored(TestContacts.withCompany(TestContacts.details("Ann", "Lee", "ann@globex.io"),
                null, null), T0.plusSeconds(1));
        Contact byCompany = stored(TestContacts.withCompany(TestContacts.details("Bob", "Ray", null), "Globex", null),
                T0.plusSeconds(2));
        Contact byTitle = stored(TestContacts.withCompany(TestContacts.details("Cy", "Ode", null), null,
                "Head of Globex"), T0.plusSeconds(3));
        stored(TestContacts.withCompany(TestContacts.details("Dee", "Fox", "dee@initech.io"), "Initech", "Buyer"),
                T0.plusSeconds(4));

        var page = repository.list(workspace, query(searchFor("globex"),
                new Sort<>(ContactSortField.CREATED_AT, Sort.Direction.ASC), 1, 20));

        assertThat(page.items()).containsExactly(named, byEmail, byCompany, byTitle);
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void aSearchRanksAMatchInTheNameAboveOneInTheCompany() {
        Contact byCompany = stored(TestContacts.withCompany(TestContacts.details("Bob", "Ray", null), "Initech", null),
                T0);
        Contact named = stored(TestContacts.withCompany(TestContacts.details("Initech", "Smith", null), null, null),
                T0.plusSeconds(1));

        var page = repository.list(workspace, query(searchFor("initech"), Sort.relevance(), 1, 20));

        assertThat(page.items()).containsExactly(named, byCompany);
    }

    @Test
    void aSearchOfOneOrTwoCharactersFindsTheWordsStartingWithThem() {
        Contact jane = stored(TestContacts.withCompany(TestContacts.details("Jane", "Doe", null), null, null), T0);
        stored(TestContacts.withCompany(TestContacts.details("Bob", "Ray", null), "Ninja Corp", null), T0);

        assertThat(listed(searchFor("ja"))).containsExactly(jane);
    }

    @Test
    void aSearchWithOtherCharactersThanWordsFindsThemInsideTheShortFieldsOnly() {
        Contact withEmail = stored(TestContacts.details("Jane", "Doe", "jane@acme.com"), T0);
        stored(TestContacts.details("Jane", "Roe", null), T0);

        assertThat(listed(searchFor("jane@"))).containsExactly(withEmail);
    }

    @Test
    void aSearchCombinesWithTheOtherFilters() {
        UserId rep = new UserId("rep-7");
        Contact owned = stored(TestContacts.withOwner(TestContacts.withCompany(
                TestContacts.details("Bob", "Ray", null), "Globex", null), rep), T0);
        stored(TestContacts.withCompany(TestContacts.details("Cy", "Ode", null), "Globex", null), T0);
        stored(TestContacts.withOwner(TestContacts.withCompany(TestContacts.details("Dee", "Fox", null), "Initech",
                null), rep), T0);

        assertThat(repository.list(workspace, query(new ContactFilter(null, rep, DateRange.ALL,
                new SearchText("globex")), Sort.relevance(), 1, PageRequest.MAX_LIMIT)).items()).containsExactly(owned);
    }

    @Test
    void aSearchedListIsPagedWithTheTotalOfItsMatchesEvenPastTheLastPage() {
        for (int i = 0; i < 5; i++) {
            stored(TestContacts.withCompany(TestContacts.details("Buyer" + i, null, null), "Globex", null),
                    T0.plusSeconds(i));
        }
        stored(TestContacts.withCompany(TestContacts.details("Dee", null, null), "Initech", null), T0);
        Sort<ContactSortField> byCreation = new Sort<>(ContactSortField.CREATED_AT, Sort.Direction.DESC);

        var second = repository.list(workspace, query(searchFor("globex"), byCreation, 2, 2));
        var beyond = repository.list(workspace, query(searchFor("globex"), byCreation, 4, 2));

        assertThat(second.items()).extracting(contact -> contact.details().firstName())
                .containsExactly("Buyer2", "Buyer1");
        assertThat(second.total()).isEqualTo(5);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void anExportOfASearchStreamsItsMatchesInTheOrderOfTheList() {
        stored(TestContacts.withCompany(TestContacts.details("Bob", "Ray", null), "Globex", null), T0);
        stored(TestContacts.withCompany(TestContacts.details("Globex", "Smith", null), null, null), T0);
        stored(TestContacts.withCompany(TestContacts.details("Dee", "Fox", null), "Initech", null), T0);
        List<Contact> streamed = new ArrayList<>();

        long count = repository.forEach(workspace, searchFor("globex"), Sort.relevance(), streamed::add);

        assertThat(count).isEqualTo(2);
        assertThat(streamed).extracting(contact -> contact.details().firstName()).containsExactly("Globex", "Bob");
        assertThat(streamed).containsExactlyElementsOf(repository.list(workspace,
                query(searchFor("globex"), Sort.relevance(), 1, 20)).items());
    }

    private static ContactFilter searchFor(String text) {
        return new ContactFilter(null, null, DateRange.ALL, new SearchText(text));
    }
}
