package com.axolop.crm.application.contact;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

public interface ContactRepository extends RecordRepository<Contact, ContactFilter, ContactSortField> {
    /** The workspace's contact with this email, compared case-insensitively. */
    Optional<Contact> findByEmail(WorkspaceId workspace, EmailAddress email);

    /**
     * For a batch: the workspace's contacts with any of {@code emails}, by email in lower case, in one look-up.
     * Inside a transaction, other writers of these emails and changes of the contacts found wait until it ends.
     */
    Map<String, Contact> findByEmails(WorkspaceId workspace, Collection<EmailAddress> emails);
}
