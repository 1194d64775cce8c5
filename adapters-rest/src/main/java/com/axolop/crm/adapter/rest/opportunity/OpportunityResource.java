package com.axolop.crm.adapter.rest.opportunity;

import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.JsonFields;
import com.axolop.crm.adapter.rest.shared.QueryParams;
import com.axolop.crm.adapter.rest.shared.RecordResource;
import com.axolop.crm.application.opportunity.OpportunityService;
import com.axolop.crm.application.opportunity.ManageOpportunitiesUseCase;
import com.axolop.crm.application.opportunity.OpportunityFilter;
import com.axolop.crm.application.opportunity.OpportunitySortField;
import com.axolop.crm.application.shared.Sort;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.opportunity.Opportunity;
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
import java.util.List;

/** {@code /api/v1/opportunities}: how an opportunity is read from JSON and query parameters. */
public final class OpportunityResource {
    public static final String PATH = "/api/v1/opportunities";
    static final List<String> EXPORT_COLUMNS = List.of("id", "name", "lead_id", "contact_id", "value", "currency",
            "stage", "probability", "expected_close_date", "closed_at", "lost_reason", "tags", "custom_fields", "owner",
            "created_by", "created_at", "updated_at", "version");

    private OpportunityResource() {
    }

    public static RecordResource<Opportunity, OpportunityDetails, OpportunityFilter, OpportunitySortField> of(
            ManageOpportunitiesUseCase opportunities) {
        return new RecordResource<>(PATH, OpportunityService.KIND, opportunities, OpportunityResource::details,
                OpportunityResource::filter, OpportunitySortField.class,
                new Sort<>(OpportunitySortField.CREATED_AT, Sort.Direction.DESC),
                EXPORT_COLUMNS);
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

    static OpportunityFilter filter(QueryParams params) {
        MonetaryAmount minValue = params.amount("minValue");
        MonetaryAmount maxValue = params.amount("maxValue");
        params.ordered("minValue", minValue == null ? null : minValue.value(),
                "maxValue", maxValue == null ? null : maxValue.value());
        LocalDate closeFrom = params.date("closeFrom");
        LocalDate closeTo = params.date("closeTo");
        params.ordered("closeFrom", closeFrom, "closeTo", closeTo);
        return new OpportunityFilter(params.enumValue("stage", OpportunityStage.class), minValue, maxValue,
                closeFrom, closeTo, params.id("lead_id"), params.id("contact_id"), params.user("owner"),
                params.dateRange(), params.search());
    }
}
