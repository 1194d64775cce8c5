package com.axolop.crm.application.contact;

import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.shared.CustomFields;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Tags;
import com.axolop.crm.domain.shared.UserId;
import java.util.List;

/** Contact details for tests: a full set of fields, and copies with one field changed. */
public final class TestContacts {
    private TestContacts() {
    }

    public static ContactDetails details(String firstName, String lastName, String email) {
        return new ContactDetails(firstName, lastName, EmailAddress.ofNullable(email), "+1 555 0100", "Acme",
                "Buyer", null, new Tags(List.of("vip")), new CustomFields("{\"tier\":\"gold\"}"), null);
    }

    public static ContactDetails withEmail(ContactDetails d, String email) {
        return new ContactDetails(d.firstName(), d.lastName(), EmailAddress.ofNullable(email), d.phone(), d.company(),
                d.title(), d.leadId(), d.tags(), d.customFields(), d.owner());
    }

    public static ContactDetails withCompany(ContactDetails d, String company, String title) {
        return new ContactDetails(d.firstName(), d.lastName(), d.email(), d.phone(), company, title, d.leadId(),
                d.tags(), d.customFields(), d.owner());
    }

    public static ContactDetails withOwner(ContactDetails d, UserId owner) {
        return new ContactDetails(d.firstName(), d.lastName(), d.email(), d.phone(), d.company(), d.title(),
                d.leadId(), d.tags(), d.customFields(), owner);
    }

    public static ContactDetails withNames(ContactDetails d, String firstName, String lastName) {
        return new ContactDetails(firstName, lastName, d.email(), d.phone(), d.company(), d.title(), d.leadId(),
                d.tags(), d.customFields(), d.owner());
    }

    public static ContactDetails withTags(ContactDetails d, String... tags) {
        return new ContactDetails(d.firstName(), d.lastName(), d.email(), d.phone(), d.company(), d.title(),
                d.leadId(), new Tags(List.of(tags)), d.customFields(), d.owner());
    }
}
