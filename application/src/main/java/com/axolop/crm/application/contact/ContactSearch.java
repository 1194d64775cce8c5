package com.axolop.crm.application.contact;

import com.axolop.crm.application.search.SearchSource;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.contact.ContactDetails;

/** Contacts among search hits: titled by full name, with email and company below. */
public final class ContactSearch {
    private ContactSearch() {
    }

    public static SearchSource<Contact> source(ContactRepository contacts) {
        return SearchSource.of("contacts", contacts, ContactService.KIND,
                contact -> SearchSource.joined(" ", contact.details().firstName(), contact.details().lastName()),
                ContactSearch::subtitle);
    }

    private static String subtitle(Contact contact) {
        ContactDetails d = contact.details();
        return SearchSource.joined(" · ", d.email() == null ? null : d.email().value(), d.company());
    }
}
