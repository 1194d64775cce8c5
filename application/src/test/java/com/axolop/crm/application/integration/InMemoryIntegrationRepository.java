package com.axolop.crm.application.integration;

import com.axolop.crm.application.record.InMemoryRecordRepository;
import com.axolop.crm.domain.integration.Integration;
import java.util.Comparator;

/** Test fake of {@link IntegrationRepository}. */
public class InMemoryIntegrationRepository
        extends InMemoryRecordRepository<Integration, IntegrationFilter, IntegrationSortField>
        implements IntegrationRepository {
    public InMemoryIntegrationRepository() {
        super(InMemoryIntegrationRepository::matches, InMemoryIntegrationRepository::order);
    }

    private static boolean matches(Integration integration, IntegrationFilter filter) {
        return (filter.provider() == null || filter.provider().equals(integration.details().provider()))
                && within(integration.revision().createdAt(), filter.created());
    }

    private static Comparator<Integration> order(IntegrationSortField field) {
        return switch (field) {
            case CREATED_AT -> Comparator.comparing(integration -> integration.revision().createdAt());
            case UPDATED_AT -> Comparator.comparing(integration -> integration.revision().updatedAt());
            case NAME -> Comparator.comparing(integration -> integration.details().name());
            case PROVIDER -> Comparator.comparing(integration -> integration.details().provider());
        };
    }
}
