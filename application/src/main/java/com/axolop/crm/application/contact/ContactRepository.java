package com.axolop.crm.application.contact;

import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Optional;

public interface ContactRepository extends RecordRepository<Contact, ContactFilter, ContactSortField> {
    /** The workspace's contact with this email, compared case-insensitively. */
    Optional<Contact> findByEmail(WorkspaceId workspace, EmailAddress email);
}
