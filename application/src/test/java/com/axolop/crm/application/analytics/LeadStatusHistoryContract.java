package com.axolop.crm.application.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.shared.Uuids;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link LeadStatusHistory} does; run against the in-memory fake and PostgreSQL. */
public abstract class LeadStatusHistoryContract {
    private final WorkspaceId workspace = new WorkspaceId("ws-" + UUID.randomUUID());
    private final UUID lead = Uuids.v7();

    protected abstract LeadStatusHistory createHistory();

    @Test
    void keepsEveryStatusTheLeadEnteredOldestFirst() {
        LeadStatusHistory history = createHistory();
        var created = change(null, LeadStatus.NEW, "2024-02-28T10:00:00Z");
        var qualified = change(LeadStatus.NEW, LeadStatus.QUALIFIED, "2024-02-29T10:00:00Z");
        var back = change(LeadStatus.QUALIFIED, LeadStatus.CONTACTED, "2024-03-01T10:00:00Z");

        history.record(back);
        history.record(created);
        history.record(qualified);

        assertThat(history.history(workspace, lead)).containsExactly(created, qualified, back);
    }

    @Test
    void aRedeliveredEventIsRecordedOnce() {
        LeadStatusHistory history = createHistory();
        var created = change(null, LeadStatus.NEW, "2024-02-28T10:00:00Z");

        history.record(created);
        history.record(created);

        assertThat(history.history(workspace, lead)).containsExactly(created);
    }

    @Test
    void anotherWorkspaceSeesNoneOfIt() {
        LeadStatusHistory history = createHistory();
        history.record(change(null, LeadStatus.NEW, "2024-02-28T10:00:00Z"));

        assertThat(history.history(new WorkspaceId("ws-" + UUID.randomUUID()), lead)).isEmpty();
    }

    @Test
    void aDeletedLeadKeepsItsHistory() {
        LeadStatusHistory history = createHistory();
        var created = change(null, LeadStatus.NEW, "2024-02-28T10:00:00Z");
        history.record(created);

        history.leadDeleted(workspace, lead);

        assertThat(history.history(workspace, lead)).containsExactly(created);
    }

    private StatusChange change(LeadStatus from, LeadStatus to, String at) {
        return new StatusChange(Uuids.v7(), workspace, lead, from, to, Instant.parse(at));
    }
}
