package com.axolop.crm.application.lead;

import com.axolop.crm.application.contact.ManageContactsUseCase;
import com.axolop.crm.application.opportunity.ManageOpportunitiesUseCase;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.opportunity.Opportunity;
import com.axolop.crm.domain.opportunity.OpportunityDetails;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.refusal.NotFoundException;
import com.axolop.crm.domain.shared.Id;
import java.util.Objects;

/**
 * Lead conversion in one transaction: the contact and opportunity are created through their own use cases
 * (same checks, same events), which join it; so a refused contact leaves the lead unconverted and no events.
 */
public class ConvertLeadService implements ConvertLeadUseCase {
    private final LeadWritePorts ports;
    private final LeadCache cache;
    private final ManageContactsUseCase contacts;
    private final ManageOpportunitiesUseCase opportunities;

    public ConvertLeadService(LeadWritePorts ports, ManageContactsUseCase contacts,
                              ManageOpportunitiesUseCase opportunities) {
        this.ports = Objects.requireNonNull(ports);
        this.cache = new LeadCache(ports.cache());
        this.contacts = Objects.requireNonNull(contacts);
        this.opportunities = Objects.requireNonNull(opportunities);
    }

    @Override
    public LeadConversion convert(Actor actor, ConvertLeadCommand command) {
        actor.requireWriter();
        LeadConversion conversion = ports.transactions().inTransaction(() -> {
            Lead lead = ports.leads().findByIdForUpdate(actor.workspace(), command.id())
                    .orElseThrow(() -> new NotFoundException("Lead not found"));
            command.expectedVersion().check(lead.version());
            if (!lead.canConvert()) {
                throw new ConflictException("Lead " + lead.id() + " is already converted", null);
            }
            ConversionDrafts drafts = command.shape().apply(new ConversionDrafts(ContactDetails.convertedFrom(lead),
                    command.withOpportunity() ? OpportunityDetails.convertedFrom(lead) : null));
            Id<Lead> leadId = new Id<>(lead.id().value());
            Contact contact = contacts.create(actor, drafts.contact().withLeadId(leadId));
            Opportunity opportunity = drafts.opportunity() == null ? null
                    : opportunities.create(actor, drafts.opportunity().about(leadId, contact.id()));
            Lead.Change converted = lead.convert(contact.id().value(),
                    opportunity == null ? null : opportunity.id().value(), ports.clock().instant());
            ports.leads().update(converted.lead());
            ports.outbox().append(LeadEvents.toOutbox(converted.events()));
            return new LeadConversion(converted.lead(), contact, opportunity);
        });
        ports.transactions().afterCommit(() -> cache.invalidate(actor.workspace()));
        return conversion;
    }
}
