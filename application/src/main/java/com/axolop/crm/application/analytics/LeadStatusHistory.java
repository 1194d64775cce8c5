package com.axolop.crm.application.analytics;

import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every status each lead entered, and when it first reached each stage of the funnel (the funnel counts what
 * leads reached, not only where they are now). Written by {@link AnalyticsProjection} from the event stream.
 */
public interface LeadStatusHistory {
    /** Appends the change (a repeated event id is ignored) and records a stage reached for the first time. */
    void record(StatusChange change);

    /** The lead's deal was won at {@code at}: the funnel's last stage (kept at the first win). */
    void dealWon(WorkspaceId workspace, UUID leadId, Instant at);

    /** The lead is gone: it leaves the funnel; its history stays. */
    void leadDeleted(WorkspaceId workspace, UUID leadId);

    /** The lead's changes, oldest first. */
    List<StatusChange> history(WorkspaceId workspace, UUID leadId);
}
