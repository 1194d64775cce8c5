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
import com.axolop.crm.domain.refusal.Refusal;
import com.axolop.crm.domain.shared.Change;
import com.axolop.crm.domain.shared.EmailAddress;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Refusal refusal = checkWrites(List.of(new Write<>(contact, previous))).getFirst();
        if (refusal != null) {
            throw refusal;
        }
    }

    /** Each write's lead must exist and its email be no other contact's; both looked up once for all the writes. */
    @Override
    protected List<Refusal> checkWrites(List<Write<Contact>> writes) {
        List<Refusal> refusals = new ArrayList<>(Collections.nCopies(writes.size(), (Refusal) null));
        requireAllExisting(writes, refusals, "lead_id", "lead", c -> c.details().leadId());
        Map<WorkspaceId, List<EmailAddress>> changedEmails = new HashMap<>();
        for (int i = 0; i < writes.size(); i++) {
            Write<Contact> write = writes.get(i);
            if (refusals.get(i) == null && emailChanged(write.record(), write.previous())) {
                changedEmails.computeIfAbsent(write.record().workspaceId(), w -> new ArrayList<>())
                        .add(write.record().details().email());
            }
        }
        Map<WorkspaceId, Map<String, Contact>> holders = new HashMap<>();
        changedEmails.forEach((workspace, emails) -> holders.put(workspace, contacts.findByEmails(workspace, emails)));
        for (int i = 0; i < writes.size(); i++) {
            Contact contact = writes.get(i).record();
            if (refusals.get(i) == null && emailChanged(contact, writes.get(i).previous())) {
                Contact holder = holders.get(contact.workspaceId()).get(contact.details().emailKey());
                if (holder != null && !holder.id().equals(contact.id())) {
                    refusals.set(i, new ConflictException("A contact with email " + contact.details().email()
                            + " already exists: " + holder.id(), holder.id().toString()));
                }
            }
        }
        return refusals;
    }

    // An unchanged email is still this contact's alone (the unique index guarantees it): no lookup needed.
    private static boolean emailChanged(Contact contact, Contact previous) {
        return contact.details().email() != null && (previous == null
                || !Objects.equals(contact.details().emailKey(), previous.details().emailKey()));
    }
}
