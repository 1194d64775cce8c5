package com.axolop.crm.application.contact;

import com.axolop.crm.application.record.BatchItem;
import com.axolop.crm.application.record.BatchOutcome;
import com.axolop.crm.application.record.RecordKind;
import com.axolop.crm.application.record.RecordService;
import com.axolop.crm.application.record.RecordWritePorts;
import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.domain.contact.Contact;
import com.axolop.crm.domain.contact.ContactDetails;
import com.axolop.crm.domain.refusal.ConflictException;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.Id;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Contacts: a lead reference must exist in the workspace, and an email belongs to one contact at most. */
public class ContactService extends RecordService<Contact, ContactDetails, ContactFilter, ContactSortField>
        implements ManageContactsUseCase {
    public static final RecordKind<Contact> KIND =
            new RecordKind<>("contact", "contact", "Contact not found", ContactSnapshot::of);

    private final ContactRepository contacts;

    public ContactService(ContactRepository contacts, RecordWritePorts ports) {
        super(contacts, KIND, ports);
        this.contacts = contacts;
    }

    @Override
    protected Change<Contact> created(Id<Contact> id, Actor actor, ContactDetails details, Instant now) {
        return Contact.create(id, actor.workspace(), details, actor.user(), now);
    }

    @Override
    public List<BatchOutcome<Contact>> batch(Actor actor, List<BatchItem<ContactDetails>> items, boolean upsert) {
        return batch(actor, items, upsert, ContactDetails::email, contacts::findByEmails);
    }

    @Override
    public List<BatchOutcome<Contact>> importBatch(Actor actor, List<BatchItem<ContactDetails>> items, boolean upsert) {
        return writeAll(actor, items, upsert, ContactDetails::email, contacts::findByEmails);
    }

    @Override
    protected void checkWrite(Contact contact, Contact previous) {
        requireExisting(contact, previous, "lead_id", "lead", c -> c.details().leadId());
        // An unchanged email is still this contact's alone (the unique index guarantees it): no lookup needed.
        boolean emailChanged = previous == null
                || !Objects.equals(contact.details().emailKey(), previous.details().emailKey());
        if (contact.details().email() != null && emailChanged) {
            contacts.findByEmail(contact.workspaceId(), contact.details().email())
                    .filter(other -> !other.id().equals(contact.id()))
                    .ifPresent(other -> {
                        throw new ConflictException("A contact with email " + contact.details().email()
                                + " already exists: " + other.id(), other.id().toString());
                    });
        }
    }
}
