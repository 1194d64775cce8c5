package com.axolop.crm.application.lead;

import com.axolop.crm.application.contact.ManageContactsUseCase;
import com.axolop.crm.application.opportunity.ManageOpportunitiesUseCase;
import com.axolop.crm.application.port.Cache;
import com.axolop.crm.application.port.CacheRegion;
import com.axolop.crm.application.record.BatchItem;
import com.axolop.crm.application.record.BatchOutcome;
import com.axolop.crm.application.record.GenerationCache;
import com.axolop.crm.application.record.RecordKind;
import com.axolop.crm.application.record.RecordService;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.lead.LeadEvent;
import com.axolop.crm.domain.opportunity.Opportunity;
import com.axolop.crm.domain.opportunity.OpportunityDetails;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.RecordEvent;
import com.axolop.crm.domain.shared.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Leads: cached reads (the contract's lead cache), batch upserts by email, and conversion into a contact and an
 * opportunity in one transaction, through their own use cases (same checks, same events), which join it.
 */
public class LeadService extends RecordService<Lead, LeadDetails, LeadFilter, LeadSortField>
        implements ManageLeadsUseCase, ConvertLeadUseCase {
    public static final RecordKind<Lead> KIND =
            new RecordKind<>("lead", "lead", "Lead not found", LeadSnapshot::of, LeadService::eventDetails);

    private final LeadRepository leads;
    private final ManageContactsUseCase contacts;
    private final ManageOpportunitiesUseCase opportunities;

    public LeadService(LeadRepository leads, RecordWritePorts ports, Cache cache, ManageContactsUseCase contacts,
                       ManageOpportunitiesUseCase opportunities) {
        super(leads, KIND, ports, new GenerationCache<>(cache, CacheRegion.LEADS, "lead"));
        this.leads = leads;
        this.contacts = Objects.requireNonNull(contacts);
        this.opportunities = Objects.requireNonNull(opportunities);
    }

    @Override
    protected Change<Lead> created(Id<Lead> id, Actor actor, LeadDetails details, Instant now) {
        return Lead.create(id, actor.workspace(), details, actor.user(), now);
    }

    @Override
    public List<BatchOutcome<Lead>> batch(Actor actor, List<BatchItem<LeadDetails>> items, boolean upsert) {
        return batch(actor, items, upsert, LeadDetails::email, leads::findByEmails);
    }

    @Override
    public List<BatchOutcome<Lead>> importBatch(Actor actor, List<BatchItem<LeadDetails>> items, boolean upsert) {
        return writeAll(actor, items, upsert, LeadDetails::email, leads::findByEmails);
    }

    @Override
    public ConversionDrafts conversionDrafts(Actor actor, Id<Lead> id) {
        Lead lead = leads.findById(actor.workspace(), id).orElseThrow(KIND::notFound);
        lead.requireConvertible();
        return new ConversionDrafts(ContactDetails.convertedFrom(lead), OpportunityDetails.convertedFrom(lead),
                lead.revision().version());
    }

    @Override
    public LeadConversion convert(Actor actor, ConvertLeadCommand command) {
        actor.requireWriter();
        return ports.transactions().inTransaction(() -> {
            Lead lead = lockCurrent(actor.workspace(), command.id(), command.expectedVersion());
            lead.requireConvertible();
            Contact contact = contacts.create(actor, command.contact().withLeadId(lead.id()));
            Opportunity opportunity = command.opportunity() == null ? null
                    : opportunities.create(actor, command.opportunity().about(lead.id(), contact.id()));
            Lead converted = store(lead, lead.convert(contact.id().value(),
                    opportunity == null ? null : opportunity.id().value(), ports.clock().instant()));
            return new LeadConversion(converted, contact, opportunity);
        });
    }

    // Status, assignment and conversion events say what changed beyond the lead itself.
    private static Map<String, Object> eventDetails(RecordEvent<Lead> event) {
        var details = new LinkedHashMap<String, Object>();
        switch (event) {
            case LeadEvent.StatusChanged changed -> {
                details.put("from", changed.from().name());
                details.put("to", changed.to().name());
            }
            case LeadEvent.Assigned assigned -> {
                details.put("from", userOrNull(assigned.from()));
                details.put("to", userOrNull(assigned.to()));
            }
            case LeadEvent.Converted converted -> {
                details.put("contact_id", converted.contactId().toString());
                details.put("opportunity_id", converted.opportunityId() == null ? null
                        : converted.opportunityId().toString());
            }
            default -> { }
        }
        return details;
    }

    private static String userOrNull(UserId user) {
        return user == null ? null : user.value();
    }
}
