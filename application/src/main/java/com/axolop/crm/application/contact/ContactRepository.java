package com.axolop.crm.application.contact;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Collection;
import java.util.Map;

public interface ContactRepository extends RecordRepository<Contact, ContactFilter, ContactSortField> {
    /**
     * The workspace's contacts with any of {@code emails} (compared case-insensitively), by email in lower case, in
     * one look-up.
     * Inside a transaction, other writers of these emails and changes of the contacts found wait until it ends.
     */
    Map<String, Contact> findByEmails(WorkspaceId workspace, Collection<EmailAddress> emails);
}
