package com.axolop.crm.application.lead;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Leads of a workspace; lists without a date range count from totals the store keeps, not by scanning. */
public interface LeadRepository extends RecordRepository<Lead, LeadFilter, LeadSortField> {
    /**
     * For an upsert by email: the workspace's lead with this email (case-insensitive; the most recently
     * updated if several). Inside a transaction, other upserts of the same email wait until it ends.
     */
    Optional<Lead> findByEmail(WorkspaceId workspace, EmailAddress email);

    /**
     * For a batch: {@link #findByEmail} for each of {@code emails} in one look-up, by email in lower case (emails
     * found in no lead are absent). Inside a transaction, other upserts of these emails and changes of the leads
     * found wait until it ends.
     */
    Map<String, Lead> findByEmails(WorkspaceId workspace, Collection<EmailAddress> emails);
}
