package com.axolop.crm.application.analytics;

import com.axolop.crm.application.event.EventSubscriber;
import com.axolop.crm.application.event.ReceivedEvent;
import com.axolop.crm.application.port.TransactionRunner;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.shared.Enums;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps what analytics derive from the event stream: each lead's status history (lead.created gives the first
 * status, lead.status_changed the next ones, opportunity.won the funnel's last stage), and, after the commit of
 * any lead, contact or opportunity event, drops the workspace's cached reports. Nothing is written on the
 * request path.
 */
public class AnalyticsProjection implements EventSubscriber {
    private static final Set<String> FEEDS = Set.of("lead", "contact", "opportunity");
    private final LeadStatusHistory history;
    private final AnalyticsCache cache;
    private final TransactionRunner transactions;

    public AnalyticsProjection(LeadStatusHistory history, AnalyticsCache cache, TransactionRunner transactions) {
        this.history = Objects.requireNonNull(history);
        this.cache = Objects.requireNonNull(cache);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public String name() {
        return "analytics";
    }

    @Override
    public boolean accepts(String eventType) {
        return FEEDS.contains(eventType.substring(0, Math.max(eventType.indexOf('.'), 0)));
    }

    @Override
    public void handle(ReceivedEvent event) {
        switch (event.type()) {
            case "lead.created" -> history.record(new StatusChange(event.id(), event.workspace(),
                    UUID.fromString(event.aggregateId()), null, status(field(event, "lead", "status")),
                    event.occurredAt()));
            case "lead.status_changed" -> history.record(new StatusChange(event.id(), event.workspace(),
                    UUID.fromString(event.aggregateId()), status(event.payload().get("from")),
                    status(event.payload().get("to")), event.occurredAt()));
            case "lead.deleted" -> history.leadDeleted(event.workspace(), UUID.fromString(event.aggregateId()));
            case "opportunity.won" -> {
                if (field(event, "opportunity", "lead_id") instanceof String lead) {
                    history.dealWon(event.workspace(), UUID.fromString(lead), closedAt(event));
                }
            }
            default -> {
                // other changes only make the cached reports stale
            }
        }
        transactions.afterCommit(() -> cache.invalidate(event.workspace()));
    }

    private static Object field(ReceivedEvent event, String record, String name) {
        return event.payload().get(record) instanceof Map<?, ?> fields ? fields.get(name) : null;
    }

    private static LeadStatus status(Object value) {
        return Enums.parse(LeadStatus.class, String.valueOf(value));
    }

    // The deal's own close time: the event may be handled much later than it happened.
    private static Instant closedAt(ReceivedEvent event) {
        return field(event, "opportunity", "closed_at") instanceof String closed ? Instant.parse(closed)
                : event.occurredAt();
    }
}
