package com.axolop.crm.application.workflow;

import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.lead.LeadName;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.lead.LeadType;
import com.axolop.crm.domain.opportunity.OpportunityDetails;
import com.axolop.crm.domain.opportunity.OpportunityStage;
import com.axolop.crm.domain.opportunity.Probability;
import com.axolop.crm.domain.refusal.InvalidFieldException;
import com.axolop.crm.domain.shared.CurrencyCode;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.UserId;
import com.axolop.crm.domain.workflow.AddTag;
import com.axolop.crm.domain.workflow.Assign;
import com.axolop.crm.domain.workflow.UpdatableField;
import com.axolop.crm.domain.workflow.UpdateField;
import com.axolop.crm.domain.workflow.WorkflowStep;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What update_field, add_tag and assign do to a record's details. Values were checked when the workflow was saved
 * (UpdatableField); a field the record type does not have is refused when the step runs.
 */
final class RecordEdits {
    private RecordEdits() {
    }

    static LeadDetails lead(LeadDetails d, WorkflowStep step) {
        return switch (step) {
            case AddTag add -> new LeadDetails(d.name(), d.email(), d.phone(), d.company(), d.type(), d.status(),
                    d.value(), d.currency(), d.source(), d.notes(), tagged(d.tags(), add), d.customFields(),
                    d.assignedTo());
            case Assign assign -> new LeadDetails(d.name(), d.email(), d.phone(), d.company(), d.type(), d.status(),
                    d.value(), d.currency(), d.source(), d.notes(), d.tags(), d.customFields(), assign.to());
            case UpdateField update -> {
                Object v = update.value();
                yield switch (update.field()) {
                    case NAME -> new LeadDetails(new LeadName((String) v), d.email(), d.phone(), d.company(), d.type(),
                            d.status(), d.value(), d.currency(), d.source(), d.notes(), d.tags(), d.customFields(),
                            d.assignedTo());
                    case EMAIL -> new LeadDetails(d.name(), EmailAddress.ofNullable((String) v), d.phone(), d.company(),
                            d.type(), d.status(), d.value(), d.currency(), d.source(), d.notes(), d.tags(),
                            d.customFields(), d.assignedTo());
                    case PHONE -> new LeadDetails(d.name(), d.email(), (String) v, d.company(), d.type(), d.status(),
                            d.value(), d.currency(), d.source(), d.notes(), d.tags(), d.customFields(), d.assignedTo());
                    case COMPANY -> new LeadDetails(d.name(), d.email(), d.phone(), (String) v, d.type(), d.status(),
                            d.value(), d.currency(), d.source(), d.notes(), d.tags(), d.customFields(), d.assignedTo());
                    case TYPE -> new LeadDetails(d.name(), d.email(), d.phone(), d.company(),
                            v == null ? null : LeadType.valueOf((String) v), d.status(), d.value(), d.currency(),
                            d.source(), d.notes(), d.tags(), d.customFields(), d.assignedTo());
                    case STATUS -> d.withStatus(LeadStatus.valueOf((String) v));
                    case VALUE -> new LeadDetails(d.name(), d.email(), d.phone(), d.company(), d.type(), d.status(),
                            amount(v), d.currency(), d.source(), d.notes(), d.tags(), d.customFields(), d.assignedTo());
                    case CURRENCY -> new LeadDetails(d.name(), d.email(), d.phone(), d.company(), d.type(), d.status(),
                            d.value(), new CurrencyCode((String) v), d.source(), d.notes(), d.tags(), d.customFields(),
                            d.assignedTo());
                    case SOURCE -> new LeadDetails(d.name(), d.email(), d.phone(), d.company(), d.type(), d.status(),
                            d.value(), d.currency(), (String) v, d.notes(), d.tags(), d.customFields(), d.assignedTo());
                    case NOTES -> new LeadDetails(d.name(), d.email(), d.phone(), d.company(), d.type(), d.status(),
                            d.value(), d.currency(), d.source(), (String) v, d.tags(), d.customFields(),
                            d.assignedTo());
                    case TAGS -> new LeadDetails(d.name(), d.email(), d.phone(), d.company(), d.type(), d.status(),
                            d.value(), d.currency(), d.source(), d.notes(), tags(v), d.customFields(), d.assignedTo());
                    case ASSIGNED_TO -> new LeadDetails(d.name(), d.email(), d.phone(), d.company(), d.type(),
                            d.status(), d.value(), d.currency(), d.source(), d.notes(), d.tags(), d.customFields(),
                            UserId.ofNullable((String) v));
                    default -> throw notFor(update.field(), "lead");
                };
            }
            default -> throw new IllegalArgumentException("Not an edit: " + step.type());
        };
    }

    static ContactDetails contact(ContactDetails d, WorkflowStep step) {
        return switch (step) {
            case AddTag add -> new ContactDetails(d.firstName(), d.lastName(), d.email(), d.phone(), d.company(),
                    d.title(), d.leadId(), tagged(d.tags(), add), d.customFields(), d.owner());
            case Assign assign -> new ContactDetails(d.firstName(), d.lastName(), d.email(), d.phone(), d.company(),
                    d.title(), d.leadId(), d.tags(), d.customFields(), assign.to());
            case UpdateField update -> {
                Object v = update.value();
                yield switch (update.field()) {
                    case FIRST_NAME -> new ContactDetails((String) v, d.lastName(), d.email(), d.phone(), d.company(),
                            d.title(), d.leadId(), d.tags(), d.customFields(), d.owner());
                    case LAST_NAME -> new ContactDetails(d.firstName(), (String) v, d.email(), d.phone(), d.company(),
                            d.title(), d.leadId(), d.tags(), d.customFields(), d.owner());
                    case EMAIL -> new ContactDetails(d.firstName(), d.lastName(), EmailAddress.ofNullable((String) v),
                            d.phone(), d.company(), d.title(), d.leadId(), d.tags(), d.customFields(), d.owner());
                    case PHONE -> new ContactDetails(d.firstName(), d.lastName(), d.email(), (String) v, d.company(),
                            d.title(), d.leadId(), d.tags(), d.customFields(), d.owner());
                    case COMPANY -> new ContactDetails(d.firstName(), d.lastName(), d.email(), d.phone(), (String) v,
                            d.title(), d.leadId(), d.tags(), d.customFields(), d.owner());
                    case TITLE -> new ContactDetails(d.firstName(), d.lastName(), d.email(), d.phone(), d.company(),
                            (String) v, d.leadId(), d.tags(), d.customFields(), d.owner());
                    case TAGS -> new ContactDetails(d.firstName(), d.lastName(), d.email(), d.phone(), d.company(),
                            d.title(), d.leadId(), tags(v), d.customFields(), d.owner());
                    case OWNER -> new ContactDetails(d.firstName(), d.lastName(), d.email(), d.phone(), d.company(),
                            d.title(), d.leadId(), d.tags(), d.customFields(), UserId.ofNullable((String) v));
                    default -> throw notFor(update.field(), "contact");
                };
            }
            default -> throw new IllegalArgumentException("Not an edit: " + step.type());
        };
    }

    static OpportunityDetails opportunity(OpportunityDetails d, WorkflowStep step) {
        return switch (step) {
            case AddTag add -> new OpportunityDetails(d.name(), d.leadId(), d.contactId(), d.value(), d.currency(),
                    d.stage(), d.probability(), d.expectedCloseDate(), d.lostReason(), tagged(d.tags(), add),
                    d.customFields(), d.owner());
            case Assign assign -> new OpportunityDetails(d.name(), d.leadId(), d.contactId(), d.value(), d.currency(),
                    d.stage(), d.probability(), d.expectedCloseDate(), d.lostReason(), d.tags(), d.customFields(),
                    assign.to());
            case UpdateField update -> opportunityField(d, update);
            default -> throw new IllegalArgumentException("Not an edit: " + step.type());
        };
    }

    private static OpportunityDetails opportunityField(OpportunityDetails d, UpdateField update) {
        Object v = update.value();
        return switch (update.field()) {
            case NAME -> new OpportunityDetails((String) v, d.leadId(), d.contactId(), d.value(), d.currency(),
                    d.stage(), d.probability(), d.expectedCloseDate(), d.lostReason(), d.tags(), d.customFields(),
                    d.owner());
            case VALUE -> new OpportunityDetails(d.name(), d.leadId(), d.contactId(), amount(v), d.currency(),
                    d.stage(), d.probability(), d.expectedCloseDate(), d.lostReason(), d.tags(), d.customFields(),
                    d.owner());
            case CURRENCY -> new OpportunityDetails(d.name(), d.leadId(), d.contactId(), d.value(),
                    new CurrencyCode((String) v), d.stage(), d.probability(), d.expectedCloseDate(), d.lostReason(),
                    d.tags(), d.customFields(), d.owner());
            case STAGE -> new OpportunityDetails(d.name(), d.leadId(), d.contactId(), d.value(), d.currency(),
                    OpportunityStage.valueOf((String) v), d.probability(), d.expectedCloseDate(), d.lostReason(),
                    d.tags(), d.customFields(), d.owner());
            case PROBABILITY -> new OpportunityDetails(d.name(), d.leadId(), d.contactId(), d.value(), d.currency(),
                    d.stage(), v == null ? null : new Probability(((BigDecimal) v).intValueExact()),
                    d.expectedCloseDate(), d.lostReason(), d.tags(), d.customFields(), d.owner());
            case EXPECTED_CLOSE_DATE -> new OpportunityDetails(d.name(), d.leadId(), d.contactId(), d.value(),
                    d.currency(), d.stage(), d.probability(), v == null ? null : LocalDate.parse((String) v),
                    d.lostReason(), d.tags(), d.customFields(), d.owner());
            case LOST_REASON -> new OpportunityDetails(d.name(), d.leadId(), d.contactId(), d.value(), d.currency(),
                    d.stage(), d.probability(), d.expectedCloseDate(), (String) v, d.tags(), d.customFields(),
                    d.owner());
            case TAGS -> new OpportunityDetails(d.name(), d.leadId(), d.contactId(), d.value(), d.currency(),
                    d.stage(), d.probability(), d.expectedCloseDate(), d.lostReason(), tags(v), d.customFields(),
                    d.owner());
            case OWNER -> new OpportunityDetails(d.name(), d.leadId(), d.contactId(), d.value(), d.currency(),
                    d.stage(), d.probability(), d.expectedCloseDate(), d.lostReason(), d.tags(), d.customFields(),
                    UserId.ofNullable((String) v));
            default -> throw notFor(update.field(), "opportunity");
        };
    }

    private static Tags tagged(Tags tags, AddTag add) {
        if (tags.values().contains(add.tag())) {
            return tags;
        }
        List<String> values = new ArrayList<>(tags.values());
        values.add(add.tag());
        try {
            return new Tags(values);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("tags", e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Tags tags(Object value) {
        return new Tags((List<String>) value);
    }

    private static MonetaryAmount amount(Object value) {
        return value == null ? null : new MonetaryAmount((BigDecimal) value);
    }

    private static InvalidFieldException notFor(UpdatableField field, String recordType) {
        return new InvalidFieldException("field", field.apiName() + " is not a field of a " + recordType);
    }
}
