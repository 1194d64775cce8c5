package com.axolop.crm.application.opportunity;

import static com.axolop.crm.application.record.InMemoryRecordRepository.nullsLast;

import com.axolop.crm.application.record.FakeTextSearch;
import com.axolop.crm.application.record.InMemoryRecordRepository;
import com.axolop.crm.domain.opportunity.Opportunity;
import com.axolop.crm.domain.opportunity.OpportunityDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Test fake of {@link OpportunityRepository}; stages sort in pipeline order, as the store's enum does. */
public class InMemoryOpportunityRepository
        extends InMemoryRecordRepository<Opportunity, OpportunityFilter, OpportunitySortField>
        implements OpportunityRepository {
    public InMemoryOpportunityRepository() {
        super(InMemoryOpportunityRepository::matches, InMemoryOpportunityRepository::order,
                filter -> Comparator.comparingDouble(opportunity -> FakeTextSearch.rank(filter.search(),
                        List.of(opportunity.details().name()))));
    }

    private static boolean matches(Opportunity opportunity, OpportunityFilter filter) {
        OpportunityDetails d = opportunity.details();
        BigDecimal value = d.value() == null ? null : d.value().value();
        LocalDate close = d.expectedCloseDate();
        // As in SQL, a bound on an empty value or date is not met.
        return (filter.stage() == null || filter.stage() == d.stage())
                && (filter.minValue() == null || value != null && value.compareTo(filter.minValue().value()) >= 0)
                && (filter.maxValue() == null || value != null && value.compareTo(filter.maxValue().value()) <= 0)
                && (filter.closeFrom() == null || close != null && !close.isBefore(filter.closeFrom()))
                && (filter.closeTo() == null || close != null && !close.isAfter(filter.closeTo()))
                && (filter.leadId() == null || filter.leadId().equals(d.leadId()))
                && (filter.contactId() == null || filter.contactId().equals(d.contactId()))
                && (filter.owner() == null || filter.owner().equals(d.owner()))
                && within(opportunity.revision().createdAt(), filter.created())
                && (filter.search() == null || FakeTextSearch.matches(filter.search(), List.of(d.name()),
                Arrays.asList(d.lostReason())));
    }

    private static Comparator<Opportunity> order(OpportunitySortField field) {
        return switch (field) {
            case CREATED_AT -> Comparator.comparing(opportunity -> opportunity.revision().createdAt());
            case UPDATED_AT -> Comparator.comparing(opportunity -> opportunity.revision().updatedAt());
            case NAME -> Comparator.comparing(opportunity -> opportunity.details().name());
            case VALUE -> nullsLast(opportunity -> opportunity.details().value() == null ? null
                    : opportunity.details().value().value());
            case EXPECTED_CLOSE_DATE -> nullsLast(opportunity -> opportunity.details().expectedCloseDate());
            case STAGE -> Comparator.comparing(opportunity -> opportunity.details().stage());
        };
    }
}
