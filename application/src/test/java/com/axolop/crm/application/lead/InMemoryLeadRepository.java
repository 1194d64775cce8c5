package com.axolop.crm.application.lead;

import com.axolop.crm.application.record.FakeTextSearch;
import com.axolop.crm.application.record.InMemoryRecordRepository;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadDetails;
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

/** Test fake of {@link LeadRepository}, held to {@code LeadRepositoryContract} like the PostgreSQL one. */
public class InMemoryLeadRepository extends InMemoryRecordRepository<Lead, LeadFilter, LeadSortField>
        implements LeadRepository {
    public InMemoryLeadRepository() {
        super(InMemoryLeadRepository::matches, InMemoryLeadRepository::order,
                filter -> Comparator.comparingDouble(lead -> FakeTextSearch.rank(filter.search(),
                        searched(lead.details()))));
    }

    @Override
    public Optional<Lead> findByEmail(WorkspaceId workspace, EmailAddress email) {
        String key = email.value().toLowerCase(Locale.ROOT);
        return all().stream()
                .filter(lead -> lead.workspaceId().equals(workspace) && key.equals(lead.details().emailKey()))
                .max(Comparator.comparing(lead -> lead.revision().updatedAt()));
    }

    @Override
    public Map<String, Lead> findByEmails(WorkspaceId workspace, Collection<EmailAddress> emails) {
        Map<String, Lead> found = new HashMap<>();
        emails.forEach(email -> findByEmail(workspace, email).ifPresent(lead -> found.put(lead.details().emailKey(),
                lead)));
        return found;
    }

    private static boolean matches(Lead lead, LeadFilter filter) {
        LeadDetails d = lead.details();
        return (filter.status() == null || filter.status() == d.status())
                && (filter.type() == null || filter.type() == d.type())
                && within(lead.revision().createdAt(), filter.created())
                && d.tags().values().containsAll(filter.tags().values())
                && (filter.search() == null
                || FakeTextSearch.matches(filter.search(), searched(d), Arrays.asList(d.notes())));
    }

    // Statuses are stored as text, so they sort by name.
    private static Comparator<Lead> order(LeadSortField field) {
        return switch (field) {
            case CREATED_AT -> Comparator.comparing(lead -> lead.revision().createdAt());
            case UPDATED_AT -> Comparator.comparing(lead -> lead.revision().updatedAt());
            case NAME -> Comparator.comparing(lead -> lead.details().name().value());
            case VALUE -> nullsLast(lead -> lead.details().value() == null ? null : lead.details().value().value());
            case STATUS -> Comparator.comparing(lead -> lead.details().status().name());
        };
    }

    /** The store's search_text: name, email, company; notes are searched by whole words only. */
    private static List<String> searched(LeadDetails d) {
        return Arrays.asList(d.name().value(), d.email() == null ? null : d.email().value(), d.company());
    }
}
