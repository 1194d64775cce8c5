package com.axolop.crm.adapter.rest.opportunity;

import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.JsonFields;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.opportunity.OpportunityDetails;
import com.axolop.crm.domain.opportunity.OpportunityStage;
import com.axolop.crm.domain.opportunity.Probability;
import com.axolop.crm.domain.shared.CurrencyCode;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.Text;
import com.axolop.crm.domain.shared.UserId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/** An opportunity as a request body carries it. */
public final class OpportunityJson {
    private OpportunityJson() {
    }

    /** Server-owned fields (closed_at among them) are not read; every invalid field is reported at once. */
    public static OpportunityDetails details(ObjectNode body) {
        var errors = new FieldErrors();
        var fields = new JsonFields(body, errors);
        String name = fields.text("name");
        String validName = errors.check("name", () -> Text.required(name, OpportunityDetails.MAX_NAME));
        String leadId = fields.text("lead_id");
        String contactId = fields.text("contact_id");
        Id<Lead> validLead = errors.check("lead_id", () -> Id.ofNullable(leadId));
        Id<Contact> validContact = errors.check("contact_id", () -> Id.ofNullable(contactId));
        if (leadId == null && contactId == null && !errors.failed("lead_id") && !errors.failed("contact_id")) {
            errors.add("lead_id", OpportunityDetails.PARTY_REQUIRED);
        }
        MonetaryAmount value = fields.amount("value");
        CurrencyCode currency = fields.currency("currency");
        OpportunityStage stage = fields.enumValue("stage", OpportunityStage.class);
        Integer probability = fields.integer("probability");
        Probability validProbability = probability == null ? null
                : errors.check("probability", () -> new Probability(probability));
        LocalDate expectedClose = fields.date("expected_close_date");
        String lostReason = fields.text("lost_reason");
        String validLostReason = errors.check("lost_reason",
                () -> Text.optional(lostReason, OpportunityDetails.MAX_LOST_REASON));
        Tags tags = fields.tags("tags");
        CustomFields customFields = fields.customFields("custom_fields");
        UserId owner = fields.user("owner");
        errors.throwIfAny();
        return new OpportunityDetails(validName, validLead, validContact, value, currency, stage, validProbability,
                expectedClose, validLostReason, tags, customFields, owner);
    }
}
