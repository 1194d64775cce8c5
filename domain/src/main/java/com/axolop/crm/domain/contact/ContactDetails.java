package com.axolop.crm.domain.contact;

import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.Text;
import com.axolop.crm.domain.shared.UserId;

/**
 * Everything a client may set on a contact. A contact needs a first or a last name; the other fields are
 * optional (null when absent), collections never null. A null owner means the creator, set on creation.
 */
public record ContactDetails(String firstName,
                             String lastName,
                             EmailAddress email,
                             String phone,
                             String company,
                             String title,
                             Id<Lead> leadId,
                             Tags tags,
                             CustomFields customFields,
                             UserId owner) {
    public static final int MAX_NAME = 100;
    public static final int MAX_PHONE = 50;
    public static final int MAX_COMPANY = 200;
    public static final int MAX_TITLE = 200;
    public static final String NAME_REQUIRED = "or last_name is required";

    public ContactDetails {
        firstName = Text.optional(firstName, MAX_NAME);
        lastName = Text.optional(lastName, MAX_NAME);
        if (firstName == null && lastName == null) {
            throw new IllegalArgumentException(NAME_REQUIRED);
        }
        phone = Text.optional(phone, MAX_PHONE);
        company = Text.optional(company, MAX_COMPANY);
        title = Text.optional(title, MAX_TITLE);
        tags = tags == null ? Tags.NONE : tags;
        customFields = customFields == null ? CustomFields.EMPTY : customFields;
    }

    ContactDetails ownedBy(UserId user) {
        return owner != null ? this : new ContactDetails(firstName, lastName, email, phone, company, title, leadId,
                tags, customFields, user);
    }
}
