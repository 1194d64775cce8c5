package com.axolop.crm.application.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.application.record.RecordRepositoryContract;
import com.axolop.crm.application.shared.DateRange;
import com.axolop.crm.domain.integration.Integration;
import com.axolop.crm.domain.integration.IntegrationCredentials;
import com.axolop.crm.domain.integration.IntegrationDetails;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link IntegrationRepository} does besides the generic record behaviour. */
public abstract class IntegrationRepositoryContract
        extends RecordRepositoryContract<Integration, IntegrationFilter, IntegrationSortField> {
    private static final UserId CREATOR = new UserId("admin");

    protected abstract IntegrationRepository createIntegrationRepository();

    @Override
    protected final RecordRepository<Integration, IntegrationFilter, IntegrationSortField> createRepository() {
        return createIntegrationRepository();
    }

    private static IntegrationDetails details(String provider, String name, String apiKey) {
        return new IntegrationDetails(provider, name, new IntegrationCredentials(Map.of("api_key", apiKey)),
                new CustomFields("{\"region\":\"eu\"}"));
    }

    @Override
    protected Integration newRecord(Id<Integration> id, WorkspaceId workspace) {
        return new Integration(id, workspace, details("stripe", "Billing", "sk_live_1234567890abcd"),
                Revision.first(CREATOR, T0));
    }

    @Override
    protected Integration nextVersion(Integration record) {
        return record.update(details("stripe", "Billing (EU)", "sk_live_rotated_0987654321"),
                record.revision().updatedAt().plusSeconds(60)).record();
    }

    @Override
    protected IntegrationFilter everything() {
        return new IntegrationFilter(null, DateRange.ALL);
    }

    @Override
    protected Class<IntegrationSortField> sortFields() {
        return IntegrationSortField.class;
    }

    @Override
    protected Set<IntegrationSortField> optionalSortFields() {
        return Set.of();
    }

    @Override
    protected Integration ranked(Id<Integration> id, WorkspaceId workspace, IntegrationSortField field, Integer rank) {
        char letter = (char) ('a' + rank);
        return switch (field) {
            case CREATED_AT -> new Integration(id, workspace, details("stripe", "Billing", "sk_live_1234567890abcd"),
                    Revision.first(CREATOR, T0.plusSeconds(rank)));
            case UPDATED_AT -> new Integration(id, workspace, details("stripe", "Billing", "sk_live_1234567890abcd"),
                    new Revision(CREATOR, T0, T0.plusSeconds(rank), 1));
            case NAME -> new Integration(id, workspace, details("stripe", "name " + letter, "sk_live_1234567890abcd"),
                    Revision.first(CREATOR, T0));
            case PROVIDER -> new Integration(id, workspace, details("provider" + letter, "Billing",
                    "sk_live_1234567890abcd"), Revision.first(CREATOR, T0));
        };
    }

    @Test
    void readsCredentialsBackAsWritten() {
        Integration stored = stored(newRecord());

        assertThat(repository.findById(workspace, stored.id()).orElseThrow().details().credentials().values())
                .containsExactly(Map.entry("api_key", "sk_live_1234567890abcd"));
    }
}
