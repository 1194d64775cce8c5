package com.axolop.crm.application.contact;

import static com.axolop.crm.application.record.InMemoryRecordRepository.nullsLast;

import com.axolop.crm.application.record.FakeTextSearch;
import com.axolop.crm.application.record.InMemoryRecordRepository;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Test fake of {@link ContactRepository}: one contact per email in a workspace, whatever its case. */
public class InMemoryContactRepository extends InMemoryRecordRepository<Contact, ContactFilter, ContactSortField>
        implements ContactRepository {
    public InMemoryContactRepository() {
        super(InMemoryContactRepository::matches, InMemoryContactRepository::order,
                InMemoryContactRepository::relevance);
        uniqueWithinWorkspace(contact -> contact.details().emailKey());
    }

    private int emailLookups;

    /** How many times {@link #findByEmails} was asked (each a query in the store). */
    public int emailLookups() {
        return emailLookups;
    }

    private Optional<Contact> holder(WorkspaceId workspace, EmailAddress email) {
        String key = email.value().toLowerCase(Locale.ROOT);
        return all().stream().filter(contact -> contact.workspaceId().equals(workspace)
                && key.equals(contact.details().emailKey())).findFirst();
    }

    @Override
    public Map<String, Contact> findByEmails(WorkspaceId workspace, Collection<EmailAddress> emails) {
        emailLookups++;
        Map<String, Contact> found = new HashMap<>();
        emails.forEach(email -> holder(workspace, email).ifPresent(contact ->
                found.put(contact.details().emailKey(), contact)));
        return found;
    }

    private static boolean matches(Contact contact, ContactFilter filter) {
        ContactDetails d = contact.details();
        return (filter.leadId() == null || filter.leadId().equals(d.leadId()))
                && (filter.owner() == null || filter.owner().equals(d.owner()))
                && within(contact.revision().createdAt(), filter.created())
                && d.tags().values().containsAll(filter.tags().values())
                && (filter.search() == null || FakeTextSearch.matches(filter.search(), searched(d), List.of()));
    }

    private static Comparator<Contact> order(ContactSortField field) {
        return switch (field) {
            case CREATED_AT -> Comparator.comparing(contact -> contact.revision().createdAt());
            case UPDATED_AT -> Comparator.comparing(contact -> contact.revision().updatedAt());
            case FIRST_NAME -> nullsLast(contact -> contact.details().firstName());
            case LAST_NAME -> nullsLast(contact -> contact.details().lastName());
            case EMAIL -> nullsLast(contact -> contact.details().email() == null ? null
                    : contact.details().email().value());
            case COMPANY -> nullsLast(contact -> contact.details().company());
        };
    }

    private static Comparator<Contact> relevance(ContactFilter filter) {
        return Comparator.comparingDouble(contact -> FakeTextSearch.rank(filter.search(), searched(contact.details())));
    }

    /** The store's search_text: full name, email, company, job title. */
    private static List<String> searched(ContactDetails d) {
        return Arrays.asList(fullName(d), d.email() == null ? null : d.email().value(), d.company(), d.title());
    }

    private static String fullName(ContactDetails d) {
        return d.firstName() == null ? d.lastName() : d.lastName() == null ? d.firstName()
                : d.firstName() + " " + d.lastName();
    }
}
