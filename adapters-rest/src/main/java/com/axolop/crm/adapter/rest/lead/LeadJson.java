package com.axolop.crm.adapter.rest.lead;

import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.Json;
import com.axolop.crm.adapter.rest.shared.JsonFields;
import com.axolop.crm.domain.lead.LeadDetails;
import com.axolop.crm.domain.lead.LeadName;
import com.axolop.crm.domain.lead.LeadStatus;
import com.axolop.crm.domain.lead.LeadType;
import com.axolop.crm.domain.shared.CurrencyCode;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Enums;
import com.axolop.crm.domain.shared.MonetaryAmount;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.Text;
import com.axolop.crm.domain.shared.UserId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reads a lead from a request body. Server-owned fields (id, workspace_id, created_at, updated_at, version,
 * created_by) are not read, so a client cannot set them; every invalid field is reported at once.
 */
final class LeadJson {
    private LeadJson() {
    }

    static LeadDetails details(ObjectNode body) {
        var errors = new FieldErrors();
        var fields = new JsonFields(body, errors);
        String name = fields.text("name");
        String email = fields.text("email");
        String phone = fields.text("phone");
        String company = fields.text("company");
        String type = fields.text("type");
        String status = fields.text("status");
        BigDecimal value = fields.number("value");
        String currency = fields.text("currency");
        String source = fields.text("source");
        String notes = fields.text("notes");
        List<String> tags = fields.texts("tags");
        ObjectNode customFields = fields.object("custom_fields");
        String assignedTo = fields.text("assigned_to");

        LeadName validName = errors.check("name", () -> new LeadName(name));
        EmailAddress validEmail = errors.check("email", () -> EmailAddress.ofNullable(email));
        String validPhone = errors.check("phone", () -> Text.optional(phone, LeadDetails.MAX_PHONE));
        String validCompany = errors.check("company", () -> Text.optional(company, LeadDetails.MAX_COMPANY));
        LeadType validType = type == null ? null : errors.check("type", () -> Enums.parse(LeadType.class, type));
        LeadStatus validStatus = status == null ? null
                : errors.check("status", () -> Enums.parse(LeadStatus.class, status));
        MonetaryAmount validValue = value == null ? null : errors.check("value", () -> new MonetaryAmount(value));
        CurrencyCode validCurrency = currency == null ? null
                : errors.check("currency", () -> new CurrencyCode(currency));
        String validSource = errors.check("source", () -> Text.optional(source, LeadDetails.MAX_SOURCE));
        String validNotes = errors.check("notes", () -> Text.optional(notes, LeadDetails.MAX_NOTES));
        Tags validTags = errors.check("tags", () -> new Tags(tags));
        CustomFields validCustomFields = customFields == null ? null
                : errors.check("custom_fields", () -> new CustomFields(Json.canonical(customFields)));
        UserId validAssignee = errors.check("assigned_to", () -> UserId.ofNullable(assignedTo));
        errors.throwIfAny();
        return new LeadDetails(validName, validEmail, validPhone, validCompany, validType, validStatus, validValue,
                validCurrency, validSource, validNotes, validTags, validCustomFields, validAssignee);
    }
}
