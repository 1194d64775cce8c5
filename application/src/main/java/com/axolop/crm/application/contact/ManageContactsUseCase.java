package com.axolop.crm.application.contact;

import com.axolop.crm.application.shared.ManageRecordsUseCase;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.contact.ContactDetails;

public interface ManageContactsUseCase
        extends ManageRecordsUseCase<Contact, ContactDetails, ContactFilter, ContactSortField> {
}
