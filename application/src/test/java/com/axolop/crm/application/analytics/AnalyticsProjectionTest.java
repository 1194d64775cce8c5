package com.axolop.crm.application.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.application.event.ReceivedEvent;
import com.axolop.crm.application.port.CacheRegion;
import com.axolop.crm.application.port.DirectTransactionRunner;
import com.axolop.crm.application.port.InMemoryCache;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.shared.Uuids;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnalyticsProjectionTest {
    private final WorkspaceId workspace = new WorkspaceId("acme");
    private final UUID lead = Uuids.v7();
    private final InMemoryLeadStatusHistory history = new InMemoryLeadStatusHistory();
    private final AnalyticsCache cache = new AnalyticsCache(new InMemoryCache());
    private final AnalyticsProjection projection = new AnalyticsProjection(history, cache, new DirectTransactionRunner());

    @Test
    void leadCreatedRecordsTheFirstStatusAndStatusChangedTheNextOnes() {
        var created = event("lead.created", "lead", lead, "2024-02-29T10:00:00Z",
                Map.of("lead", Map.of("id", lead.toString(), "status", "NEW")));
        var changed = event("lead.status_changed", "lead", lead, "2024-03-01T09:00:00Z",
                Map.of("lead", Map.of("id", lead.toString()), "from", "NEW", "to", "QUALIFIED"));

        projection.handle(created);
        projection.handle(changed);

        assertThat(history.history(workspace, lead)).containsExactly(
                new StatusChange(created.id(), workspace, lead, null, LeadStatus.NEW, created.occurredAt()),
                new StatusChange(changed.id(), workspace, lead, LeadStatus.NEW, LeadStatus.QUALIFIED,
                        changed.occurredAt()));
    }

    @Test
    void aWonDealMarksItsLeadAtTheDealsCloseTime() {
        UUID deal = Uuids.v7();
        projection.handle(event("opportunity.won", "opportunity", deal, "2024-03-05T00:00:00Z",
                Map.of("opportunity", Map.of("lead_id", lead.toString(), "closed_at", "2024-03-04T18:00:00Z"))));
        projection.handle(event("opportunity.won", "opportunity", Uuids.v7(), "2024-03-05T00:00:00Z",
                Map.of("opportunity", Map.of("contact_id", Uuids.v7().toString()))));

        assertThat(history.wins).containsExactly(Map.entry(lead, Instant.parse("2024-03-04T18:00:00Z")));
    }

    @Test
    void aDeletedLeadLeavesTheFunnel() {
        projection.handle(event("lead.deleted", "lead", lead, "2024-03-05T00:00:00Z", Map.of("lead", Map.of())));

        assertThat(history.deleted).containsExactly(lead);
    }

    @Test
    void anyLeadContactOrOpportunityEventDropsTheWorkspacesCachedReports() {
        AtomicInteger loads = new AtomicInteger();
        cache.report(workspace, "k", CacheRegion.ANALYTICS, () -> Map.of("n", loads.incrementAndGet()));

        projection.handle(event("contact.updated", "contact", Uuids.v7(), "2024-03-05T00:00:00Z", Map.of()));

        assertThat(cache.report(workspace, "k", CacheRegion.ANALYTICS, () -> Map.of("n", loads.incrementAndGet())))
                .isEqualTo(Map.of("n", 2));
    }

    @Test
    void acceptsTheEventsOfLeadsContactsAndOpportunitiesOnly() {
        assertThat(projection.accepts("lead.assigned")).isTrue();
        assertThat(projection.accepts("contact.created")).isTrue();
        assertThat(projection.accepts("opportunity.stage_changed")).isTrue();
        assertThat(projection.accepts("form.submitted")).isFalse();
        assertThat(projection.accepts("workflow.started")).isFalse();
        assertThat(projection.accepts("leads")).isFalse();
    }

    private ReceivedEvent event(String type, String aggregate, UUID id, String at, Map<String, Object> payload) {
        return new ReceivedEvent(Uuids.v7(), type, aggregate, id.toString(), workspace, Instant.parse(at), payload);
    }
}
