package com.axolop.crm.application.lead;

import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadId;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Leads of a workspace. Every method takes the workspace: no lead is reachable from another one. */
public interface LeadRepository {
    void insert(Lead lead);

    Optional<Lead> findById(WorkspaceId workspace, LeadId id);

    /** The workspace's leads among {@code ids}, in no particular order; ids it does not hold are skipped. */
    List<Lead> findAll(WorkspaceId workspace, Collection<LeadId> ids);

    /** Like {@link #findById} but locks the row until the surrounding transaction ends. */
    Optional<Lead> findByIdForUpdate(WorkspaceId workspace, LeadId id);

    /**
     * For an upsert by email: the workspace's lead with this email (case-insensitive; the most recently
     * updated if several). Inside a transaction, other upserts of the same email wait until it ends.
     */
    Optional<Lead> findByEmail(WorkspaceId workspace, EmailAddress email);

    /** Stores {@code lead}, whose version must be one more than the stored one. */
    void update(Lead lead);

    void delete(Lead lead);

    Page<Lead> list(WorkspaceId workspace, LeadQuery query);

    /** Feeds every matching lead to {@code sink} in order, without holding them all in memory. */
    long forEach(WorkspaceId workspace, LeadFilter filter, Sort<LeadSortField> sort, Consumer<Lead> sink);
}
