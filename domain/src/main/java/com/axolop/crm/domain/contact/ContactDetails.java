package com.axolop.crm.domain.contact;

import com.axolop.crm.domain.lead.Lead;
import com.axolop.crm.domain.lead.LeadDetails;
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

    /**
     * The contact a converted lead becomes: its name split into first word and rest (each cut to
     * {@value #MAX_NAME} characters), its email, phone, company, tags and custom fields, and the lead itself.
     */
    public static ContactDetails convertedFrom(Lead lead) {
        LeadDetails d = lead.details();
        String[] words = d.name().value().split("\\s+", 2);
        return new ContactDetails(cut(words[0]), words.length > 1 ? cut(words[1]) : null, d.email(), d.phone(),
                d.company(), null, lead.id(), d.tags(), d.customFields(), null);
    }

    /** The same contact, coming from another lead. */
    public ContactDetails withLeadId(Id<Lead> lead) {
        return new ContactDetails(firstName, lastName, email, phone, company, title, lead, tags, customFields, owner);
    }

    private static String cut(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }

    ContactDetails ownedBy(UserId user) {
        return owner != null ? this : new ContactDetails(firstName, lastName, email, phone, company, title, leadId,
                tags, customFields, user);
    }

    /** The email as upserts compare it (case-insensitively), or null. */
    public String emailKey() {
        return email == null ? null : email.value().toLowerCase();
    }
}
