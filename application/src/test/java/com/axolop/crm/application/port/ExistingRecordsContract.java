package com.axolop.crm.application.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ExistingRecords} must do; run against the fake and PostgreSQL. */
public abstract class ExistingRecordsContract {
    private final WorkspaceId workspace = new WorkspaceId("ws-" + UUID.randomUUID());
    private final WorkspaceId other = new WorkspaceId("ws-" + UUID.randomUUID());

    protected abstract ExistingRecords existingRecords();

    /** Stores a record of {@code type} ("lead", "contact", "opportunity") in the workspace; its id. */
    protected abstract Id<?> stored(String type, WorkspaceId workspace);

    @Test
    void confirmsARecordOfTheTypeInTheWorkspaceOnly() {
        Id<?> lead = stored("lead", workspace);

        assertThat(existingRecords().exists(workspace, "lead", lead)).isTrue();
        assertThat(existingRecords().exists(other, "lead", lead)).isFalse();
        assertThat(existingRecords().exists(workspace, "contact", lead)).isFalse();
        assertThat(existingRecords().exists(workspace, "lead", Id.newId())).isFalse();
    }

    @Test
    void findsWhichOfManyIdsExistInOneLookUp() {
        Id<?> first = stored("contact", workspace);
        Id<?> second = stored("contact", workspace);
        Id<?> elsewhere = stored("contact", other);
        Id<?> opportunity = stored("opportunity", workspace);

        assertThat(existingRecords().existing(workspace, "contact",
                List.of(first, second, elsewhere, opportunity, Id.newId())))
                .containsExactlyInAnyOrder(first, second);
        assertThat(existingRecords().existing(workspace, "opportunity", List.of(opportunity, first)))
                .containsExactly(opportunity);
    }

    @Test
    void findsNothingAmongNoIds() {
        assertThat(existingRecords().existing(workspace, "lead", List.of())).isEmpty();
    }

    @Test
    void refusesAnUnknownType() {
        assertThatThrownBy(() -> existingRecords().existing(workspace, "form", List.of(Id.newId())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
