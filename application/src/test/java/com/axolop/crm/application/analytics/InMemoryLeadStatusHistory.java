package com.axolop.crm.application.analytics;

import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The history in memory; {@link #wins} and {@link #deleted} say what else it was told. */
public final class InMemoryLeadStatusHistory implements LeadStatusHistory {
    private final Map<UUID, StatusChange> changes = new ConcurrentHashMap<>();
    public final Map<UUID, Instant> wins = new ConcurrentHashMap<>();
    public final List<UUID> deleted = new ArrayList<>();

    @Override
    public void record(StatusChange change) {
        changes.putIfAbsent(change.eventId(), change);
    }

    @Override
    public void dealWon(WorkspaceId workspace, UUID leadId, Instant at) {
        wins.merge(leadId, at, (first, next) -> first.isBefore(next) ? first : next);
    }

    @Override
    public synchronized void leadDeleted(WorkspaceId workspace, UUID leadId) {
        deleted.add(leadId);
    }

    @Override
    public List<StatusChange> history(WorkspaceId workspace, UUID leadId) {
        return new ArrayList<>(changes.values()).stream()
                .filter(change -> change.workspace().equals(workspace) && change.leadId().equals(leadId))
                .sorted(Comparator.comparing(StatusChange::at).thenComparing(StatusChange::eventId))
                .toList();
    }
}
