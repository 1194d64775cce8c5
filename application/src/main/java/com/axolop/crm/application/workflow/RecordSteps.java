package com.axolop.crm.application.workflow;

import com.axolop.crm.application.contact.ContactRepository;
import com.axolop.crm.application.contact.ContactSnapshot;
import com.axolop.crm.application.contact.ManageContactsUseCase;
import com.axolop.crm.application.lead.LeadRepository;
import com.axolop.crm.application.lead.LeadSnapshot;
import com.axolop.crm.application.lead.ManageLeadsUseCase;
import com.axolop.crm.application.opportunity.ManageOpportunitiesUseCase;
import com.axolop.crm.application.opportunity.OpportunityRepository;
import com.axolop.crm.application.opportunity.OpportunitySnapshot;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.ExpectedVersion;
import com.axolop.crm.application.shared.Role;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.opportunity.Opportunity;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Revision;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.workflow.UpdateField;
import com.axolop.crm.domain.workflow.WorkflowExecution;
import com.axolop.crm.domain.workflow.WorkflowStep;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The records a workflow runs on: leads, contacts and opportunities. Its changes go through each type's own use
 * case (same rules, same events), made by the workflow as a member would.
 */
public final class RecordSteps {
    /** The record types an execution may run on. */
    public static final Set<String> TYPES = Set.of("lead", "contact", "opportunity");

    private final ManageLeadsUseCase leads;
    private final LeadRepository leadStore;
    private final ManageContactsUseCase contacts;
    private final ContactRepository contactStore;
    private final ManageOpportunitiesUseCase opportunities;
    private final OpportunityRepository opportunityStore;

    public RecordSteps(ManageLeadsUseCase leads, LeadRepository leadStore, ManageContactsUseCase contacts,
                       ContactRepository contactStore, ManageOpportunitiesUseCase opportunities,
                       OpportunityRepository opportunityStore) {
        this.leads = Objects.requireNonNull(leads);
        this.leadStore = Objects.requireNonNull(leadStore);
        this.contacts = Objects.requireNonNull(contacts);
        this.contactStore = Objects.requireNonNull(contactStore);
        this.opportunities = Objects.requireNonNull(opportunities);
        this.opportunityStore = Objects.requireNonNull(opportunityStore);
    }

    /** Applies update_field, add_tag or assign to the execution's record, locked so no concurrent change is lost. */
    void apply(WorkflowExecution execution, WorkflowStep step) {
        try {
            edit(actor(execution), execution, step);
        } catch (IllegalArgumentException e) {
            // The record's own rules refused the edited details (a contact left without a name).
            throw new InvalidFieldException(step instanceof UpdateField update ? update.field().apiName()
                    : step.type(), e.getMessage());
        }
    }

    private void edit(Actor actor, WorkflowExecution execution, WorkflowStep step) {
        switch (execution.recordType()) {
            case "lead" -> {
                Lead lead = leadStore.findByIdForUpdate(actor.workspace(), new Id<>(execution.recordId()))
                        .orElseThrow(() -> gone(execution));
                leads.update(actor, lead.id(), RecordEdits.lead(lead.details(), step), version(lead.revision()));
            }
            case "contact" -> {
                Contact contact = contactStore.findByIdForUpdate(actor.workspace(), new Id<>(execution.recordId()))
                        .orElseThrow(() -> gone(execution));
                contacts.update(actor, contact.id(), RecordEdits.contact(contact.details(), step),
                        version(contact.revision()));
            }
            case "opportunity" -> {
                Opportunity opportunity = opportunityStore.findByIdForUpdate(actor.workspace(),
                        new Id<>(execution.recordId())).orElseThrow(() -> gone(execution));
                opportunities.update(actor, opportunity.id(),
                        RecordEdits.opportunity(opportunity.details(), step), version(opportunity.revision()));
            }
            default -> throw new IllegalStateException("No record steps for " + execution.recordType());
        }
    }

    /**
     * What a condition step tests: the record as it is now in the store (never a cached copy), under its type
     * ({"lead": {...}}).
     */
    Map<String, Object> context(WorkflowExecution execution) {
        var workspace = execution.workspaceId();
        var id = execution.recordId();
        Map<String, Object> fields = switch (execution.recordType()) {
            case "lead" -> leadStore.findById(workspace, new Id<>(id)).map(LeadSnapshot::of)
                    .orElseThrow(() -> gone(execution));
            case "contact" -> contactStore.findById(workspace, new Id<>(id)).map(ContactSnapshot::of)
                    .orElseThrow(() -> gone(execution));
            case "opportunity" -> opportunityStore.findById(workspace, new Id<>(id)).map(OpportunitySnapshot::of)
                    .orElseThrow(() -> gone(execution));
            default -> Map.of();
        };
        return Map.of(execution.recordType(), fields);
    }

    private static Actor actor(WorkflowExecution execution) {
        return new Actor(execution.workspaceId(), new UserId("workflow:" + execution.workflowId()), Role.MEMBER);
    }

    private static ExpectedVersion version(Revision revision) {
        return ExpectedVersion.exactly(revision.version());
    }

    private static NotFoundException gone(WorkflowExecution execution) {
        return new NotFoundException("The " + execution.recordType() + " " + execution.recordId()
                + " no longer exists");
    }
}
