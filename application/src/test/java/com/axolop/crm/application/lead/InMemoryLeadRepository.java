package com.axolop.crm.application.lead;

import com.axolop.crm.application.record.ListQuery;
import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.SearchText;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/** Test fake of {@link LeadRepository}, held to the same contract as the real one. */
public class InMemoryLeadRepository implements LeadRepository {
    private final Map<Id<Lead>, Lead> leads = new ConcurrentHashMap<>();

    @Override
    public void insert(Lead lead) {
        if (leads.putIfAbsent(lead.id(), lead) != null) {
            throw new IllegalStateException("duplicate lead id " + lead.id());
        }
    }

    @Override
    public Optional<Lead> findById(WorkspaceId workspace, Id<Lead> id) {
        return Optional.ofNullable(leads.get(id)).filter(lead -> lead.workspaceId().equals(workspace));
    }

    @Override
    public List<Lead> findAll(WorkspaceId workspace, Collection<Id<Lead>> ids) {
        return ids.stream().map(id -> findById(workspace, id)).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<Lead> findByIdForUpdate(WorkspaceId workspace, Id<Lead> id) {
        return findById(workspace, id);
    }

    @Override
    public Optional<Lead> findByEmail(WorkspaceId workspace, EmailAddress email) {
        return leads.values().stream()
                .filter(lead -> lead.workspaceId().equals(workspace) && lead.details().email() != null
                        && lead.details().email().value().equalsIgnoreCase(email.value()))
                .max(Comparator.comparing(lead -> lead.revision().updatedAt()));
    }

    @Override
    public void update(Lead lead) {
        Lead stored = findById(lead.workspaceId(), lead.id()).orElseThrow();
        if (stored.revision().version() != lead.revision().version() - 1) {
            throw new IllegalStateException("stale version " + lead.revision().version());
        }
        leads.put(lead.id(), lead);
    }

    @Override
    public void delete(Lead lead) {
        leads.remove(lead.id());
    }

    @Override
    public Page<Lead> list(WorkspaceId workspace, ListQuery<LeadFilter, LeadSortField> query) {
        List<Lead> all = matching(workspace, query.filter(), query.sort()).toList();
        List<Lead> page = all.stream().skip(query.page().offset()).limit(query.page().limit()).toList();
        return new Page<>(page, query.page(), all.size());
    }

    @Override
    public long forEach(WorkspaceId workspace, LeadFilter filter, Sort<LeadSortField> sort, Consumer<Lead> sink) {
        List<Lead> all = matching(workspace, filter, sort).toList();
        all.forEach(sink);
        return all.size();
    }

    private Stream<Lead> matching(WorkspaceId workspace, LeadFilter filter, Sort<LeadSortField> sort) {
        Comparator<Lead> order = (sort.byRelevance() ? relevance(filter.search()) : comparator(sort.field()))
                .thenComparing(lead -> lead.id().value());
        if (sort.direction() == Sort.Direction.DESC) {
            order = order.reversed();
        }
        return leads.values().stream()
                .filter(lead -> lead.workspaceId().equals(workspace))
                .filter(lead -> filter.status() == null || lead.details().status() == filter.status())
                .filter(lead -> filter.type() == null || lead.details().type() == filter.type())
                .filter(lead -> inRange(lead.revision().createdAt(), filter))
                .filter(lead -> filter.search() == null || matches(lead, filter.search()))
                .sorted(order);
    }

    private static boolean inRange(Instant at, LeadFilter filter) {
        Instant from = filter.created().from();
        Instant to = filter.created().to();
        return (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
    }

    // A plain substring match on the searched fields: the store's full-text and trigram matching is
    // tested against PostgreSQL.
    private static boolean matches(Lead lead, SearchText search) {
        String needle = search.value().toLowerCase(Locale.ROOT);
        return searched(lead).anyMatch(field -> field.toLowerCase(Locale.ROOT).contains(needle));
    }

    private static Stream<String> searched(Lead lead) {
        LeadDetails d = lead.details();
        return Stream.of(d.name().value(), d.email() == null ? null : d.email().value(), d.company(), d.notes())
                .filter(Objects::nonNull);
    }

    /** Higher is better, as the store's rank: a match in the name beats one elsewhere. */
    private static Comparator<Lead> relevance(SearchText search) {
        String needle = search.value().toLowerCase(Locale.ROOT);
        return Comparator.comparing((Lead lead) -> lead.details().name().value().toLowerCase(Locale.ROOT)
                .contains(needle));
    }

    private static Comparator<Lead> comparator(LeadSortField field) {
        return switch (field) {
            case CREATED_AT -> Comparator.comparing(lead -> lead.revision().createdAt());
            case UPDATED_AT -> Comparator.comparing(lead -> lead.revision().updatedAt());
            case NAME -> Comparator.comparing(lead -> lead.details().name().value());
            case STATUS -> Comparator.comparing(lead -> lead.details().status().name());
            case VALUE -> Comparator.comparing(valueOf(), Comparator.nullsLast(Comparator.naturalOrder()));
        };
    }

    private static Function<Lead, BigDecimal> valueOf() {
        return lead -> lead.details().value() == null ? null : lead.details().value().value();
    }
}
