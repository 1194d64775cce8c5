package com.axolop.crm.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.RecordEvent;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.shared.Uuids;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeadTest {
    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");

    private static LeadDetails details(LeadStatus status, String assignedTo) {
        return new LeadDetails(new LeadName("Acme"), null, null, null, null, status, null, null, null, null, null,
                null, UserId.ofNullable(assignedTo));
    }

    private static Lead created(LeadStatus status) {
        return Lead.create(Id.newId(), new WorkspaceId("acme"), details(status, null), new UserId("rep-1"), T0)
                .record();
    }

    @Test
    void creatingRaisesLeadCreatedAtVersionOne() {
        Change<Lead> change = Lead.create(Id.newId(), new WorkspaceId("acme"), details(LeadStatus.NEW, null),
                new UserId("rep-1"), T0);

        assertThat(change.events()).extracting(RecordEvent::type).containsExactly("lead.created");
        assertThat(change.record().revision().version()).isEqualTo(1);
    }

    @Test
    void aNewStatusAndAssigneeRaiseTheirOwnEventsAfterLeadUpdated() {
        Lead lead = created(LeadStatus.NEW);

        Change<Lead> change = lead.update(details(LeadStatus.CONTACTED, "rep-2"), T0.plusSeconds(1));

        assertThat(change.events()).extracting(RecordEvent::type)
                .containsExactly("lead.updated", "lead.status_changed", "lead.assigned");
        var status = (LeadEvent.StatusChanged) change.events().get(1);
        assertThat(status.from()).isEqualTo(LeadStatus.NEW);
        assertThat(status.to()).isEqualTo(LeadStatus.CONTACTED);
        var assigned = (LeadEvent.Assigned) change.events().get(2);
        assertThat(assigned.from()).isNull();
        assertThat(assigned.to()).isEqualTo(new UserId("rep-2"));
    }

    @Test
    void anIdenticalUpdateKeepsTheVersionAndRaisesNothing() {
        Lead lead = created(LeadStatus.NEW);

        Change<Lead> change = lead.update(details(LeadStatus.NEW, null), T0.plusSeconds(1));

        assertThat(change.events()).isEmpty();
        assertThat(change.record()).isSameAs(lead);
    }

    @Test
    void aLeadIsNotCreatedConverted() {
        assertThatThrownBy(() -> Lead.create(Id.newId(), new WorkspaceId("acme"), details(LeadStatus.CONVERTED, null),
                new UserId("rep-1"), T0))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.violations().getFirst().field()).isEqualTo("status"));
    }

    @Test
    void anUpdateCannotClaimAConversion() {
        Lead lead = created(LeadStatus.QUALIFIED);

        assertThatThrownBy(() -> lead.update(details(LeadStatus.CONVERTED, null), T0))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("only by converting");
    }

    @Test
    void aConvertedLeadStaysConverted() {
        Lead converted = created(LeadStatus.QUALIFIED).convert(Uuids.v7(), null, T0).record();

        assertThatThrownBy(() -> converted.update(details(LeadStatus.NEW, null), T0.plusSeconds(1)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("stays CONVERTED");
        assertThat(converted.update(details(LeadStatus.CONVERTED, "rep-2"), T0.plusSeconds(1)).record()
                .details().status()).isEqualTo(LeadStatus.CONVERTED);
    }
}
