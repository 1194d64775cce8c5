package com.axolop.crm.adapter.rest.contact;

import com.axolop.crm.adapter.rest.shared.FieldErrors;
import com.axolop.crm.adapter.rest.shared.JsonFields;
import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.Text;
import com.axolop.crm.domain.shared.UserId;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A contact as a request body carries it. */
public final class ContactJson {
    private ContactJson() {
    }

    /** Server-owned fields are not read; every invalid field is reported at once. */
    public static ContactDetails details(ObjectNode body) {
        var errors = new FieldErrors();
        var fields = new JsonFields(body, errors);
        String firstName = fields.text("first_name");
        String lastName = fields.text("last_name");
        String email = fields.text("email");
        String phone = fields.text("phone");
        String company = fields.text("company");
        String title = fields.text("title");
        String leadId = fields.text("lead_id");

        String validFirst = errors.check("first_name", () -> Text.optional(firstName, ContactDetails.MAX_NAME));
        String validLast = errors.check("last_name", () -> Text.optional(lastName, ContactDetails.MAX_NAME));
        if (validFirst == null && validLast == null && !errors.failed("first_name") && !errors.failed("last_name")) {
            errors.add("first_name", ContactDetails.NAME_REQUIRED);
        }
        EmailAddress validEmail = errors.check("email", () -> EmailAddress.ofNullable(email));
        String validPhone = errors.check("phone", () -> Text.optional(phone, ContactDetails.MAX_PHONE));
        String validCompany = errors.check("company", () -> Text.optional(company, ContactDetails.MAX_COMPANY));
        String validTitle = errors.check("title", () -> Text.optional(title, ContactDetails.MAX_TITLE));
        Id<Lead> validLead = errors.check("lead_id", () -> Id.ofNullable(leadId));
        Tags tags = fields.tags("tags");
        CustomFields customFields = fields.customFields("custom_fields");
        UserId owner = fields.user("owner");
        errors.throwIfAny();
        return new ContactDetails(validFirst, validLast, validEmail, validPhone, validCompany, validTitle, validLead,
                tags, customFields, owner);
    }
}
